#!/usr/bin/env bash
# The app at a pod-sized heap against a hostile Training API (issue 24): the packaged app runs with
# -Xmx256m -XX:+ExitOnOutOfMemoryError against bench/java/HostileStub.java, and every hostile answer
# is asked four times at once: a 100 MB list answer, an endless chunked one, a gzip bomb (1 MB to
# 1 GiB), a page of 100,000 items, text/html answers, a 1,000,000-point evaluation, previews of a
# CSV with 1,000,000 columns and of JSONL records with 100,000 keys, downloads typed text/html or
# gzip-bombed, then 20 uploads broken off by the client (the breaker must stay closed). Meanwhile a
# probe asks /api/config every 20 ms. Prints each case's statuses and time, whether the app is
# alive, its RSS, and the probe's p50/p95/p99/max. An app that died is restarted for the next case. Loopback only; bounded (about 2 minutes).
#
#   ./mvnw package -DskipTests && bench/hostile-upstream.sh
# APP_DIR= runs another build (a copy of target/quarkus-app), for a side-by-side of two versions.
set -uo pipefail
cd "$(dirname "$0")/.."
APP_DIR=${APP_DIR:-target/quarkus-app}
JAR=$APP_DIR/quarkus-run.jar
LIB=$APP_DIR/lib/main
[ -f "$JAR" ] || { echo "Build first: ./mvnw package -DskipTests" >&2; exit 1; }
CP=$(ls "$LIB"/io.vertx.vertx-core-*.jar "$LIB"/io.netty.netty-*.jar "$LIB"/com.fasterxml.jackson.core.jackson-core-*.jar | tr '\n' ':')
APP_PORT=${APP_PORT:-18131}
STUB_PORT=${STUB_PORT:-18132}
PROBE_SECONDS=${PROBE_SECONDS:-100}
work=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT

java -Xmx2g -cp "$CP" bench/java/HostileStub.java "$STUB_PORT" 600 > "$work/stub.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 240); do curl -sf "127.0.0.1:$STUB_PORT/count" >/dev/null && break; sleep 0.5; done
head -1 "$work/stub.log"
# start_app, stop_app, count
source bench/lib.sh
APP_JAVA_OPTS="-Xmx256m -XX:+ExitOnOutOfMemoryError" start_app TRAINING_API_BREAKER_DELAY=1s
base="http://127.0.0.1:$APP_PORT"
alive() { kill -0 "$app" 2>/dev/null && echo alive || echo DEAD; }
rss() { ps -o rss= -p "$app" 2>/dev/null | awk '{printf "%d MB", $1/1024}'; }
echo "app started: $(rss) RSS, -Xmx256m"

java bench/java/Probe.java "$base/api/config" 20 "$PROBE_SECONDS" > "$work/probe.out" &
probe=$!; pids+=("$probe")

# Four at once; prints "case: statuses (bytes) time alive rss".
hit() { # label path [curl args...]
  local label=$1 path=$2; shift 2
  local start; start=$(date +%s.%N)
  local curls=()
  for i in 1 2 3 4; do
    curl -s -o "$work/body$i" -w "%{http_code}:%{size_download} " --max-time 40 "$@" "$base$path" > "$work/status$i" &
    curls+=($!)
  done
  wait "${curls[@]}"
  local took; took=$(echo "$(date +%s.%N) - $start" | bc)
  printf "%-34s %s %5.1f s  %s %s\n" "$label" "$(cat "$work"/status? | tr -s ' ')" "$took" "$(alive)" "$(rss)"
  if ! kill -0 "$app" 2>/dev/null; then
    deaths=$((deaths + 1)); cat "$work/app.log" >> "$work/dead.log"
    APP_JAVA_OPTS="-Xmx256m -XX:+ExitOnOutOfMemoryError" start_app TRAINING_API_BREAKER_DELAY=1s
    echo "    (the app died; restarted for the next case)"
  fi
  settle
}
# Hostile answers count as failures of the Training API, so the breaker opens after a few cases (as
# it should); the app runs with a 1 s breaker delay and each case waits for it to close again (a
# good read after the delay closes it), so every case shows its own answer.
settle() {
  sleep 1.2
  curl -s -o /dev/null "$base/api/datasets?q=fine"
}
deaths=0
hit "100 MB list answer"            "/api/datasets?q=huge"
hit "endless chunked answer"        "/api/models?q=endless"
hit "gzip bomb (1 MB -> 1 GiB)"     "/api/experiments?q=gzip"
hit "100,000 items for limit 20"    "/api/datasets?q=oversized&limit=20"
hit "text/html 200"                 "/api/datasets?q=html"
hit "text/html 500"                 "/api/datasets?q=html500"
hit "1,000,000-point evaluation"    "/api/evaluations/ev-big"
hit "preview: 1,000,000 CSV columns" "/api/datasets/ds-wide/preview"
hit "preview: 100,000 JSON keys"    "/api/datasets/ds-keys/preview"
hit "download typed text/html"      "/api/datasets/ds-html/download" -D "$work/headers"
echo "    download Content-Type: $(grep -i "^content-type" "$work/headers" | tr -d "\r" | sort -u | head -1)"
hit "download gzip bomb"            "/api/datasets/ds-bomb/download"

# Uploads the client breaks off after the file part began: they must not open the breaker.
settle
for i in $(seq 1 20); do
  {
    exec 3<>"/dev/tcp/127.0.0.1/$APP_PORT"
    printf 'POST /api/datasets HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Requested-With: slm-workbench\r\nContent-Type: multipart/form-data; boundary=b\r\nContent-Length: 100000\r\n\r\n' >&3
    printf -- '--b\r\nContent-Disposition: form-data; name="name"\r\n\r\nx\r\n--b\r\nContent-Disposition: form-data; name="type"\r\n\r\ntraining\r\n--b\r\nContent-Disposition: form-data; name="file"; filename="a.csv"\r\n\r\nprompt,completion\nhi,there\n' >&3
    sleep 0.05
    exec 3>&-
  } 2>/dev/null
done
sleep 0.5
hit "list after 20 broken uploads"  "/api/datasets"

wait "$probe"
read -r requests failed p50 p95 p99 max < "$work/probe.out"
echo "probe /api/config every 20 ms: $requests requests, $failed failed, p50 $p50 ms, p95 $p95 ms, p99 $p99 ms, max $max ms"
cat "$work/app.log" >> "$work/dead.log"
echo "app: $(alive), $(rss) RSS; died $deaths times; OutOfMemoryError in logs: $(grep -c OutOfMemoryError "$work/dead.log"); ERROR lines: $(grep -c ' ERROR ' "$work/dead.log")"
echo "(uptime:$(uptime | sed 's/.*load/ load/'))"
