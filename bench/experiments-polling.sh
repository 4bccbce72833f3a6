#!/usr/bin/env bash
# Cheap polling of the Experiments page (issue 9), measured on the packaged app, loopback only,
# against bench/java/ExperimentsStub.java: 100,000 experiments upstream, answers after 20 ms,
# every request counted, the running experiment moving every 30 s.
#   A. 500 simulated browsers poll GET /api/experiments (first page) every 5 s for 60 s with
#      If-None-Match, once with the read cache (TRAINING_API_READ_CACHE_WINDOW=1s, the default) and
#      once without it (0s: only identical reads in flight are shared);
#   B. the table over 100,000 experiments: 50 browsers each on its own page (offset 0..1225) every
#      1 s for 30 s, so about every other poll goes upstream.
# Reports BFF requests, upstream requests (names included) per BFF request, latency percentiles
# and the share of 304 answers. Every load is bounded in browsers and seconds.
#
#   ./mvnw package -DskipTests && bench/experiments-polling.sh
#   PARTS=B bench/experiments-polling.sh      # only the table over 100,000 experiments
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=target/quarkus-app/quarkus-run.jar
LIB=target/quarkus-app/lib/main
[ -f "$JAR" ] || { echo "Build first: ./mvnw package -DskipTests" >&2; exit 1; }
CP=$(ls "$LIB"/io.vertx.vertx-core-*.jar "$LIB"/io.netty.netty-*.jar "$LIB"/com.fasterxml.jackson.core.jackson-core-*.jar | tr '\n' ':')
APP_PORT=${APP_PORT:-18093}
STUB_PORT=${STUB_PORT:-18094}
work=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT

java -cp "$CP" bench/java/ExperimentsStub.java "$STUB_PORT" 100000 20 30 900 > "$work/stub.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 60); do curl -sf "127.0.0.1:$STUB_PORT/count" >/dev/null && break; sleep 0.5; done
# start_app, stop_app, count
source bench/lib.sh
# Runs Pollers and prints upstream requests per BFF request.
poll() { # browsers interval seconds pages
  local before after; before=$(count)
  java -cp "$CP" bench/java/Pollers.java "http://127.0.0.1:$APP_PORT/api/experiments" "$@" | tee "$work/out"
  after=$(count)
  local bff; bff=$(awk '/^bff requests:/ {print $3}' "$work/out" | tr -d ,)
  echo "upstream requests: $((after - before)), per BFF request: $(awk -v u=$((after - before)) -v b="$bff" 'BEGIN {printf "%.4f", u / b}')"
}

PARTS=${PARTS:-A B}
if [[ " $PARTS " == *" A "* ]]; then
for window in 1s 0s; do
  echo "== A. 500 browsers, GET /api/experiments every 5 s for 60 s, read cache window $window"
  start_app TRAINING_API_READ_CACHE_WINDOW=$window
  curl -sf "127.0.0.1:$APP_PORT/api/experiments" > /dev/null   # warm-up
  poll 500 5 60 1
  stop_app
done
fi

if [[ " $PARTS " == *" B "* ]]; then
echo "== B. 100,000 experiments: 50 browsers on 50 different pages, every 1 s for 30 s"
start_app
java -cp "$CP" bench/java/Pollers.java "http://127.0.0.1:$APP_PORT/api/experiments" 50 1 30 50 > /dev/null  # warm-up: the JIT compiles the request path
poll 50 1 30 50
stop_app
fi
