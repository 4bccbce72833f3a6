#!/usr/bin/env bash
# Issue 8, item 18: a large dataset uploaded and downloaded through the BFF, whose heap is capped
# at -Xmx128m, with a second copy of the app as the Training API (its sandbox, on its own port
# and token); then the same transfers sent straight to that upstream. Reports wall times side by
# side and the BFF's peak RSS growth during each transfer over its RSS just before it (after a
# warm-up transfer, so the heap and Netty's buffer pools are already in use).
#
# Each run uploads the file once each way and downloads it DOWNLOADS times each way, alternating
# which goes first (loopback timings on a small machine vary by run, so the summary compares
# medians of all runs rather than one pair). Every download turn also fetches the file through
# two reference relays when they can run here, loopback only: socat (a plain TCP relay in C with
# 256 KiB buffers) and bench/splice-proxy.c (zero-copy, built with gcc). They are the floor for any
# proxy on this machine, to read the BFF's figure against.
#
# The upstream is the app as built (target/quarkus-app) unless UPSTREAM_APP names another build.
# The app compresses its answers (quarkus.http.enable-compression, fixed at build time), and with
# a compressor in the pipeline Vert.x sends a file in 8 KiB pieces instead of with sendfile(2),
# which makes the sandbox a slow sender. A build without compression sends with sendfile:
#   ./mvnw package -DskipTests -Dquarkus.quinoa=false -Dquarkus.http.enable-compression=false \
#     -Dquarkus.package.output-directory=zero-copy-upstream
#   UPSTREAM_APP=target/zero-copy-upstream bench/dataset-streaming.sh
#
#   ./mvnw package -DskipTests && bench/dataset-streaming.sh [size-in-MiB] [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
SIZE_MB=${1:-1024}
RUNS=${2:-3}
DOWNLOADS=${DOWNLOADS:-3}
UP_PORT=${UP_PORT:-18091}
BFF_PORT=${BFF_PORT:-18092}
RELAY_PORT=${RELAY_PORT:-18093}
SPLICE_PORT=${SPLICE_PORT:-18094}
JAR=target/quarkus-app/quarkus-run.jar
UP_JAR=${UPSTREAM_APP:-target/quarkus-app}/quarkus-run.jar
[ -f "$JAR" ] || { echo "Build first: ./mvnw package -DskipTests" >&2; exit 1; }
[ -f "$UP_JAR" ] || { echo "No upstream build at $UP_JAR (see the header of this script)" >&2; exit 1; }

