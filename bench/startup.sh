#!/usr/bin/env bash
# Start-up and catalog-loading times with hyperfine, and peak memory with
# GNU time, and loading in process on one thread and on two
# (bench_load_catalog), on the release build. Prints markdown rows for
# docs/performance.md.
set -euo pipefail
cd "$(dirname "$0")/.."
br=build/release/src/backroutine
gen=build/release/bench/bench_gen_catalog
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_DATA_HOME="$work/none" XDG_DATA_DIRS="$work/none" XDG_CONFIG_HOME="$work/none" XDG_STATE_HOME="$work/state"
for n in 100 1000 10000; do "$gen" "$n" > "$work/catalog-$n.yaml"; done

hyperfine --shell=none --warmup 5 --runs 50 --export-json "$work/startup.json" \
  -n '/bin/true' '/bin/true' \
  -n 'backroutine --version' "$br --version" \
  -n 'backroutine list' "$br list --format tsv" \
  -n 'backroutine plan comprehensive' "$br plan comprehensive" >/dev/null
hyperfine --shell=none --warmup 2 --runs 20 --export-json "$work/catalogs.json" \
  -n 'list, 100 more exercises' "$br --catalog $work/catalog-100.yaml list --format tsv" \
  -n 'list, 1,000 more exercises' "$br --catalog $work/catalog-1000.yaml list --format tsv" \
  -n 'list, 10,000 more exercises' "$br --catalog $work/catalog-10000.yaml list --format tsv" >/dev/null

for file in startup catalogs; do
  jq -r '.results[] | "| \(.command) | \(.median * 1000 | . * 100 | round / 100) ms | \(.min * 1000 | . * 100 | round / 100) ms | \(.max * 1000 | . * 100 | round / 100) ms |"' "$work/$file.json"
done
echo
echo
echo "| catalog | one thread | two threads | ratio |"
echo "|---|---|---|---|"
for n in 1000 10000; do build/release/bench/bench_load_catalog "$work/catalog-$n.yaml" 11; done
echo
for args in "list --format tsv" "plan comprehensive" "--catalog $work/catalog-1000.yaml list --format tsv" \
            "--catalog $work/catalog-10000.yaml list --format tsv"; do
  kb=$( { /usr/bin/time -f '%M' $br $args >/dev/null; } 2>&1 )
  echo "| backroutine $args | $kb KB |" | sed "s|$work/||"
done
