#!/usr/bin/env python3
"""Turns a terminal capture with SGR escape codes (`tmux capture-pane -e -p`)
into a self-contained HTML page drawn like a dark terminal, for a screenshot
with `chromium --headless --screenshot`. Used by scripts/screenshots.sh.

    screen-to-html.py COLUMNS ROWS < capture.txt > screen.html
"""
import html
import re
import sys

PALETTE = ["#1d1f21", "#cc6666", "#8abe52", "#f0c674", "#81a2be", "#b294bb", "#8abeb7", "#c5c8c6",
           "#666666", "#ff7b72", "#b5e890", "#ffe08a", "#a5c8ff", "#d7b4f0", "#a8e6df", "#ffffff"]
FG, BG = "#d0d0d0", "#101214"


def xterm(n):
    if n < 16:
        return PALETTE[n]
    if n < 232:
        n -= 16
        steps = [0, 95, 135, 175, 215, 255]
        return "#%02x%02x%02x" % (steps[n // 36], steps[(n // 6) % 6], steps[n % 6])
    level = 8 + (n - 232) * 10
    return "#%02x%02x%02x" % (level, level, level)


def apply(state, codes):
    i = 0
    while i < len(codes):
        c = codes[i]
        if c == 0:
            state.clear()
        elif c == 1:
            state["bold"] = True
        elif c == 2:
            state["dim"] = True
        elif c == 4:
            state["underline"] = True
        elif c == 7:
            state["inverse"] = True
        elif c == 22:
            state.pop("bold", None)
            state.pop("dim", None)
        elif c == 24:
            state.pop("underline", None)
        elif c == 27:
            state.pop("inverse", None)
        elif 30 <= c <= 37:
            state["fg"] = PALETTE[c - 30]
        elif 90 <= c <= 97:
            state["fg"] = PALETTE[c - 90 + 8]
        elif 40 <= c <= 47:
            state["bg"] = PALETTE[c - 40]
        elif 100 <= c <= 107:
            state["bg"] = PALETTE[c - 100 + 8]
        elif c == 39:
            state.pop("fg", None)
        elif c == 49:
            state.pop("bg", None)
        elif c in (38, 48) and i + 2 < len(codes) and codes[i + 1] == 5:
            state["fg" if c == 38 else "bg"] = xterm(codes[i + 2])
            i += 2
        elif c in (38, 48) and i + 4 < len(codes) and codes[i + 1] == 2:
            state["fg" if c == 38 else "bg"] = "#%02x%02x%02x" % tuple(codes[i + 2:i + 5])
            i += 4
        i += 1


def style(state):
    fg, bg = state.get("fg", FG), state.get("bg", BG)
    if state.get("inverse"):
        fg, bg = bg, fg
    css = [f"color:{fg}", f"background:{bg}"]
    if state.get("bold"):
        css.append("font-weight:bold")
    if state.get("dim"):
        css.append("opacity:0.6")
    if state.get("underline"):
        css.append("text-decoration:underline")
    return ";".join(css)


def main():
    columns, rows = int(sys.argv[1]), int(sys.argv[2])
    text = sys.stdin.read()
    out = []
    state = {}
    for line in text.split("\n")[:rows]:
        parts = re.split(r"\x1b\[([0-9;]*)m", line)
        html_line = ""
        for k, part in enumerate(parts):
            if k % 2 == 1:
                apply(state, [int(x) if x else 0 for x in part.split(";")] if part else [0])
            elif part:
                html_line += f'<span style="{style(state)}">{html.escape(part)}</span>'
        out.append(html_line)
    width = columns * 9.6 + 24
    height = rows * 19 + 24
    sys.stdout.write(f"""<!doctype html><meta charset="utf-8"><style>
body {{ margin:0; background:{BG}; }}
pre {{ margin:0; padding:12px; font: 16px/19px 'DejaVu Sans Mono', monospace; color:{FG};
       width:{width}px; height:{height}px; box-sizing:border-box; }}
</style><pre>{chr(10).join(out)}</pre>
""")


if __name__ == "__main__":
    main()
