#!/usr/bin/env bash
# Installs every Debian package that tiphub's build, tests and tools need. This list is the one
# place packages are named; README commands and .ci/run call this script.
# Idempotent: prints nothing and touches nothing when all packages are present.
set -euo pipefail

PACKAGES=(
  # toolchain and build
  g++ cmake ninja-build pkg-config git
  # style checks
  clang-format
  # libraries (see docs/architecture.md for what uses which)
  libcli11-dev          # command line
  nlohmann-json3-dev    # JSON documents (scenario files, summaries, catalog)
  libyaml-cpp-dev       # YAML scenario files
  libfmt-dev            # formatting
  libspdlog-dev         # logging
  libsqlite3-dev        # embedded store
  libxml2-dev           # goAML / FinCEN XML: writing, XSD validation, import
  libxgboost-dev        # learned scoring: gradient-boosted trees (tiphub train, scan --model)
  libxxhash-dev         # fast hashing (dedup keys, sharding)
  libsodium-dev         # keyed BLAKE2b for linkage encodings
  libutf8proc-dev       # Unicode normalisation of names for linkage
  libmicrohttpd-dev     # tiphub serve: event-driven HTTP(S) transport (src/server/http.h)
  libcpp-httplib-dev    # HTTP(S) client of the server tests
  libigraph-dev         # graph algorithms: Leiden communities for alert grouping
  openssl               # tests make a self-signed certificate for the HTTPS test
  # web console: end-to-end tests in headless Chromium (playwright-core); Node.js and npm below
  chromium
  # tests and benchmarks
  libgtest-dev libgmock-dev libbenchmark-dev
  wrk                   # API load benchmark (bench/api_load.sh)
  # fuzzing (libFuzzer ships with clang)
  clang
)

missing=()
# Node.js with npm builds the web console; a machine may already have one (e.g. NodeSource's,
# which bundles npm and conflicts with Debian's npm package).
if ! command -v npm >/dev/null 2>&1; then
  missing+=(nodejs npm)
fi
for pkg in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$pkg")
  fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ]; then
  SUDO=sudo
else
  SUDO=
fi
echo "install-deps: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq >/dev/null
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
