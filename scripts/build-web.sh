#!/usr/bin/env bash
# Builds the web console into web/dist (served by `tiphub serve`): installs the locked npm
# packages when needed, type-checks and bundles. Usage: scripts/build-web.sh
set -euo pipefail
cd "$(dirname "$0")/../web"
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi
npm run --silent build
