#!/usr/bin/env bash
# Scan throughput against input size for a fixed window: one population (50,000 accounts, about
# 53,000 transactions a day) simulated for more and more days, so the window's state stays the
# same size while the transactions grow (about 1 M, 10 M and 50 M). Each world is scanned straight
# from its CSV files into a fresh workspace; prints seconds, transactions per second and peak RSS.
# Not a test: run by hand on an idle machine (needs about 6 GB of disk for the 50 M world).
#   bash bench/scan_scale.sh [build dir, default build-dev] [days ...]   (default: 19 189 943)
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${1:-build-dev}
shift || true
DAYS=("$@")
[ ${#DAYS[@]} -gt 0 ] || DAYS=(19 189 943)
TIPHUB=$BUILD/tiphub
DIR=$(mktemp -d /tmp/tiphub-scale-XXXXXX)
trap 'rm -rf "$DIR"' EXIT
printf '%8s %12s %9s %12s %10s\n' days transactions seconds tx_per_s peak_MB
for days in "${DAYS[@]}"; do
  rm -rf "$DIR/world" "$DIR"/ws.db*
  "$TIPHUB" simulate --seed 31 --accounts 50000 --days "$days" --out "$DIR/world" >/dev/null
  /usr/bin/time -f '%e %M' -o "$DIR/time" "$TIPHUB" --json scan --store "$DIR/ws.db" "$DIR/world" \
    > "$DIR/scan.json"
  read -r seconds kb < "$DIR/time"
  n=$(sed -n 's/.*"transactions": *\([0-9]*\).*/\1/p' "$DIR/scan.json")
  awk -v d="$days" -v n="$n" -v s="$seconds" -v kb="$kb" \
    'BEGIN { printf "%8s %12s %9s %12.0f %10.0f\n", d, n, s, n / s, kb / 1024 }'
done
