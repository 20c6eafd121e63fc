#!/usr/bin/env bash
# Configures and builds tiphub into build/ (Release) and the web console into web/dist.
# Usage: scripts/build.sh [extra cmake args]
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release "$@" >/dev/null
cmake --build build
bash scripts/build-web.sh
