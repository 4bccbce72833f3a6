#!/usr/bin/env bash
# The evaluation page's detail call (issues 10 and 23) on the packaged app, loopback only, against
# bench/java/EvaluationsStub.java: evaluations with a 100,000-step loss curve (an eval loss every
# 100 steps, about 5.2 MB of JSON each), answered at once by the stub.
#   A. one browser: GET /api/evaluations/ev0 (default points=2000) one request after another;
#   B. a compare of eight: GET /api/evaluations/ev0..ev7?points=500 all together (what the compare
#      page asks), round after round.
# Each twice:
#   first open: the evaluation cache off (EVALUATION_CACHE_MAX_POINTS=0) and the read cache off
#     (TRAINING_API_READ_CACHE_WINDOW=0s): every request reads and parses its whole evaluation, as
#     the first open of a run does;
#   repeat: the defaults (the evaluation cache keeps finished runs' parsed evaluations): what opening
#     the same runs again costs.
# Bounded in requests and seconds. Prints requests and p50/p95/p99 in ms, upstream calls, and the
# machine's load.
#
#   ./mvnw package -DskipTests && bench/evaluation-detail.sh
# APP_DIR= runs another build (a copy of target/quarkus-app), for a side-by-side of two versions.
set -euo pipefail
cd "$(dirname "$0")/.."
APP_DIR=${APP_DIR:-target/quarkus-app}
JAR=$APP_DIR/quarkus-run.jar
LIB=$APP_DIR/lib/main
[ -f "$JAR" ] || { echo "Build first: ./mvnw package -DskipTests" >&2; exit 1; }
CP=$(ls "$LIB"/io.vertx.vertx-core-*.jar "$LIB"/io.netty.netty-*.jar "$LIB"/com.fasterxml.jackson.core.jackson-core-*.jar | tr '\n' ':')
APP_PORT=${APP_PORT:-18111}
STUB_PORT=${STUB_PORT:-18112}
ROUNDS=${ROUNDS:-200}
work=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT

java -Xmx1g -cp "$CP" bench/java/EvaluationsStub.java "$STUB_PORT" 8 100000 1200 > "$work/stub.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 120); do curl -sf "127.0.0.1:$STUB_PORT/count" >/dev/null && break; sleep 0.5; done
head -1 "$work/stub.log"
# start_app, stop_app, count
source bench/lib.sh
run() { # label rounds warm-up urls...
  local label=$1; shift
  local before; before=$(count)
  echo "$label: $(java bench/java/RoundLatency.java "$@") (requests p50 p95 p99 ms), upstream calls: $(( $(count) - before ))"
}
one="http://127.0.0.1:$APP_PORT/api/evaluations/ev0"
eight=(); for i in 0 1 2 3 4 5 6 7; do eight+=("http://127.0.0.1:$APP_PORT/api/evaluations/ev$i?points=500"); done

for mode in first-open repeat; do
  echo "== $mode  (uptime:$(uptime | sed 's/.*load/ load/'))"
  if [ "$mode" = first-open ]; then
    start_app EVALUATION_CACHE_MAX_POINTS=0 TRAINING_API_READ_CACHE_WINDOW=0s
  else
    start_app
  fi
  run "A. one browser, ev0" "$ROUNDS" 30 120 "$one"
  run "B. compare of eight" $((ROUNDS / 8)) 5 120 "${eight[@]}"
  curl -s -o /dev/null -w "answer size: %{size_download} bytes (points=2000)\n" "$one"
  stop_app
done
echo "(uptime:$(uptime | sed 's/.*load/ load/'))"
