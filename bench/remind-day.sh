#!/usr/bin/env bash
# remind over a simulated working day: `remind --speed S` lets 8 hours of
# local time pass in 8h/S of real time, so every per-minute look and every
# break of a day happens (S times closer together). The CPU it used, divided
# by the 8 real hours a day lasts, is an upper bound of its share of a core
# (at 1x the same work is spread S times thinner). Also its peak memory, and
# the start-up median of `status`. Run twice: --mode fixed (the clock), and
# --mode active against a fake GNOME IdleMonitor on a private session bus
# (tests/fixtures/idle/fake_mutter.py, reporting no idle time: always at work),
# so that every look also asks the idle source over D-Bus.
#   bench/remind-day.sh [BINARY] [SPEED]
set -euo pipefail
cd "$(dirname "$0")/.."
binary="${1:-build/release/src/backroutine}"
speed="${2:-480}"
day=$((8 * 3600))
real=$(awk -v d="$day" -v s="$speed" 'BEGIN { printf "%.1f", d / s }')
runtime=$(mktemp -d)
bus_pid=
trap 'kill $bus_pid 2>/dev/null || true; rm -rf "$runtime"' EXIT

# day MODE BUS: one simulated day, piped (no prompt): every break is announced.
day() {
  XDG_RUNTIME_DIR="$runtime" XDG_STATE_HOME="$runtime/state" DISPLAY= DBUS_SESSION_BUS_ADDRESS="$2" \
    /usr/bin/time -f '%U %S %M' -o "$runtime/time" \
    timeout -s TERM "$real" "$binary" remind --every 45m --micro off --mode "$1" --speed "$speed" \
    >"$runtime/out" 2>"$runtime/err" || true
  read -r user sys rss < <(tail -n 1 "$runtime/time") # after "Command exited with non-zero status"
  breaks=$(grep -c "Time for a desk break" "$runtime/out" || true)
  awk -v m="$1" -v u="$user" -v s="$sys" -v d="$day" -v r="$rss" -v b="$breaks" -v real="$real" \
    'BEGIN { printf "remind --mode %s, 8 h day in %s s: %d breaks, CPU %.3f s = %.5f %% of a core over the day, peak RSS %.1f MB\n",
             m, real, b, u + s, (u + s) / d * 100, r / 1024 }'
}
day fixed ""
dbus-daemon --session --fork --print-address=1 --print-pid=1 >"$runtime/bus"
address=$(sed -n 1p "$runtime/bus")
bus_pid=$(sed -n 2p "$runtime/bus")
DBUS_SESSION_BUS_ADDRESS="$address" /usr/bin/python3 tests/fixtures/idle/fake_mutter.py 0 >"$runtime/mutter" &
for _ in $(seq 50); do grep -q ready "$runtime/mutter" && break; sleep 0.1; done
day active "$address"
# status: what a bar calls every few seconds, with one reminder running.
XDG_RUNTIME_DIR="$runtime" DBUS_SESSION_BUS_ADDRESS= "$binary" remind --every 45m --mode fixed >/dev/null &
pid=$!
sleep 0.5
XDG_RUNTIME_DIR="$runtime" hyperfine -N --warmup 20 --runs 200 --export-json "$runtime/status.json" \
  "$binary status --format waybar" >/dev/null
kill "$pid"
jq -r '.results[0] | "status --format waybar: median \(.median * 1000 | . * 100 | round / 100) ms, mean \(.mean * 1000 | . * 100 | round / 100) ms over 200 runs"' \
  "$runtime/status.json"
