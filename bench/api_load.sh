#!/usr/bin/env bash
# API load benchmark (wrk): the alert list over 100,000 alerts, and tip intake with a check that
# every acknowledged tip was stored. Not a test: run by hand on an idle machine and quote figures.
#   bash bench/api_load.sh [build dir, default build-dev]   (DURATION=20s CONNECTIONS=8)
#   RATE=500 bash bench/api_load.sh build   # paced: each connection waits CONNECTIONS/RATE s
#                                           # between requests (wrk's delay()), ~RATE req/s
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${1:-build-dev}
TIPHUB=$BUILD/tiphub
DURATION=${DURATION:-20s}
CONNECTIONS=${CONNECTIONS:-8}
RATE=${RATE:-0}
# wrk's delay() paces each connection: about RATE requests per second over all connections (the
# figure wrk prints is the rate reached; latency is measured from each request's send).
PACE=""
NOTE=""
if [ "$RATE" -gt 0 ]; then
  NOTE=", paced to about $RATE req/s"
  PACE="delay = function() return $(( CONNECTIONS * 1000 / RATE )) end"
fi
DIR=$(mktemp -d /tmp/tiphub-load-XXXXXX)
trap 'kill $SERVER 2>/dev/null || true; rm -rf "$DIR"' EXIT

"$TIPHUB" simulate --seed 5 --accounts 20000 --days 60 --out "$DIR/world" >/dev/null
"$TIPHUB" ingest --store "$DIR/ws.db" "$DIR/world" >/dev/null
"$TIPHUB" scan --store "$DIR/ws.db" >/dev/null
"$BUILD/tiphub_seed_alerts" "$DIR/ws.db" 100000
TOKEN=$("$TIPHUB" --json user add --store "$DIR/ws.db" --org local --name load --role analyst |
        sed -n 's/.*"token":"\([^"]*\)".*/\1/p')
"$TIPHUB" --json serve --store "$DIR/ws.db" --port 0 > "$DIR/serve.json" 2>"$DIR/serve.log" &
SERVER=$!
for _ in $(seq 50); do [ -s "$DIR/serve.json" ] && break; sleep 0.1; done
URL=$(sed -n 's/.*"url":"\([^"]*\)".*/\1/p' "$DIR/serve.json")

echo "== GET /api/v1/alerts (50 per page, random pages over 100,000 alerts), $CONNECTIONS connections$NOTE"
cat > "$DIR/alerts.lua" <<LUA
wrk.headers["Authorization"] = "Bearer $TOKEN"
request = function()
  return wrk.format("GET", "/api/v1/alerts?limit=50&offset=" .. math.random(0, 1999) * 50)
end
$PACE
LUA
wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -s "$DIR/alerts.lua" "$URL"

echo "== POST /api/v1/tips, $CONNECTIONS connections$NOTE (after one tip that builds the identifier index)"
curl -s -o /dev/null -H "Authorization: Bearer $TOKEN" -d '{"place":"x","text":"first"}' "${URL}api/v1/tips"
cat > "$DIR/tips.lua" <<LUA
wrk.method = "POST"
wrk.headers["Authorization"] = "Bearer $TOKEN"
wrk.headers["Content-Type"] = "application/json"
counter = 0
request = function()
  counter = counter + 1
  local body = string.format('{"place":"Exit %d truck stop","indicators":["dropped_off_and_collected"],' ..
    '"phones":["555 01%05d"],"vehicles":[{"plate":"LD %d"}],"text":"load test tip"}',
    counter, counter % 100000, counter % 5000)
  return wrk.format(nil, "/api/v1/tips", nil, body)
end
$PACE
LUA
wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -s "$DIR/tips.lua" "$URL" | tee "$DIR/tips.out"
kill $SERVER; wait $SERVER 2>/dev/null || true
sent=$(awk '/requests in/ {print $1}' "$DIR/tips.out")
failed=$(awk '/Non-2xx/ {print $NF}' "$DIR/tips.out")
stored=$(sqlite3 "$DIR/ws.db" "SELECT count(*) FROM tips" 2>/dev/null ||
         "$TIPHUB" --json tip list --store "$DIR/ws.db" | sed -n 's/.*"total": *\([0-9]*\).*/\1/p')
echo "tips acknowledged by wrk: $sent (non-2xx: ${failed:-0}); tips stored: $((stored - 1))"
echo "(stored may exceed acknowledged by the requests in flight when wrk stopped; never fall short)"
