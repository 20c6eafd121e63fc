#!/usr/bin/env bash
# Detection across a family of simulator regimes (bench/regimes/<family>/*.yaml): for each regime
# and seed, simulate, ingest as a bank would (a flat export through its mapping, or a world
# folder), scan with the rules, evaluate against the ingested labels, train and report the learned
# model's test figures. Prints one markdown table: the figures of the notes come from the
# evaluation family, never from the tuning one.
#
# Usage: bench/regimes.sh [build dir, default build] [family, default evaluation] [seeds...]
#   bash bench/regimes.sh build tuning 11 12
#   bash bench/regimes.sh build evaluation 101 102
# Needs python3 (reads the JSON reports). Work files go to $WORK (default /tmp/tiphub-regimes).
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${1:-build}
FAMILY=${2:-evaluation}
shift $(( $# > 2 ? 2 : $# ))
SEEDS=("$@")
[ ${#SEEDS[@]} -eq 0 ] && SEEDS=(101)
TIPHUB="$BUILD/tiphub"
WORK=${WORK:-/tmp/tiphub-regimes}
TRAIN=${TRAIN:-1}
mkdir -p "$WORK"
lscpu | sed -n 's/^Model name: *//p' | head -1 | sed 's/^/CPU: /' >&2
echo "| regime | seed | transactions | illicit accounts | rules P / R / F1 | largest alert | unsupervised P / R / F1 | learned test P / R / F1 | scan s | train s |"
echo "|---|---|---|---|---|---|---|---|---|---|"
for regime in bench/regimes/"$FAMILY"/*.yaml; do
  name=$(basename "$regime" .yaml)
  for seed in "${SEEDS[@]}"; do
    dir="$WORK/$name-$seed"
    rm -rf "$dir" && mkdir -p "$dir"
    "$TIPHUB" simulate --seed "$seed" --scenario "$regime" --out "$dir/world" >/dev/null
    if [ -f "$dir/world/export.csv" ]; then
      "$TIPHUB" ingest --store "$dir/ws.db" --mapping "$dir/world/export_mapping.json" \
        "$dir/world/export.csv" >/dev/null
    else
      "$TIPHUB" ingest --store "$dir/ws.db" "$dir/world" >/dev/null
    fi
    start=$(date +%s.%N)
    "$TIPHUB" scan --store "$dir/ws.db" >/dev/null
    scan_s=$(echo "$(date +%s.%N) - $start" | bc)
    # A flat export is judged by its transaction labels, as a bank's data would be; a world
    # folder by the simulator's account labels (buyers paying a victim are not illicit).
    labels=()
    [ -f "$dir/world/export.csv" ] || labels=(--labels "$dir/world")
    "$TIPHUB" --json eval --store "$dir/ws.db" "${labels[@]}" > "$dir/eval.json"
    if [ "$TRAIN" = 1 ]; then
      "$TIPHUB" --json train --store "$dir/ws.db" --model "$dir/model.json" > "$dir/train.json" \
        2>/dev/null || echo '{}' > "$dir/train.json"
    else
      echo '{}' > "$dir/train.json"
    fi
    python3 - "$dir" "$name" "$seed" "$scan_s" <<'PY'
import json, sys, sqlite3
d, name, seed, scan_s = sys.argv[1:5]
e = json.load(open(d + "/eval.json"))
t = json.load(open(d + "/train.json"))
tx = sqlite3.connect(d + "/ws.db").execute("select count(*) from transactions").fetchone()[0]
def prf(p):
    return "%.3f / %.3f / **%.3f**" % (p["precision"], p["recall"], p["f1"]) if p else "—"
src = e.get("by_source", {})
illicit = e["account"]["tp"] + e["account"]["fn"]
learned = prf(t["test"]) if "test" in t else "—"
train_s = "%.1f" % t["seconds"]["total"] if "seconds" in t else "—"
print("| %s | %s | %d | %d | %s | %d | %s | %s | %.1f | %s |" % (
    name, seed, tx, illicit, prf(src.get("rules")), e["largest_alert"],
    prf(src.get("unsupervised")), learned, float(scan_s), train_s))
PY
  done
done
