#!/usr/bin/env bash
# Measures that a dataset upload to the sandbox is streamed, not held in memory: uploads a CSV
# many times larger than the heap to the packaged app started with a small -Xmx, and reports
# time, throughput, peak resident memory and the row count the sandbox found.
#
#   ./mvnw package -DskipTests && bench/upload-memory.sh [size-in-MB] [heap]
set -euo pipefail
cd "$(dirname "$0")/.."
SIZE_MB=${1:-512}
HEAP=${2:-64m}
PORT=${PORT:-18080}
JAR=target/quarkus-app/quarkus-run.jar
[ -f "$JAR" ] || { echo "Build first: ./mvnw package -DskipTests" >&2; exit 1; }

work=$(mktemp -d)
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT
csv="$work/big.csv"

# Rows with a quoted field that holds a newline and an escaped quote, so counting must parse CSV.
python3 - "$csv" "$SIZE_MB" <<'PY'
import sys
path, size = sys.argv[1], int(sys.argv[2]) * 1024 * 1024
row = '"What is the ""capital"" of France?\nAnswer briefly.",Paris,geography\n'
rows = 0
with open(path, "w", newline="") as f:
    f.write("prompt,response,topic\n")
    written = 0
    while written < size:
        f.write(row * 1000); written += len(row) * 1000; rows += 1000
print(rows, file=open(path + ".rows", "w"))
PY
expected=$(cat "$csv.rows")

SANDBOX_DATA_DIR="$work/data" SANDBOX_SEED=false SANDBOX_TOKEN=bench-token QUARKUS_HTTP_PORT=$PORT \
  QUARKUS_MANAGEMENT_PORT=$((PORT + 1000)) \
  java -Xmx"$HEAP" -jar "$JAR" > "$work/app.log" 2>&1 &
pid=$!
for _ in $(seq 1 60); do curl -sf "localhost:$((PORT + 1000))/q/health/ready" >/dev/null && break; sleep 0.5; done

peak=0
( while kill -0 "$pid" 2>/dev/null; do ps -o rss= -p "$pid"; sleep 0.2; done ) > "$work/rss" &
sampler=$!
start=$(date +%s.%N)
answer=$(curl -sS -H "Authorization: Bearer bench-token" -F name=big -F type=training -F "file=@$csv;type=text/csv" "localhost:$PORT/sandbox/v1/datasets/upload")
end=$(date +%s.%N)
kill "$sampler" 2>/dev/null || true
peak=$(sort -n "$work/rss" | tail -1)

rows=$(echo "$answer" | python3 -c 'import json,sys; print(json.load(sys.stdin)["rowCount"])')
secs=$(python3 -c "print($end - $start)")
printf 'file: %d MB, %d rows expected\nheap: -Xmx%s\nupload: %.2f s (%.0f MB/s)\nrowCount from the sandbox: %s\npeak RSS of the app: %d MB\n' \
  "$SIZE_MB" "$expected" "$HEAP" "$secs" "$(python3 -c "print($SIZE_MB / $secs)")" "$rows" "$((peak / 1024))"
[ "$rows" = "$expected" ] || { echo "row count mismatch" >&2; exit 1; }
