#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Kiosque Métiers du numérique — one entry point for developers, CI and technicians.
#   ./kiosk.sh run [--windowed] [kiosk options…]   install what is missing, build, start the kiosk
#   ./kiosk.sh test                                same set-up, then every test suite (headless)
#   ./kiosk.sh bench | soak [MINUTES] [--idle] | package    see README.md
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
BUILD=${KIOSK_BUILD_DIR:-$ROOT/build}
JOBS=${KIOSK_JOBS:-$(nproc)}

# Debian 12 packages the build, the tests and the kiosk need (see docs/architecture.md).
PACKAGES=(
  cmake ninja-build g++ pkg-config git
  qt6-base-dev qt6-declarative-dev qt6-declarative-dev-tools qt6-multimedia-dev qt6-tools-dev
  qt6-tools-dev-tools qt6-l10n-tools qt6-virtualkeyboard-dev libqt6sql6-sqlite
  qml6-module-qtqml qml6-module-qtqml-models qml6-module-qtquick qml6-module-qtquick-controls
  qml6-module-qtquick-layouts
  qml6-module-qtquick-window qml6-module-qtquick-templates qml6-module-qtqml-workerscript
  qml6-module-qtmultimedia qml6-module-qttest qml6-module-qtquick-virtualkeyboard
  qml6-module-qt-labs-folderlistmodel qml6-module-qtquick-shapes qt6-virtualkeyboard-plugin libqt6svg6
  gstreamer1.0-plugins-base gstreamer1.0-plugins-good gstreamer1.0-libav gstreamer1.0-alsa libgstreamer1.0-dev
  libsodium-dev libssl-dev minisign libqrencode-dev libsystemd-dev libjemalloc-dev
  sqlite3 fonts-dejavu-core xvfb xauth xdotool imagemagick ffmpeg espeak-ng python3
  dpkg-dev file lintian systemd cage xwayland grim gdb
)

say() { printf 'kiosk.sh: %s\n' "$*" >&2; }

install_missing() {
  local missing=()
  for package in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'ok installed' || missing+=("$package")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  say "installing ${#missing[@]} Debian package(s): ${missing[*]}"
  local sudo=()
  [ "$(id -u)" -eq 0 ] || sudo=(sudo)
  export DEBIAN_FRONTEND=noninteractive
  local log
  log=$(mktemp)
  if ! { "${sudo[@]}" apt-get update -qq && \
         "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"; } >"$log" 2>&1; then
    cat "$log" >&2
    say "package installation failed (see above)"
    exit 1
  fi
  rm -f "$log"
}

build() {
  install_missing
  # Optimised, with line tables only (-g1): backtraces keep their files and lines, and every file
  # compiles about a third faster than with full debug information.
  if [ ! -f "$BUILD/build.ninja" ]; then
    cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
      -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O2 -g1 -DNDEBUG" >/dev/null
  fi
  cmake --build "$BUILD" --parallel "$JOBS" | grep -v '^\[' || true
  # grep swallows the build's status: check it again (a no-op when the build succeeded).
  cmake --build "$BUILD" --parallel "$JOBS" >/dev/null
}

run() {
  build
  local args=(--data-dir "${KIOSK_DATA_DIR:-$BUILD/var}")
  if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    say "no display found. To try the kiosk without a screen, run:"
    say "  xvfb-run -s '-screen 0 1920x1080x24' ./kiosk.sh run --windowed"
    exit 1
  fi
  exec "$BUILD/kiosk" "${args[@]}" "$@"
}

run_tests() {
  build
  local status=0 asan="$BUILD-asan"
  rm -f "$BUILD/Testing/Temporary/LastTestsFailed.log" "$asan/Testing/Temporary/LastTestsFailed.log"
  (cd "$BUILD" && QT_QPA_PLATFORM=offscreen ctest --output-on-failure --timeout 600 -j "$JOBS" "$@") || status=1
  # The core's unit tests again, under AddressSanitizer + UndefinedBehaviorSanitizer (ctest -L unit;
  # the QML module's tests, label gui, run above only).
  if [ ! -f "$asan/build.ninja" ]; then
    cmake -S "$ROOT" -B "$asan" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DKIOSK_SANITIZE=ON >/dev/null
  fi
  say "building the unit tests with ASan + UBSan"
  cmake --build "$asan" --parallel "$JOBS" --target unit_tests >/dev/null || status=1
  (cd "$asan" && QT_QPA_PLATFORM=offscreen ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
     UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
     ctest --output-on-failure --timeout 600 -j "$JOBS" -L unit "$@") || status=1
  [ $status -eq 0 ] || summarize_failures "$BUILD" "$asan"
  return $status
}

