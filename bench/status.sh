#!/usr/bin/env bash
# Start-up of `status`, which a status bar calls every second or few: the
# median of 200 runs with hyperfine on one core (hyperfine itself under
# `taskset -c 0`, so no taskset is exec'd and timed with each run;
# `--shell=none`, 20 warm-up runs), on the release build, with nothing
# running, with a reminder running, and with a run playing (its state file
# read and counted down); `/bin/true` and `--version` beside them for the
# cost of starting any process and this program. Prints markdown rows for
# docs/performance.md.
#   bench/status.sh [BINARY]
set -euo pipefail
cd "$(dirname "$0")/.."
br="$(realpath "${1:-build/release/src/backroutine}")"
runtime=$(mktemp -d)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  rm -rf "$runtime"
}
trap cleanup EXIT
export XDG_RUNTIME_DIR="$runtime/run" XDG_STATE_HOME="$runtime/state" XDG_CONFIG_HOME="$runtime/none"
mkdir -p "$XDG_RUNTIME_DIR"

time_command() { # name, then the command line
  taskset -c 0 hyperfine --shell=none --warmup 20 --runs 200 --export-json "$runtime/result.json" \
    -n "$1" "$2" >/dev/null
  jq -r '.results[0] | "| \(.command) | \(.median * 1000 | . * 100 | round / 100) ms | \(.min * 1000 | . * 100 | round / 100) ms | \(.max * 1000 | . * 100 | round / 100) ms |"' \
    "$runtime/result.json"
}

time_status() { # name, then status's arguments
  local name="$1"
  shift
  time_command "status, $name" "$br status $*"
}

wait_for() { # a file a background process writes
  for _ in $(seq 100); do [[ -e "$1" ]] && return 0; sleep 0.05; done
  echo "bench/status.sh: $1 did not appear" >&2
  exit 1
}

echo "| status (one core, 200 runs) | median | min | max |"
echo "|---|---|---|---|"
time_command "/bin/true" /bin/true
time_command "backroutine --version" "$br --version"
time_status "nothing running"
"$br" remind --every 45m --mode fixed >/dev/null &
pids+=($!)
wait_for "$XDG_RUNTIME_DIR/backroutine/remind-${pids[0]}.json"
time_status "a reminder, --format waybar" --format waybar
# A run without a terminal (setsid: no /dev/tty to take keys from) playing as events.
setsid "$br" run --step childs-pose:10m --no-log --events json </dev/null >/dev/null 2>&1 &
pids+=($!)
wait_for "$XDG_RUNTIME_DIR/backroutine/run-${pids[1]}.json"
time_status "a run playing"
time_status "a run playing, --format waybar" --format waybar
time_status "a run playing, a format string" --format "%n·%s·%r"
