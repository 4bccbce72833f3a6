#!/usr/bin/env bash
# Measures GET /api/dashboard (five upstream calls in parallel, BFF to sandbox over HTTP) on the
# packaged app: N sequential requests after a warm-up, reporting p50/p90/p99/max in ms.
#
#   ./mvnw package -DskipTests && bench/dashboard-latency.sh [requests]
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-500}
PORT=${PORT:-18081}
JAR=target/quarkus-app/quarkus-run.jar
[ -f "$JAR" ] || { echo "Build first: ./mvnw package -DskipTests" >&2; exit 1; }
work=$(mktemp -d)
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT

SANDBOX_DATA_DIR="$work/data" QUARKUS_HTTP_PORT=$PORT QUARKUS_MANAGEMENT_PORT=$((PORT + 1000)) java -jar "$JAR" > "$work/app.log" 2>&1 &
pid=$!
for _ in $(seq 1 60); do curl -sf "localhost:$((PORT + 1000))/q/health/ready" >/dev/null && break; sleep 0.5; done

for _ in $(seq 1 100); do curl -sf -o /dev/null "localhost:$PORT/api/dashboard"; done
for _ in $(seq 1 "$N"); do
  curl -sf -o /dev/null -w '%{time_total}\n' "localhost:$PORT/api/dashboard"
done > "$work/times"
sort -n "$work/times" | awk -v n="$N" '{ t[NR] = $1 * 1000 }
  END { printf "requests: %d\np50: %.1f ms\np90: %.1f ms\np99: %.1f ms\nmax: %.1f ms\n", n, t[int(n*0.5)], t[int(n*0.9)], t[int(n*0.99)], t[n] }'
echo "RSS after the run: $(( $(ps -o rss= -p "$pid") / 1024 )) MB"
