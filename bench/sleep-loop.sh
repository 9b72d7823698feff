#!/usr/bin/env bash
# What a user would otherwise script: a shell loop of `sleep 1`, N times.
# Prints how late it ends and the CPU it used (its children included).
set -euo pipefail
n="${1:-60}"
TIMEFORMAT='%R %U %S'
result=$( { time (for ((i = 0; i < n; i++)); do sleep 1; done) ; } 2>&1 )
read -r real user sys <<<"$result"
awk -v n="$n" -v r="$real" -v u="$user" -v s="$sys" \
  'BEGIN { printf "sleep loop: %d s, ended %.1f ms late, CPU %.4f %% of a core\n", n, (r - n) * 1000, (u + s) / n * 100 }'
