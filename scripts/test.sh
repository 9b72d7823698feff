#!/usr/bin/env bash
# From a fresh Debian 12 checkout: install what is missing, build, and run
# the whole test suite. `scripts/test.sh asan` does the same under
# AddressSanitizer and UndefinedBehaviorSanitizer.
set -euo pipefail
cd "$(dirname "$0")/.."
preset="${1:-default}"
scripts/install-deps.sh --test
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset"
ctest --preset "$preset"