work=$(mktemp -d)
up_pid=""
bff_pid=""
relay_pid=""
splice_pid=""
cleanup() {
  [ -n "$relay_pid" ] && kill "$relay_pid" 2>/dev/null || true
  [ -n "$splice_pid" ] && kill "$splice_pid" 2>/dev/null || true
  [ -n "$bff_pid" ] && kill "$bff_pid" 2>/dev/null || true
  [ -n "$up_pid" ] && kill "$up_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
token="bench-$(od -An -N8 -tx8 /dev/urandom | tr -d ' ')"

# A CSV whose rows hold a quoted comma and an escaped quote (or, with FORMAT=jsonl, JSON Lines
# records with an escaped quote), SIZE_MB MiB, and a smaller one to warm up. Every record is
# checked on its way through the BFF (prompt and target mapped, target not empty).
FORMAT=${FORMAT:-csv}
python3 - "$work" "$SIZE_MB" "$FORMAT" <<'PY'
import sys
work, size, fmt = sys.argv[1], int(sys.argv[2]) * 1024 * 1024, sys.argv[3]
if fmt == "jsonl":
    header = ""
    row = '{"prompt": "What is the \\"capital\\" of France, briefly?", "completion": "Paris", "topic": "geography"}\n'
else:
    header = "prompt,response,topic\n"
    row = '"What is the ""capital"" of France, briefly?",Paris,geography\n'
block = row * 4096
def write(path, limit):
    rows = 0
    with open(path, "w", newline="") as f:
        f.write(header)
        written = len(header)
        while written + len(block) <= limit:
            f.write(block); written += len(block); rows += 4096
    open(path + ".rows", "w").write(str(rows))
write(work + "/big." + fmt, size)
write(work + "/warm." + fmt, 256 * 1024 * 1024)
PY
csv="$work/big.$FORMAT"
bytes=$(stat -c %s "$csv")
rows=$(cat "$csv.rows")

wait_ready() {
  # Health lives on the management port (the public port + 1000 here, so two copies do not clash).
  for _ in $(seq 1 120); do curl -sf "127.0.0.1:$(($1 + 1000))/q/health/ready" >/dev/null && return 0; sleep 0.5; done
  echo "app on port $1 did not start" >&2; exit 1
}

# The upstream: a second instance, sandbox on, bodies over 1 GiB allowed (the multipart framing adds a little).
SANDBOX_DATA_DIR="$work/upstream" SANDBOX_SEED=false SANDBOX_TOKEN="$token" MAX_UPLOAD_SIZE=4G \
  QUARKUS_HTTP_PORT=$UP_PORT QUARKUS_MANAGEMENT_PORT=$((UP_PORT + 1000)) java -jar "$UP_JAR" > "$work/upstream.log" 2>&1 &
up_pid=$!
# The BFF under test: small heap, default timeouts, the upstream above as its Training API.
TRAINING_API_URL="http://127.0.0.1:$UP_PORT/sandbox/v1" TRAINING_API_TOKEN="$token" MAX_UPLOAD_SIZE=4G \
  SANDBOX_DATA_DIR="$work/bff-unused" QUARKUS_HTTP_PORT=$BFF_PORT QUARKUS_MANAGEMENT_PORT=$((BFF_PORT + 1000)) java -Xmx128m -jar "$JAR" > "$work/bff.log" 2>&1 &
bff_pid=$!
wait_ready $UP_PORT
wait_ready $BFF_PORT

rss_kb() { ps -o rss= -p "$bff_pid" | tr -d ' '; }
# The BFF's CPU time so far (user + system), in clock ticks.
cpu_ticks() { awk '{print $14 + $15}' "/proc/$bff_pid/stat"; }
# Runs a command while sampling the BFF's RSS; prints "<seconds> <peak growth in MB> <BFF CPU seconds>"
# and leaves curl's output in $work/out.
measure() {
  local before peak cpu_before cpu_after
  before=$(rss_kb)
  cpu_before=$(cpu_ticks)
  ( while kill -0 "$bff_pid" 2>/dev/null; do rss_kb; sleep 0.1; done ) > "$work/rss" &
  local sampler=$!
  local start end
  start=$(date +%s.%N)
  "$@" > "$work/out"
  end=$(date +%s.%N)
  cpu_after=$(cpu_ticks)
  kill "$sampler" 2>/dev/null; wait "$sampler" 2>/dev/null || true
  peak=$(sort -n "$work/rss" | tail -1)
  python3 -c "print(f'{$end - $start:.2f} {max(0, $peak - $before) / 1024:.0f} {($cpu_after - $cpu_before) / $(getconf CLK_TCK):.2f}')"
}
up_direct() {
  curl -sS -f -H 'Expect:' -H "Authorization: Bearer $token" -F name=direct -F type=training \
    -F "file=@$1;type=text/csv" "http://127.0.0.1:$UP_PORT/sandbox/v1/datasets/upload"
}
up_bff() {
  curl -sS -f -H 'Expect:' -H 'X-Requested-With: slm-workbench' -F name=through-bff -F type=training \
    -F "file=@$1;type=text/csv" "http://127.0.0.1:$BFF_PORT/api/datasets"
}
down_direct() {
  curl -sS -f -o /dev/null -w '%{size_download}' -H "Authorization: Bearer $token" \
    "http://127.0.0.1:$UP_PORT/sandbox/v1/datasets/$1/download"
}
down_bff() {
  curl -sS -f -o /dev/null -w '%{size_download}' "http://127.0.0.1:$BFF_PORT/api/datasets/$1/download"
}
down_via() {
  curl -sS -f -o /dev/null -w '%{size_download}' -H "Authorization: Bearer $token" \
    "http://127.0.0.1:$1/sandbox/v1/datasets/$2/download"
}
if command -v socat > /dev/null; then
  socat -b262144 "TCP-LISTEN:$RELAY_PORT,fork,reuseaddr,bind=127.0.0.1" "TCP:127.0.0.1:$UP_PORT" &
  relay_pid=$!
fi
if command -v gcc > /dev/null && gcc -O2 -o "$work/splice-proxy" bench/splice-proxy.c; then
  "$work/splice-proxy" "$SPLICE_PORT" "$UP_PORT" 3600 &
  splice_pid=$!
fi
field() { python3 -c "import json,sys; print(json.load(open('$work/out'))['$1'])"; }

# Ten 256 MiB downloads each way: the JIT has compiled the relay's path by then (fewer, and the
# first timed downloads still ran at up to twice the steady CPU).
echo "warm-up: 256 MiB up and ten times down each way (BFF RSS before: $(( $(rss_kb) / 1024 )) MB)"
measure up_bff "$work/warm.$FORMAT" > /dev/null
warm_id=$(field id)
for _ in $(seq 1 10); do measure down_bff "$warm_id" > /dev/null; measure down_direct "$warm_id" > /dev/null; done
echo "BFF RSS after warm-up: $(( $(rss_kb) / 1024 )) MB; load average: $(cut -d' ' -f1-3 /proc/loadavg)"

printf '\nfile: %s bytes, %s rows; BFF -Xmx128m\n' "$bytes" "$rows"
printf '%-4s %-9s %9s %9s %7s %16s %12s\n' run transfer direct_s bff_s ratio bff_rss_growth bff_cpu_s
ratio() { python3 -c "print(f'{$1 / $2:.2f}')"; }
: > "$work/times"
for run in $(seq 1 "$RUNS"); do
  read -r t_direct _ < <(measure up_direct "$csv")
  [ "$(field rowCount)" = "$rows" ] || { echo "direct upload: wrong row count" >&2; exit 1; }
  rm -f "$work"/upstream/files/*"$(field id)"* 2>/dev/null || true   # keep the disk from filling up
  read -r t_bff g_up c_up < <(measure up_bff "$csv")
  [ "$(field rowCount)" = "$rows" ] || { echo "upload through the BFF: wrong row count" >&2; exit 1; }
  id=$(field id)
  printf '%-4s %-9s %9s %9s %7s %13s MB %12s\n' "$run" upload "$t_direct" "$t_bff" "$(ratio "$t_bff" "$t_direct")" "$g_up" "$c_up"
  echo "upload $t_direct $t_bff $c_up" >> "$work/times"
  for turn in $(seq 1 "$DOWNLOADS"); do
    if [ $((turn % 2)) -eq 1 ]; then
      read -r d_direct _ < <(measure down_direct "$id"); [ "$(cat "$work/out")" = "$bytes" ] || { echo "direct download: wrong size" >&2; exit 1; }
      read -r d_bff g_down c_down < <(measure down_bff "$id"); [ "$(cat "$work/out")" = "$bytes" ] || { echo "download through the BFF: wrong size" >&2; exit 1; }
    else
      read -r d_bff g_down c_down < <(measure down_bff "$id"); [ "$(cat "$work/out")" = "$bytes" ] || { echo "download through the BFF: wrong size" >&2; exit 1; }
      read -r d_direct _ < <(measure down_direct "$id"); [ "$(cat "$work/out")" = "$bytes" ] || { echo "direct download: wrong size" >&2; exit 1; }
    fi
    printf '%-4s %-9s %9s %9s %7s %13s MB %12s\n' "$run" download "$d_direct" "$d_bff" "$(ratio "$d_bff" "$d_direct")" "$g_down" "$c_down"
    echo "download $d_direct $d_bff $c_down" >> "$work/times"
    for relay in socat:$relay_pid:$RELAY_PORT splice:$splice_pid:$SPLICE_PORT; do
      IFS=: read -r name pid port <<< "$relay"
      [ -n "$pid" ] || continue
      read -r d_relay _ < <(measure down_via "$port" "$id"); [ "$(cat "$work/out")" = "$bytes" ] || { echo "download through $name: wrong size" >&2; exit 1; }
      printf '%-4s %-9s %9s %9s %7s\n' "$run" "via-$name" "$d_direct" "$d_relay" "$(ratio "$d_relay" "$d_direct")"
      echo "via-$name $d_direct $d_relay 0" >> "$work/times"
    done
  done
  if [ "$run" -lt "$RUNS" ]; then rm -f "$work"/upstream/files/*"$id"* 2>/dev/null || true; fi
done

# Medians over every timing above, and their ratio (the figure the target is about).
python3 - "$work/times" <<'PY'
import statistics, sys
rows = [line.split() for line in open(sys.argv[1])]
for kind in ("upload", "download", "via-socat", "via-splice"):
    direct = [float(r[1]) for r in rows if r[0] == kind]
    if not direct:
        continue
    bff = [float(r[2]) for r in rows if r[0] == kind]
    d, b = statistics.median(direct), statistics.median(bff)
    if kind.startswith("via-"):
        print(f"download through {kind[4:]} instead: median {b:.2f} s, ratio {b / d:.2f} ({len(direct)})")
        continue
    cpu = statistics.median(float(r[3]) for r in rows if r[0] == kind)
    print(f"{kind}: median direct {d:.2f} s, median through the BFF {b:.2f} s, ratio {b / d:.2f}"
          f" ({len(direct)} each); BFF CPU per transfer, median {cpu:.2f} s")
PY

# Not timed: the bytes that come back through the BFF are the bytes that went in.
sum_in=$(sha256sum < "$csv" | cut -d' ' -f1)
sum_out=$(curl -sS -f "http://127.0.0.1:$BFF_PORT/api/datasets/$id/download" | sha256sum | cut -d' ' -f1)
[ "$sum_in" = "$sum_out" ] && echo "download through the BFF: same SHA-256 as the file uploaded" \
  || { echo "download through the BFF: bytes differ" >&2; exit 1; }
echo "BFF RSS at the end: $(( $(rss_kb) / 1024 )) MB; load average: $(cut -d' ' -f1-3 /proc/loadavg)"
