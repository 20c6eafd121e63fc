#!/usr/bin/env bash
# The main job on the embedded default: build tiphub, simulate a demo world, ingest it into a
# SQLite workspace, scan it, show the alerts and how they compare with the known answers, then open
# a case from the top alert and write it as a goAML STR and a FinCEN SAR (validated before writing),
# take in field tips (one names a phone of an alerted account's holder), and serve the analyst
# console with demo users, printing the URL and their tokens.
# Usage: scripts/demo.sh [work dir, default demo/]
#   ACCOUNTS=20000 DAYS=60 change the size; PORT=8080 the console's port; SERVE=0 ends before serving.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh >/dev/null
TIPHUB=build/tiphub
DIR=${1:-demo}
ACCOUNTS=${ACCOUNTS:-20000}
DAYS=${DAYS:-60}
mkdir -p "$DIR"
rm -rf "$DIR/tiphub.db" "$DIR/tiphub.db-wal" "$DIR/tiphub.db-shm" "$DIR/tiphub.db.rejects.csv" \
  "$DIR/str.xml" "$DIR/sarx.xml" "$DIR/tiphub.db.orgs" "$DIR/tips.csv"
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

echo "== field tips (CSV intake; the first names a phone held by an account of alert 1)"
account=$("$TIPHUB" --json alerts --store "$DIR/tiphub.db" --id 1 | sed -n 's/.*"account": *"\([^"]*\)".*/\1/p' | head -1)
party=$(awk -F, -v a="$account" '$1 == a {print $3}' "$DIR/world/accounts.csv")
phone=$(awk -F, -v p="$party" '$1 == p {print $7}' "$DIR/world/parties.csv")
cat > "$DIR/tips.csv" <<CSV
observed_at,place,latitude,longitude,indicators,vehicle_make,vehicle_model,vehicle_colour,vehicle_plate,phones,text,reliability,credibility
2026-02-10T23:40:00-06:00,Truck stop I-35 exit 12,32.78,-96.80,dropped_off_and_collected;restricted_communication,Nissan,Sentra,grey,DEMO 123,$phone,A car dropped a young woman at several trucks and came back for her,B,2
2026-02-11T02:15:00-06:00,Motel on Route 80,,,not_in_control_of_id;does_not_know_location,,,,,,Two women did not know what city they were in; a man held their passports,C,3
2026-02-12T21:05:00-06:00,Rest area mile 214,,,appears_minor,Ford,Transit,white,demo-123,,Girl who looked about 15 was being offered over the CB radio,B,2
CSV
"$TIPHUB" tip import --store "$DIR/tiphub.db" --user demo-hotline "$DIR/tips.csv"

[ "${SERVE:-1}" = "0" ] && exit 0
echo "== the analyst console"
for user in "local demo-analyst analyst" "local demo-supervisor supervisor" \
            "hotline demo-trucker submitter" "ngo demo-ngo analyst"; do
  set -- $user
  token=$("$TIPHUB" --json user add --store "$DIR/tiphub.db" --org "$1" --name "$2" --role "$3" |
          sed -n 's/.*"token":"\([^"]*\)".*/\1/p')
  printf '  %-16s %-10s %-11s token %s\n' "$2" "$1" "$3" "$token"
done
echo "Open http://127.0.0.1:${PORT:-8080}/ and log in with a token above (ngo and hotline see only"
echo "their own data). Ctrl-C stops the server."
exec "$TIPHUB" serve --store "$DIR/tiphub.db" --port "${PORT:-8080}"
