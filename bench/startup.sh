#!/usr/bin/env bash
# Start-up and catalog-loading times with hyperfine on one core
# (`taskset -c 0`), peak memory with GNU time, and loading in process
# (bench_load_catalog), on the release build. Prints markdown rows for
# docs/performance.md.
set -euo pipefail
cd "$(dirname "$0")/.."
br=build/release/src/backroutine
gen=build/release/bench/bench_gen_catalog
one="taskset -c 0"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_DATA_HOME="$work/none" XDG_DATA_DIRS="$work/none" XDG_CONFIG_HOME="$work/none" XDG_STATE_HOME="$work/state"
for n in 200 1000 10000; do "$gen" "$n" > "$work/catalog-$n.yaml"; done

hyperfine --shell=none --warmup 5 --runs 50 --export-json "$work/startup.json" \
  -n '/bin/true' "$one /bin/true" \
  -n 'backroutine --version' "$one $br --version" \
  -n 'backroutine list' "$one $br list --format tsv" \
  -n 'backroutine plan comprehensive' "$one $br plan comprehensive" >/dev/null
hyperfine --shell=none --warmup 2 --runs 20 --export-json "$work/catalogs.json" \
  -n 'list, 200 more exercises' "$one $br --catalog $work/catalog-200.yaml list --format tsv" \
  -n 'list, 1,000 more exercises' "$one $br --catalog $work/catalog-1000.yaml list --format tsv" \
  -n 'list, 10,000 more exercises' "$one $br --catalog $work/catalog-10000.yaml list --format tsv" >/dev/null

echo "| command (one core) | median | min | max |"
echo "|---|---|---|---|"
for file in startup catalogs; do
  jq -r '.results[] | "| \(.command) | \(.median * 1000 | . * 100 | round / 100) ms | \(.min * 1000 | . * 100 | round / 100) ms | \(.max * 1000 | . * 100 | round / 100) ms |"' "$work/$file.json"
done
echo
echo "| catalog | parse_catalog_text | per exercise |"
echo "|---|---|---|"
for n in 200 1000 10000; do $one build/release/bench/bench_load_catalog "$work/catalog-$n.yaml" 11; done
echo
echo "| command | peak memory |"
echo "|---|---|"
for args in "list --format tsv" "plan comprehensive" "--catalog $work/catalog-1000.yaml list --format tsv" \
            "--catalog $work/catalog-10000.yaml list --format tsv"; do
  kb=$( { /usr/bin/time -f '%M' $br $args >/dev/null; } 2>&1 )
  echo "| backroutine $args | $kb KB |" | sed "s|$work/||"
done
