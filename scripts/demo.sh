#!/usr/bin/env bash
# The main job on the embedded default: build tiphub, simulate a demo world, ingest it into a
# SQLite workspace, scan it, show the alerts and how they compare with the known answers, then open
# a case from the top alert and write it as a goAML STR and a FinCEN SAR (validated before writing).
# Usage: scripts/demo.sh [work dir, default demo/]   (ACCOUNTS=20000 DAYS=60 to change the size)
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh >/dev/null
TIPHUB=build/tiphub
DIR=${1:-demo}
ACCOUNTS=${ACCOUNTS:-20000}
DAYS=${DAYS:-60}
mkdir -p "$DIR"
rm -f "$DIR/tiphub.db" "$DIR/tiphub.db-wal" "$DIR/tiphub.db-shm" "$DIR/tiphub.db.rejects.csv" \
  "$DIR/str.xml" "$DIR/sarx.xml"
export TIPHUB_USER=${TIPHUB_USER:-demo-analyst}
echo "== simulate: $ACCOUNTS accounts over $DAYS days"
"$TIPHUB" simulate --seed 2026 --accounts "$ACCOUNTS" --days "$DAYS" --out "$DIR/world"
echo "== ingest"
"$TIPHUB" ingest --store "$DIR/tiphub.db" "$DIR/world"
echo "== scan"
"$TIPHUB" scan --store "$DIR/tiphub.db"
echo "== top alerts"
"$TIPHUB" alerts --store "$DIR/tiphub.db" --limit 10
echo "== the top alert, explained"
"$TIPHUB" alerts --store "$DIR/tiphub.db" --id 1
echo "== against the world's known answers"
"$TIPHUB" eval --store "$DIR/tiphub.db" --labels "$DIR/world"
echo "== a case from the top alert, reported to the FIU"
"$TIPHUB" case open 1 --store "$DIR/tiphub.db"
"$TIPHUB" case status 1 investigating --store "$DIR/tiphub.db" --reason "demo"
"$TIPHUB" report --case 1 --store "$DIR/tiphub.db" --out "$DIR/str.xml"
"$TIPHUB" report --case 1 --format fincen --store "$DIR/tiphub.db" --out "$DIR/sarx.xml"
