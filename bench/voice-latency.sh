#!/usr/bin/env bash
# How late each spoken word starts: runs a routine on the live screen (in a
# pseudo-terminal, through script(1)) with a logging voice command that
# writes the monotonic time and the words, and compares each utterance with
# its moment in the spoken script (tests/golden/voice/, made on the fake
# clock). The first utterance ("Get ready.") is the reference.
#   bench/voice-latency.sh [BINARY] [--step band-rows:3x12 | quick-relief] [SPEED]
set -euo pipefail
cd "$(dirname "$0")/.."
binary=${1:-build/release/src/backroutine}
routine=${2:-band-rows}
speed=${3:-1}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cat > "$work/say" <<'SAY'
#!/bin/sh
printf '%s %s\n' "$(date +%s.%N)" "$*" >> "$BR_VOICE_LOG"
SAY
chmod +x "$work/say"
mkdir -p "$work/config/backroutine"
printf 'voice: true\nvoice_command: [%s]\nbell: false\n' "$work/say" > "$work/config/backroutine/config.yaml"
case "$routine" in
  band-rows) args="run --step band-rows:3x12"; golden=tests/golden/voice/band-rows-3x12.txt ;;
  *) args="run $routine"; golden=tests/golden/voice/$routine.txt ;;
esac
export BR_VOICE_LOG="$work/log" XDG_CONFIG_HOME="$work/config" XDG_STATE_HOME="$work/state"
# A key at the end leaves the end screen ('z' does nothing during the run).
(sleep 1; while kill -0 $$ 2>/dev/null; do printf 'z'; sleep 5; done) | \
  script -qec "$binary $args --speed $speed --no-log" /dev/null > /dev/null || true
python3 - "$golden" "$work/log" "$speed" <<'PY'
import re, sys
golden, log, speed = sys.argv[1], sys.argv[2], float(sys.argv[3])
want = []
for line in open(golden):
    m = re.match(r"\[(\d+):(\d+)\.(\d+)\] (.*)", line.rstrip("\n"))
    want.append(((int(m[1]) * 60 + int(m[2]) + int(m[3]) / 1000) / speed, m[4]))
got = [(float(l.split(" ", 1)[0]), l.rstrip("\n").split(" ", 1)[1]) for l in open(log)]
t0 = got[0][0]
late = []
for (at, text), (when, said) in zip(want, got):
    if text != said:
        print(f"different words: want {text!r}, got {said!r}")
        continue
    late.append((when - t0 - at) * 1000)
late.sort()
print(f"{len(late)} utterances of {len(want)}: median {late[len(late)//2]:.0f} ms, "
      f"95th {late[int(len(late)*0.95)]:.0f} ms, worst {late[-1]:.0f} ms late")
PY
