#!/usr/bin/env bash
# From a fresh Debian 12 checkout: install what is missing, build, and start
# the quick-relief routine.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release --target backroutine
exec build/release/src/backroutine run quick-relief
