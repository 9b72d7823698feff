#!/usr/bin/env bash
# Pictures of the live run screen as a person sees it: runs backroutine in
# tmux at a window size, waits, captures the pane with its colours, and
# turns it into a PNG with headless Chromium.
#   scripts/screenshots.sh OUT_DIR [BINARY]
# writes OUT_DIR/NAME-COLSxROWS.png for a few moments of quick-relief.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:?usage: scripts/screenshots.sh OUT_DIR [BINARY]}
binary=$(realpath "${2:-build/default/src/backroutine}")
mkdir -p "$out"
work=$(mktemp -d)
trap 'tmux -L br-shots kill-server 2>/dev/null || true; rm -rf "$work"' EXIT
printf 'timing: {lead_in: 2s, setup_same: 2s, setup_change: 2s, setup_floor: 2s, setup_equipment: 1s}\n' > "$work/config.yaml"

# shot NAME COLS ROWS SECONDS ARGS...: the screen SECONDS after the start.
shot() {
  local name=$1 cols=$2 rows=$3 wait=$4
  shift 4
  tmux -L br-shots kill-server 2>/dev/null || true
  tmux -L br-shots new-session -d -x "$cols" -y "$rows" \
    "BACKROUTINE_CONFIG=$work/config.yaml XDG_STATE_HOME=$work/state $binary $* --no-log; sleep 30"
  sleep "$wait"
  tmux -L br-shots capture-pane -e -p > "$work/$name.txt"
  python3 scripts/screen-to-html.py "$cols" "$rows" < "$work/$name.txt" > "$work/$name.html"
  local width height
  width=$(python3 -c "print(int($cols * 9.6 + 24))")
  height=$((rows * 19 + 24))
  chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size="$width,$height" \
    --screenshot="$out/$name-${cols}x${rows}.png" "file://$work/$name.html" >/dev/null 2>&1
}

for size in "40 12" "80 24" "120 40"; do
  set -- $size
  shot setup "$1" "$2" 3 run quick-relief
  shot reps "$1" "$2" 6 run --step cat-cow:10
  shot rep-hold "$1" "$2" 8 run --step shoulder-blade-squeeze:10
  shot side "$1" "$2" 6 run --step thread-the-needle:30s
done
ls "$out"
