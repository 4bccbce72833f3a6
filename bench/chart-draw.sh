#!/usr/bin/env bash
# Times the Evaluations page's loss chart in headless Chromium: from the curve data in hand to the
# chart drawn (uPlot construction + one requestAnimationFrame), for one run and for eight compared
# runs, each a 100,000-point curve downsampled to the points the page asks for (2,000 for one
# run, 500 each for eight). Target: at most 100 ms.
# The built UI and the API answers are served by Playwright's router (no port is opened); the
# script stops by itself after the given number of page loads per case.
#
#   bench/chart-draw.sh [loads per case, default 15]
set -euo pipefail
cd "$(dirname "$0")/.."
REPS=${1:-15}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

(cd webui && npx vite build --outDir "$work/dist" --emptyOutDir > "$work/build.log" 2>&1) || { cat "$work/build.log" >&2; exit 1; }
./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$work/cp" > /dev/null
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"
timeout 600 java -cp "$(cat "$work/cp")" bench/java/ChartDraw.java "$work/dist" "$REPS"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
