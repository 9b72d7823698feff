#!/usr/bin/env bash
# remind over a simulated working day: `remind --speed S` lets 8 hours of
# local time pass in 8h/S of real time, so every per-minute look and every
# break of a day happens (S times closer together). The CPU it used, divided
# by the 8 real hours a day lasts, is an upper bound of its share of a core
# (at 1x the same work is spread S times thinner). Also its peak memory, and
# the start-up median of `status`.
#   bench/remind-day.sh [BINARY] [SPEED]
set -euo pipefail
binary="${1:-build/release/src/backroutine}"
speed="${2:-480}"
day=$((8 * 3600))
real=$(awk -v d="$day" -v s="$speed" 'BEGIN { printf "%.1f", d / s }')
runtime=$(mktemp -d)
trap 'rm -rf "$runtime"' EXIT
# Piped (no prompt): every break is announced and the interval restarts.
XDG_RUNTIME_DIR="$runtime" XDG_STATE_HOME="$runtime/state" DISPLAY= DBUS_SESSION_BUS_ADDRESS= \
  /usr/bin/time -f '%U %S %M' -o "$runtime/time" \
  timeout -s TERM "$real" "$binary" remind --every 45m --mode fixed --speed "$speed" >"$runtime/out" || true
read -r user sys rss <"$runtime/time"
breaks=$(grep -c "Time for a desk break" "$runtime/out" || true)
awk -v u="$user" -v s="$sys" -v d="$day" -v r="$rss" -v b="$breaks" -v real="$real" \
  'BEGIN { printf "remind, 8 h day in %s s: %d breaks, CPU %.3f s = %.5f %% of a core over the day, peak RSS %.1f MB\n",
           real, b, u + s, (u + s) / d * 100, r / 1024 }'
# status: what a bar calls every few seconds, with one reminder running.
XDG_RUNTIME_DIR="$runtime" "$binary" remind --every 45m --mode fixed >/dev/null &
pid=$!
sleep 0.5
XDG_RUNTIME_DIR="$runtime" hyperfine -N --warmup 20 --runs 200 --export-json "$runtime/status.json" \
  "$binary status --format waybar" >/dev/null
kill "$pid"
jq -r '.results[0] | "status --format waybar: median \(.median * 1000 | . * 100 | round / 100) ms, mean \(.mean * 1000 | . * 100 | round / 100) ms over 200 runs"' \
  "$runtime/status.json"
