#!/usr/bin/env bash
# Sets up, builds and runs all default tests (CTest prints its summary). Slow suites run only with
# TIPHUB_SLOW_TESTS=1.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
cd build
ctest --output-on-failure -j"$(nproc)"
