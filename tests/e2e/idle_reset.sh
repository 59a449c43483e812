#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# End-to-end, issue 5: the real kiosk under Xvfb with a 5 s inactivity delay and a 10 s countdown
# (long, so that a loaded machine still screenshots the overlay before the reset). It starts on the
# attract loop; xdotool taps into it and opens the jobs; nobody touches it any more; the
# "Toujours là ?" overlay shows, then the kiosk resets to the attract loop, and shows it again after
# the clean-up that follows — checked by screenshots (ImageMagick) and by the log. A second kiosk on the same data directory must refuse to start.
#   tests/e2e/idle_reset.sh BUILD_DIR        exit 0 = pass, 1 = fail, 77 = skipped (ctest SKIP)
set -euo pipefail

BUILD=$(cd "${1:?usage: $0 BUILD_DIR}" && pwd)
DEMO=$BUILD/demo-content
skip() { echo "SKIP: $*"; exit 77; }
[ -f "$DEMO/content.sqlite" ] || skip "no demo content in $DEMO (built by db/ with the kiosk)"
for tool in xvfb-run xdotool import convert compare; do
  command -v "$tool" >/dev/null || skip "$tool is not installed (see kiosk.sh PACKAGES)"
done

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
cat >"$WORK/kiosk.ini" <<'INI'
[idle]
timeout = 5
warning = 10
[display]
cursor_visible = true
INI

# Everything below runs inside Xvfb.
cat >"$WORK/inside.sh" <<'INSIDE'
set -euo pipefail
BUILD=$1 DEMO=$2 WORK=$3
export QT_QPA_PLATFORM=xcb QT_QUICK_CONTROLS_STYLE=Basic
LOG=$WORK/kiosk.log
fail() {
  echo "FAIL: $*"
  echo "--- kiosk log"; cat "$LOG"
  exit 1
}
# wait_for PATTERN SECONDS: until the kiosk log has a line matching PATTERN.
wait_for() {
  local deadline=$((SECONDS + $2))
  until grep -q -- "$1" "$LOG"; do
    [ $SECONDS -lt $deadline ] || fail "no log line matching '$1' within $2 s"
    sleep 0.2
  done
}
# banner NAME: the bottom strip of a screenshot, where the attract loop's still banner is.
shot() { import -window root "$WORK/$1.png"; convert "$WORK/$1.png" -crop 1920x110+0+965 +repage "$WORK/$1-banner.png"; }
# differing_pixels A B: how many pixels of two banner strips differ.
differing_pixels() { compare -metric AE -fuzz 8% "$WORK/$1-banner.png" "$WORK/$2-banner.png" null: 2>&1 || true; }
# shows_attract_again NAME WHEN: screenshots NAME until its banner is the attract loop's (10 s at most):
# the test waits for the frame rather than for a fixed time, which a loaded machine overruns.
shows_attract_again() {
  local deadline=$((SECONDS + 10)) pixels
  while :; do
    shot "$1"
    pixels=$(differing_pixels attract "$1")
    [ "$pixels" -ge 2000 ] || return 0
    [ $SECONDS -lt $deadline ] || fail "the screen $2 is not the attract loop ($pixels pixels differ)"
    sleep 0.25
  done
}

"$BUILD/kiosk" --windowed --data-dir "$WORK/data" --config "$WORK/kiosk.ini" --demo-content "$DEMO" >"$LOG" 2>&1 &
KIOSK=$!
trap 'kill $KIOSK 2>/dev/null || true' EXIT
wait_for "kiosk event=start" 30
# xdotool gives up (X error BadWindow) when a window it looks at goes meanwhile, and Qt and
# GStreamer make and drop hidden helper windows as the kiosk starts: look again until it is found.
deadline=$((SECONDS + 20))
until xdotool search --onlyvisible --name "Kiosque" >/dev/null 2>&1; do
  [ $SECONDS -lt $deadline ] || fail "no kiosk window"
  sleep 0.2
done
sleep 2   # first frames

# One kiosk per data directory.
status=0
"$BUILD/kiosk" --windowed --data-dir "$WORK/data" --config "$WORK/kiosk.ini" --demo-content "$DEMO" \
  >"$WORK/second.log" 2>&1 || status=$?
[ "$status" -eq 3 ] || fail "a second kiosk started (exit $status)"
grep -q "déjà lancé" "$WORK/second.log" || fail "the second kiosk did not say why it stopped"

shot attract
xdotool mousemove 960 540 click 1
wait_for "visitor event=start" 5
sleep 0.5
xdotool mousemove 330 500 click 1   # the "Les métiers" tile
sleep 1
shot visit
[ "$(differing_pixels attract visit)" -gt 20000 ] || fail "the visit screen looks like the attract loop"

# Past the 5 s delay the overlay counts down: screenshots until it shows (the visit screen is still).
deadline=$((SECONDS + 12))
until shot warning && [ "$(differing_pixels visit warning)" -gt 20000 ]; do
  grep -q "visitor event=reset" "$LOG" && fail "reset without the 'Toujours là ?' overlay"
  [ $SECONDS -lt $deadline ] || fail "no 'Toujours là ?' overlay after the 5 s delay"
  sleep 0.25
done

wait_for "visitor event=reset reason=idle" 20
# The reset comes at the end of the countdown: 5 s + 10 s without a touch, by the kiosk's own clock.
idle_s=$(grep -oE "visitor event=reset reason=idle idle_s=[0-9]+" "$LOG" | head -1 | grep -oE "[0-9]+$")
[ "${idle_s:-0}" -ge 15 ] || fail "reset before the end of the countdown (idle_s=${idle_s:-?})"
shows_attract_again reset "after the reset"
# A second after the reset the kiosk rebuilds its window's graphics (AfterVisitCleanup): the window
# is black until its first frame after that (~30 ms here, over a second on a loaded machine); then
# the attract loop must be back, drawn again.
wait_for "visitor event=cleanup" 5
sleep 0.2
shows_attract_again cleaned "after the clean-up"

kill $KIOSK; wait $KIOSK 2>/dev/null || true
echo "--- kiosk log"; cat "$LOG"
echo "PASS: attract → visit → 'Toujours là ?' → reset to the attract loop, drawn again after the clean-up; second instance refused"
INSIDE

xvfb-run -a -s "-screen 0 1920x1080x24" bash "$WORK/inside.sh" "$BUILD" "$DEMO" "$WORK"
