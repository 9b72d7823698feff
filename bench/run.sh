#!/usr/bin/env bash
# Runs every benchmark on a release build and prints the figures that
# docs/performance.md records. Takes about 15 minutes: the run is timed at 1x.
#   bench/run.sh            all of them
#   bench/run.sh quick      shorter routines only (about 2 minutes)
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh --bench
cmake --preset release >/dev/null
cmake --build --preset release --target bench_drift bench_gen_catalog bench_load_catalog backroutine >/dev/null

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo)," \
     "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
echo "## start-up, catalog loading and peak memory"
bench/startup.sh
echo "## remind over a working day, status start-up"
bench/remind-day.sh build/release/src/backroutine
bench/status.sh
echo "## run: drift at the end and CPU while waiting (1x)"
if [[ "${1:-}" == "quick" ]]; then
  build/release/bench/bench_drift 10 3
  bench/sleep-loop.sh 10
else
  build/release/bench/bench_drift 10 5
  build/release/bench/bench_drift 60 3
  build/release/bench/bench_drift 300 1
  bench/sleep-loop.sh 10
  bench/sleep-loop.sh 60
  bench/sleep-loop.sh 300
fi