# A failing test's own lines again, last: a long run's log is often cut in the middle, where
# ctest printed them.
summarize_failures() {
  say "what failed:"
  local dir
  for dir in "$@"; do
    [ -f "$dir/Testing/Temporary/LastTestsFailed.log" ] || continue
    sed 's/^[0-9]*:/  test /' "$dir/Testing/Temporary/LastTestsFailed.log" >&2
    grep -hE '^(FAIL!|FAIL:|   Loc:)|\.qml:[0-9]+|ERROR: AddressSanitizer|runtime error:' \
      "$dir/Testing/Temporary/LastTest.log" | head -40 >&2 || true
  done
}

# The Debian package (docs/deploy.md) for this machine's architecture, built in its own tree; the
# last line printed is the path of the .deb.
package() {
  BUILD=${KIOSK_PACKAGE_BUILD_DIR:-$ROOT/build-package}
  install_missing
  # Debian's hardening flags (stack protector, fortify, full RELRO, bind now): CMake reads CXXFLAGS
  # and LDFLAGS when it first configures the tree.
  export DEB_BUILD_MAINT_OPTIONS=hardening=+all
  CXXFLAGS="$(dpkg-buildflags --get CPPFLAGS) $(dpkg-buildflags --get CXXFLAGS)"
  LDFLAGS=$(dpkg-buildflags --get LDFLAGS)
  export CXXFLAGS LDFLAGS
  build
  rm -f "$BUILD"/*.deb
  if ! (cd "$BUILD" && cpack -G DEB) >"$BUILD/cpack.log" 2>&1; then
    cat "$BUILD/cpack.log" >&2
    say "cpack failed (see above)"
    exit 1
  fi
  say "package built; to check it: (cd $BUILD && ctest -L package --output-on-failure)"
  ls "$BUILD"/*.deb
}

# Benchmarks (docs/benchmarks.md): one Markdown table, each figure beside its baseline, median of
# KIOSK_BENCH_RUNS runs (default 5).
bench() {
  build >&2   # stdout is the table only
  "$ROOT/tests/bench/run-bench.sh" "$BUILD" "${KIOSK_BENCH_RUNS:-5}"
}

# Endurance (docs/benchmarks.md): the monkey on the real kiosk for MINUTES (default 30), then 40
# content updates and the content-pack manifest fuzzer for KIOSK_FUZZ_SECONDS (default 600).
# With --idle: only the kiosk left alone on its attract loop for MINUTES (a CDI overnight).
soak() {
  local minutes=30 idle=() status=0
  for arg in "$@"; do
    case "$arg" in
      --idle) idle=(--idle) ;;
      --excerpts) idle=(--excerpts) ;;
      *) minutes=$arg ;;
    esac
  done
  build
  "$ROOT/tests/soak/soak.py" --xvfb --kiosk "$BUILD/kiosk" --demo-content "$BUILD/demo-content" \
    --seconds $((minutes * 60)) "${idle[@]}" || status=1
  [ ${#idle[@]} -eq 0 ] || return $status
  "$ROOT/tests/soak/update_soak.py" --xvfb --kiosk "$BUILD/kiosk" --kioskctl "$BUILD/app/kioskctl/kioskctl" \
    --demo-content "$BUILD/demo-content" --source "$ROOT" --packs 40 || status=1
  (cd "$BUILD" && KIOSK_FUZZ_SECONDS=${KIOSK_FUZZ_SECONDS:-600} ctest --output-on-failure -L fuzz) || status=1
  return $status
}

case "${1:-}" in
  run) shift; run "$@" ;;
  test) shift; run_tests "$@" ;;
  build) build ;;
  package) package ;;
  bench) bench ;;
  soak) shift; soak "$@" ;;
  *)
    echo "usage: $0 run [--windowed] | test | build | package | bench | soak [MINUTES] [--idle | --excerpts]" >&2
    exit 2 ;;
esac
