#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# End-to-end, issue 4: the real kiosk under Xvfb, driven with xdotool through every screen a
# visitor uses — attract, home, jobs, a job card, trainings, interviews, the player, lycée, the quiz,
# search with the on-screen keyboard — in landscape (1920×1080) and portrait (1080×1920), in French
# and in English. A screenshot of each lands in OUT_DIR (look at them); the tour fails if the kiosk
# dies, prints a QML warning, or plays the interview without sound: ALSA's default device is its
# null device behind a pipe through `tr`, which keeps the samples that are not silence (as
# tests/unit/tst_soundoutput.cpp does).
#   tests/e2e/screen_tour.sh BUILD_DIR OUT_DIR     exit 0 = pass, 1 = fail, 77 = skipped
set -euo pipefail

BUILD=$(cd "${1:?usage: $0 BUILD_DIR OUT_DIR}" && pwd)
OUT=${2:?usage: $0 BUILD_DIR OUT_DIR}
DEMO=$BUILD/demo-content
skip() { echo "SKIP: $*"; exit 77; }
[ -f "$DEMO/content.sqlite" ] || skip "no demo content in $DEMO (built by db/ with the kiosk)"
for tool in xvfb-run xdotool import; do
  command -v "$tool" >/dev/null || skip "$tool is not installed (see kiosk.sh PACKAGES)"
done
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

# One orientation and language, inside Xvfb. Where to tap, per orientation: the home tiles, the
# first item of a list, the top bar's Home and EN buttons (all found on screenshots of the layout).
cat >"$WORK/inside.sh" <<'INSIDE'
set -euo pipefail
BUILD=$1 DEMO=$2 WORK=$3 OUT=$4 ORIENTATION=$5 LANGUAGE=$6
export QT_QPA_PLATFORM=xcb
LOG=$WORK/$ORIENTATION-$LANGUAGE.log
HEARD=$WORK/$ORIENTATION-$LANGUAGE.heard
printf 'pcm.!default { type file slave.pcm "discard" format "raw" file "|tr -d %s >> %s" }\npcm.discard { type null }\n' \
  "'\\\\000'" "$HEARD" >"$WORK/asound-$ORIENTATION-$LANGUAGE.conf"
export ALSA_CONFIG_PATH=$WORK/asound-$ORIENTATION-$LANGUAGE.conf PULSE_SERVER=unix:$WORK/no-pulse
if [ "$ORIENTATION" = landscape ]; then
  HOME_BUTTON="313 50" EN="1522 50" JOBS="448 620" TRAININGS="960 607" INTERVIEWS="1583 607"
  QUIZ="640 910" LYCEE="1583 910" SEARCH="900 352" FIRST="264 660" FIRST_INTERVIEW="500 400"
  KEYS_C="819 923" KEYS_O="1447 708" KEYS_D="611 815" KEYS_E="611 708"
else
  HOME_BUTTON="313 50" EN="682 50" JOBS="284 739" TRAININGS="791 739" INTERVIEWS="284 1187"
  QUIZ="528 1675" LYCEE="791 1187" SEARCH="528 468" FIRST="284 660" FIRST_INTERVIEW="540 400"
  KEYS_C="431 1797" KEYS_O="915 1631" KEYS_D="270 1714" KEYS_E="270 1631"
fi
fail() { echo "FAIL ($ORIENTATION, $LANGUAGE): $*"; echo "--- kiosk log"; cat "$LOG"; exit 1; }
n=0
shot() {
  sleep 1.2   # transitions and images settle: these are pictures for people, not measurements
  kill -0 "$KIOSK" 2>/dev/null || fail "the kiosk stopped before '$1'"
  n=$((n + 1))
  import -window root "$OUT/$ORIENTATION-$LANGUAGE-$(printf %02d $n)-$1.png"
}
tap() { if [ -n "$1" ]; then xdotool mousemove $1 click 1; fi; }
# section WHERE: back to the home screen, then the tile at WHERE (once the transition is over).
section() { tap "$HOME_BUTTON"; sleep 0.8; tap "$1"; }

"$BUILD/kiosk" --data-dir "$WORK/data-$ORIENTATION-$LANGUAGE" --demo-content "$DEMO" >"$LOG" 2>&1 &
KIOSK=$!
trap 'kill $KIOSK 2>/dev/null || true' EXIT
for _ in $(seq 150); do grep -q "kiosk event=start" "$LOG" && break; sleep 0.2; done
grep -q "kiosk event=start" "$LOG" || fail "the kiosk did not start"
shot attract
tap "540 900"; shot home
[ "$LANGUAGE" = en ] && { tap "$EN"; shot home-en; }
tap "$JOBS"; shot jobs
tap "$FIRST"; shot job
section "$TRAININGS"; shot trainings
section "$INTERVIEWS"; shot interviews
tap "$FIRST_INTERVIEW"; sleep 2; shot interview
[ -s "$HEARD" ] || fail "the interview played without sound"
section "$LYCEE"; shot lycee
section "$QUIZ"; shot quiz
section "$SEARCH"; shot search-keyboard
for key in "$KEYS_C" "$KEYS_O" "$KEYS_D" "$KEYS_E"; do tap "$key"; sleep 0.3; done
shot search-results
kill "$KIOSK"; wait "$KIOSK" 2>/dev/null || true
if grep -E '\.qml:[0-9 ]' "$LOG"; then fail "QML warnings"; fi
echo "PASS ($ORIENTATION, $LANGUAGE): $n screenshots"
INSIDE

for orientation in landscape portrait; do
  size=1920x1080
  [ $orientation = portrait ] && size=1080x1920
  for language in fr en; do
    xvfb-run -a -s "-screen 0 ${size}x24" bash "$WORK/inside.sh" "$BUILD" "$DEMO" "$WORK" "$OUT" $orientation $language
  done
done
echo "Screenshots in $OUT"
