#!/bin/sh
# Writes an HTML page with every exercise's figure, each keyframe drawn
# still, and prints it to PNG with Chromium so the drawings can be checked
# by eye:  docs/figures.sh [BACKROUTINE] [OUT_DIR] [--catalog PATH...]
set -eu
br=${1:-build/default/src/backroutine}
out=${2:-figures}
shift 2 2>/dev/null || shift $#
mkdir -p "$out"
page="$out/figures.html"
{
    printf '<!DOCTYPE html><html><head><meta charset="utf-8"><title>backroutine figures</title><style>\n'
    printf 'body{font:13px sans-serif;margin:12px} .ex{display:inline-block;vertical-align:top;width:470px;border:1px solid #ccc;margin:4px;padding:4px}\n'
    printf '.ex h2{font-size:14px;margin:0 0 4px} .pose{display:inline-block;text-align:center;margin-right:6px} .pose svg{height:120px;width:auto;max-width:150px}\n'
    printf '</style></head><body>\n'
    "$br" "$@" list exercises --format json | python3 -c '
import json, sys
for e in json.load(sys.stdin):
    print(e["id"])' | while read -r id; do
        printf '<div class="ex"><h2>%s</h2>\n' "$id"
        # One keyframe name a line: names such as "below the shoulder blades" have spaces.
        "$br" "$@" show "$id" --format json | python3 -c '
import json, sys
f = json.load(sys.stdin).get("figure")
print("\n".join(k["name"] for k in f["keyframes"]) if f else "")' | while IFS= read -r pose; do
            [ -n "$pose" ] || continue
            printf '<div class="pose">'
            "$br" "$@" show "$id" --format svg --pose "$pose" | sed 1d
            printf '<div>%s</div></div>\n' "$pose"
        done
        printf '</div>\n'
    done
    printf '</body></html>\n'
} > "$page"
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1500,3000 \
    --screenshot="$out/figures.png" "file://$(realpath "$page")" 2>/dev/null
echo "$page $out/figures.png"
