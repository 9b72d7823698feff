#!/usr/bin/env bash
# Peak memory and time of the worst inputs of issue 17 ("Hostile input,
# round 2"): median of 5 runs each, GNU time, one core. Prints markdown rows
# for docs/performance.md. Usage: [RUNS=5] [LIMIT=300] bench/hostile-input.sh
# [BINARY] (default: the release build), so that an older build can be
# measured the same way; a run is stopped after LIMIT seconds.
set -euo pipefail
cd "$(dirname "$0")/.."
br=$(realpath "${1:-build/release/src/backroutine}")
runs=${RUNS:-5}
limit=${LIMIT:-300}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_DATA_HOME="$work/none" XDG_DATA_DIRS="$work/none" XDG_CONFIG_HOME="$work/none" XDG_STATE_HOME="$work/state"

# Each input stays under the 16 MiB file limit (`yes | head` ends `yes`
# with SIGPIPE, which pipefail would take for a failure).
set +o pipefail
{ printf 'exercises: '; head -c $((15 << 20)) /dev/zero | tr '\0' '['; } > "$work/brackets.yaml"
{ printf 'exercises: '; head -c 4000000 /dev/zero | tr '\0' '{'; } > "$work/flow-maps.yaml"
{ printf 'exercises:\n'; yes -- '- 5' | head -n 4000000; } > "$work/problems.yaml"
{ printf 'exercises:\n  - id: many-keys\n'; seq -f '    unknown-key-%06g: x' 100000; } > "$work/unknown-keys.yaml"
set -o pipefail
mkdir "$work/files"
for i in $(seq 10000); do
  printf 'exercises:\n  - id: ex-%d\n    name: Ex %d\n    category: warm-up\n    targets: [upper-traps]\n    position: [seated]\n    intensity: gentle\n    why: A test.\n    steps: [Lift., Drop.]\n    dose: {reps: 10}\n' \
    "$i" "$i" > "$work/files/ex-$i.yaml"
done

# Median elapsed seconds and peak resident KiB of `$br ARGS...` (any exit code).
measure() {
  local times=() kbs=()
  for _ in $(seq $runs); do
    taskset -c 0 /usr/bin/time -f '%e %M' -o "$work/time" timeout "$limit" "$br" "$@" >/dev/null 2>&1 || true
    read -r t kb < <(tail -n 1 "$work/time")
    if grep -q 'status 124$' "$work/time"; then t=">$limit"; fi
    times+=("$t"); kbs+=("$kb")
  done
  printf '%s %s\n' "$(printf '%s\n' "${times[@]}" | median)" "$(printf '%s\n' "${kbs[@]}" | median)"
}

# The middle line by value ('>300', a run stopped at the limit, counts as 300).
median() {
  awk '{ v = $1; sub(/^>/, "", v); print v, $1 }' | sort -g | awk -v m=$(((runs + 1) / 2)) 'NR == m { print $2 }'
}

row() {
  local name=$1; shift
  read -r t kb < <(measure "$@")
  printf '| %s | %s s | %s MiB |\n' "$name" "$t" "$(awk -v kb="$kb" 'BEGIN { printf "%.1f", kb / 1024 }')"
}

echo "| input | time (median of $runs) | peak memory (median) |"
echo "|---|---|---|"
row "15 MiB of \`[\`" validate "$work/brackets.yaml"
row "4,000,000 nested flow mappings (\`{\`)" validate "$work/flow-maps.yaml"
row "4,000,000 one-line problems" validate "$work/problems.yaml"
row "100,000 unknown keys in one entry" validate "$work/unknown-keys.yaml"
row "10,000 one-exercise files (\`--catalog DIR list\`)" --catalog "$work/files" list --format tsv
