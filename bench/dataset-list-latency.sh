#!/usr/bin/env bash
# Issue 8, item 19: GET /api/datasets over 10,000 datasets, 500 sequential requests after 3,000
# warm-up ones (so the JIT has compiled the request path), against a stub Training API that pages
# itself and against one that answers a bare array (then the BFF filters, sorts and pages). Also
# times the same page asked of the paged stub directly, so the difference of the p50s is what the
# BFF adds, and GET /api/config, a BFF answer that calls no upstream, for reference.
#
#   ./mvnw package -DskipTests && bench/dataset-list-latency.sh [requests]
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-500}
WARM_UP=${WARM_UP:-3000}
STUB_PORT=${STUB_PORT:-18093}
BFF_PORT=${BFF_PORT:-18094}
JAR=target/quarkus-app/quarkus-run.jar
[ -f "$JAR" ] || { echo "Build first: ./mvnw package -DskipTests" >&2; exit 1; }
work=$(mktemp -d)
stub_pid=""
bff_pid=""
cleanup() {
  [ -n "$bff_pid" ] && kill "$bff_pid" 2>/dev/null || true
  [ -n "$stub_pid" ] && kill "$stub_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

java bench/ListStub.java "$STUB_PORT" 10000 > "$work/stub.log" 2>&1 &
stub_pid=$!
for _ in $(seq 1 60); do grep -q "stub ready" "$work/stub.log" 2>/dev/null && break; sleep 0.5; done
cat "$work/stub.log"

latency() { java bench/Latency.java "$1" "$N" "$WARM_UP"; }
page="offset=0&limit=25&sort=-createdAt"

printf '\n%-36s %8s %8s %8s\n' "$N sequential requests, ms" p50 p95 p99
read -r p50 p95 p99 < <(latency "http://127.0.0.1:$STUB_PORT/paged/v1/datasets?$page")
printf '%-36s %8s %8s %8s\n' "paged stub, directly" "$p50" "$p95" "$p99"
direct_p50=$p50

for shape in paged bare; do
  TRAINING_API_URL="http://127.0.0.1:$STUB_PORT/$shape/v1" SANDBOX_DATA_DIR="$work/unused" \
    QUARKUS_HTTP_PORT=$BFF_PORT java -jar "$JAR" > "$work/bff-$shape.log" 2>&1 &
  bff_pid=$!
  for _ in $(seq 1 120); do curl -sf "127.0.0.1:$BFF_PORT/q/health/ready" >/dev/null && break; sleep 0.5; done
  total=$(curl -sf "127.0.0.1:$BFF_PORT/api/datasets?limit=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])')
  [ "$total" = 10000 ] || { echo "$shape: the BFF counted $total datasets" >&2; exit 1; }
  if [ "$shape" = paged ]; then
    # For reference: a BFF answer that calls no upstream at all.
    read -r c50 c95 c99 < <(latency "http://127.0.0.1:$BFF_PORT/api/config")
    printf '%-36s %8s %8s %8s\n' "GET /api/config (no upstream call)" "$c50" "$c95" "$c99"
  fi
  read -r p50 p95 p99 < <(latency "http://127.0.0.1:$BFF_PORT/api/datasets")
  printf '%-36s %8s %8s %8s\n' "GET /api/datasets, $shape upstream" "$p50" "$p95" "$p99"
  [ "$shape" = paged ] && added=$(python3 -c "print(f'{$p50 - $direct_p50:.2f}')")
  kill "$bff_pid"; wait "$bff_pid" 2>/dev/null || true
  bff_pid=""
done
echo
echo "p50 the BFF adds over the paged stub: $added ms (load average: $(cut -d' ' -f1-3 /proc/loadavg))"
