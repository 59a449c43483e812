#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# ./kiosk.sh bench: every figure next to its baseline, measured in the same run, median of RUNS.
# Usage: run-bench.sh BUILD_DIR [RUNS]   (prints one Markdown table on stdout)
set -euo pipefail
BUILD=$(cd "$1" && pwd)
RUNS=${2:-5}
HERE=$(cd "$(dirname "$0")" && pwd)
WORK=$(mktemp -d)
trap 'kill $XVFB_PID 2>/dev/null || true; rm -rf "$WORK"' EXIT

median() { sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print "nan"; else print v[int((NR + 1) / 2)] }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'; }
row() { printf '| %s | %s | %s | %s | %s |\n' "$@"; }

export QT_QPA_PLATFORM=xcb
Xvfb :97 -screen 0 1920x1080x24 -nolisten tcp >/dev/null 2>&1 &
XVFB_PID=$!
export DISPLAY=:97
sleep 1 # Xvfb has no readiness signal; this is set-up, not a measured figure

# A 10,000-job-card content, generated from the demo sheets and built through the one import path.
"$BUILD/app/kioskctl/kioskctl" content generate --jobs 10000 -o "$WORK/big-src" >/dev/null
"$BUILD/app/kioskctl/kioskctl" content build "$WORK/big-src" --media-dir "$HERE/../.." -o "$WORK/big" >/dev/null

measure_start() { # label, command… → "seconds rss" median lines
  local frames=() rss=()
  for _ in $(seq "$RUNS"); do
    read -r f r < <("$HERE/first_frame.py" "$@")
    frames+=("$f"); rss+=("$r")
  done
  printf '%s %s\n' "$(printf '%s\n' "${frames[@]}" | median)" "$(printf '%s\n' "${rss[@]}" | median)"
}

echo "| measure | kiosk | baseline | ratio | baseline is |"
echo "|---|---|---|---|---|"

read -r bare_s bare_rss < <(measure_start "$BUILD/tests/bench/bench_bare_window")
read -r demo_s demo_rss < <(measure_start "$BUILD/kiosk" --windowed --data-dir "$WORK/data-demo")
read -r big_s big_rss < <(measure_start "$BUILD/kiosk" --windowed --data-dir "$WORK/data-big" --demo-content "$WORK/big")
row "start to first frame, demo content (s)" "$demo_s" "$bare_s" "$(ratio "$demo_s" "$bare_s")" "bare Qt Quick window"
row "start to first frame, 10,000 cards (s)" "$big_s" "$demo_s" "$(ratio "$big_s" "$demo_s")" "demo content"
row "RSS after start, demo content (MiB)" "$demo_rss" "$bare_rss" "$(ratio "$demo_rss" "$bare_rss")" "bare Qt Quick window"
row "RSS after start, 10,000 cards (MiB)" "$big_rss" "$demo_rss" "$(ratio "$big_rss" "$demo_rss")" "demo content"

read -r _ demo_p50 demo_p99 _ < <("$BUILD/tests/bench/bench_search" "$WORK/data-demo/content/current" "$RUNS")
read -r _ big_p50 big_p99 _ < <("$BUILD/tests/bench/bench_search" "$WORK/big" "$RUNS")
row "search p50, 10,000 cards (ms)" "$big_p50" "$demo_p50" "$(ratio "$big_p50" "$demo_p50")" "demo content"
row "search p99, 10,000 cards (ms)" "$big_p99" "$demo_p99" "$(ratio "$big_p99" "$demo_p99")" "demo content"
