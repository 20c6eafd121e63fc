#!/usr/bin/env bash
# The main job on the embedded default: builds tiphub, then runs the demo world end to end.
# Usage: scripts/demo.sh [work dir, default demo/]
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh >/dev/null
TIPHUB=build/tiphub
DIR=${1:-demo}
mkdir -p "$DIR"
"$TIPHUB" --version
"$TIPHUB" --help
