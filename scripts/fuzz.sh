#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (ASan+UBSan) and runs each for SECONDS (default 30),
# seeded with files from a tiny simulated world. Fails when a target finds a crash.
# Usage: scripts/fuzz.sh [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_EACH=${1:-30}
bash scripts/install-deps.sh
CC=clang CXX=clang++ cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DTIPHUB_BUILD_FUZZ=ON -DTIPHUB_BUILD_BENCH=OFF >/dev/null
cmake --build build-fuzz --target csv_reader_fuzz ingest_fuzz goaml_reader_fuzz http_fuzz tiphub
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
build-fuzz/tiphub simulate --seed 5 --accounts 500 --days 2 --out "$work/world" >/dev/null
mkdir -p "$work/csv" "$work/ingest" "$work/goaml" "$work/http"
cp fuzz/seeds/goaml/*.xml "$work/goaml/"
cp fuzz/seeds/http/* "$work/http/"
for f in transactions parties accounts labels_transactions; do
  head -c 3000 "$work/world/$f.csv" > "$work/csv/$f"
  { printf 'c'; head -c 3000 "$work/world/$f.csv"; } > "$work/ingest/$f"
done
printf 'j{"id":"J1","timestamp":"2026-01-01T10:00:00Z","from_account":"A1","to_account":"A2","amount":"5.00","currency":"USD"}\n' > "$work/ingest/jsonl"

run_target() {
  local target=$1 corpus=$2 rc=0
  echo "== $target for ${SECONDS_EACH}s"
  build-fuzz/"$target" -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -artifact_prefix="$work/" "$corpus" > "$work/$target.log" 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|Done)" "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target found a failure (exit $rc); see the report above" >&2
    exit 1
  fi
}
run_target csv_reader_fuzz "$work/csv"
run_target ingest_fuzz "$work/ingest"
run_target goaml_reader_fuzz "$work/goaml"
run_target http_fuzz "$work/http"
