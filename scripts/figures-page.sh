#!/usr/bin/env bash
# Every built-in exercise's figure on one page, to look at them together:
# writes OUT.html (the SVGs, animated) and OUT.png (a still, via headless Chromium).
#   scripts/figures-page.sh OUT [BINARY]
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:?usage: scripts/figures-page.sh OUT [BINARY]}
binary=${2:-build/default/src/backroutine}
{
  echo '<!doctype html><meta charset="utf-8"><title>backroutine figures</title>'
  echo '<style>body{font:13px sans-serif;margin:12px;display:grid;grid-template-columns:repeat(6,1fr);gap:10px}'
  echo 'figure{margin:0;border:1px solid #ccd;padding:4px;text-align:center}svg{width:100%;height:110px}</style>'
  "$binary" list exercises --format tsv | tail -n +2 | cut -f1 | while read -r id; do
    echo "<figure>"
    "$binary" show "$id" --format svg | sed '1{/^<?xml/d}'
    echo "<figcaption>$id</figcaption></figure>"
  done
} > "$out.html"
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1400,1500 \
  --screenshot="$out.png" "file://$(realpath "$out.html")" >/dev/null 2>&1
echo "$out.html $out.png"
