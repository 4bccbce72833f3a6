#!/usr/bin/env bash
# The BFF never waits on a thread (issue 6), measured on the packaged app, loopback only:
#   A. sandbox mode, GET /api/dashboard, 40 then 400 concurrent clients, 20,000 requests each;
#   B. an external Training API that answers every call after 100 ms (a stub started here),
#      100 then 1,000 concurrent clients, 100 requests per client;
#   C. 250 slow-body clients on the sandbox's write routes while /api/config and /api/dashboard
#      are measured.
# Each run reports count, outcomes, p50/p90/p99/max, requests per second and the peak number of
# live JVM threads of the app (read from /proc while the load runs). Every load is bounded in
# requests and seconds, and first runs WARM_UP seconds (default 15) unmeasured with the same
# clients over the same connections: the figures are of a warm app and generator, not of a
# thousand connects into cold JVMs.
#
#   ./mvnw package -DskipTests && bench/nonblocking.sh          # all three
#   SCENARIOS=B bench/nonblocking.sh                              # only some
#   SCENARIOS=ceiling bench/nonblocking.sh                        # the machine's ceiling: a bare Vert.x
#                                                                 # server answering fixed JSON, same load
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=target/quarkus-app/quarkus-run.jar
LIB=target/quarkus-app/lib/main
[ -f "$JAR" ] || { echo "Build first: ./mvnw package -DskipTests" >&2; exit 1; }
CP=$(ls "$LIB"/io.vertx.vertx-core-*.jar "$LIB"/io.netty.netty-*.jar "$LIB"/com.fasterxml.jackson.core.jackson-core-*.jar | tr '\n' ':')
APP_PORT=${APP_PORT:-18091}
STUB_PORT=${STUB_PORT:-18092}
TOKEN=bench-sandbox-token
work=$(mktemp -d)
pids=()
# The app's last log is kept for a post-mortem.
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; cp "$work/app.log" "${TMPDIR:-/tmp}/nonblocking-app.log" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

start_app() { # env... ; waits for readiness
  env "$@" QUARKUS_HTTP_PORT=$APP_PORT QUARKUS_MANAGEMENT_PORT=$((APP_PORT + 1000)) java -Xmx512m -jar "$JAR" > "$work/app.log" 2>&1 &
  app=$!; pids+=("$app")
  for _ in $(seq 1 120); do
    kill -0 "$app" 2>/dev/null || { echo "the app stopped (port $APP_PORT taken?)" >&2; cat "$work/app.log" >&2; exit 1; }
    curl -sf "127.0.0.1:$APP_PORT/api/config" >/dev/null && return; sleep 0.5
  done
  echo "app did not start" >&2; cat "$work/app.log" >&2; exit 1
}
stop_app() { kill "$app"; wait "$app" 2>/dev/null || true; }
threads() { awk '/^Threads:/ {print $2}' "/proc/$app/status"; }
# Runs a load and prints its report plus the app's thread count before and at its peak.
load() { # url clients total seconds
  local before peak; before=$(threads)
  ( while kill -0 "$app" 2>/dev/null; do threads; sleep 0.1; done ) > "$work/threads" &
  local sampler=$!
  java -cp "$CP" bench/java/Load.java "$@" "$WARM_UP"
  kill "$sampler" 2>/dev/null || true; wait "$sampler" 2>/dev/null || true
  peak=$(sort -n "$work/threads" | tail -1)
  echo "live JVM threads of the app: $before before, $peak at peak"
}

WARM_UP=${WARM_UP:-15}
SCENARIOS=${SCENARIOS:-A C B}
if [[ " $SCENARIOS " == *" A "* || " $SCENARIOS " == *" C "* ]]; then
start_app SANDBOX_DATA_DIR="$work/data" SANDBOX_TOKEN=$TOKEN
fi
if [[ " $SCENARIOS " == *" A "* ]]; then
echo "== A. sandbox mode: GET /api/dashboard"
for clients in 40 400; do
  echo "-- $clients clients"
  load "http://127.0.0.1:$APP_PORT/api/dashboard" "$clients" 20000 60
done

fi
if [[ " $SCENARIOS " == *" C "* ]]; then
echo "== C. 250 slow-body clients on the sandbox's write routes"
java bench/java/SlowBodies.java 127.0.0.1 "$APP_PORT" /sandbox/v1/experiments 125 90 "$TOKEN" &
pids+=($!)
java bench/java/SlowBodies.java 127.0.0.1 "$APP_PORT" /sandbox/v1/datasets/upload 125 90 "$TOKEN" &
pids+=($!)
sleep 5
echo "-- GET /api/config, 20 clients, while they are connected"
load "http://127.0.0.1:$APP_PORT/api/config" 20 2000 30
echo "-- GET /api/dashboard, 20 clients, while they are connected"
load "http://127.0.0.1:$APP_PORT/api/dashboard" 20 2000 30
fi
if [[ " $SCENARIOS " == *" A "* || " $SCENARIOS " == *" C "* ]]; then stop_app; fi

if [[ " $SCENARIOS " == *" B "* ]]; then

echo "== B. external Training API answering after 100 ms: GET /api/dashboard"
java -cp "$CP" bench/java/UpstreamStub.java "$STUB_PORT" 100 600 &
pids+=($!)
for _ in $(seq 1 60); do curl -sf "127.0.0.1:$STUB_PORT/v1/models" >/dev/null && break; sleep 0.5; done
start_app TRAINING_API_URL="http://127.0.0.1:$STUB_PORT/v1"
for clients in 100 1000; do
  echo "-- $clients clients"
  load "http://127.0.0.1:$APP_PORT/api/dashboard" "$clients" $((clients * 100)) 60
done
echo "-- for scale: GET /api/config (no upstream call), 1000 clients"
load "http://127.0.0.1:$APP_PORT/api/config" 1000 100000 60
stop_app
fi

if [[ " $SCENARIOS " == *" ceiling "* ]]; then
echo "== ceiling: a bare Vert.x server answering a fixed JSON body (bench/java/FixedJson.java)"
java -cp "$CP" bench/java/FixedJson.java "$APP_PORT" 300 &
app=$!; pids+=("$app")
for _ in $(seq 1 60); do curl -sf "127.0.0.1:$APP_PORT/" >/dev/null && break; sleep 0.5; done
for clients in 100 1000; do
  echo "-- $clients clients"
  load "http://127.0.0.1:$APP_PORT/" "$clients" $((clients * 100)) 60
done
stop_app
fi
