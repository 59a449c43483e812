#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# check-package.sh BUILD_DIR SOURCE_DIR — the Debian package test (ctest label `package`).
# Builds the .deb with cpack from an already built tree, then checks what a technician relies on:
# files and conffiles, Depends (shared libraries and every QML module qml/ imports), lintian
# (no E:), the extracted kiosk seeding a fresh data directory and `kioskctl status` reading it, the
# extracted kiosk on screen under cage, the USB mount script, and `systemd-analyze verify` on the
# units. Parts whose tools are missing are skipped with a note.
set -uo pipefail

build=$(cd "$1" && pwd)
source=$(cd "$2" && pwd)
work=$build/package-test
failures=0

fail() { printf 'FAIL: %s\n' "$*"; failures=$((failures + 1)); }
pass() { printf 'ok: %s\n' "$*"; }
note() { printf 'note: %s\n' "$*"; }

rm -rf "$work"
mkdir -p "$work"

# --- Build the package from this tree (no second build). ---
if ! cpack --config "$build/CPackConfig.cmake" -G DEB -B "$work/out" >"$work/cpack.log" 2>&1; then
    cat "$work/cpack.log"
    echo "FAIL: cpack could not build the package"
    exit 1
fi
deb=$(ls "$work"/out/*.deb 2>/dev/null | head -n 1)
[ -n "$deb" ] || { echo "FAIL: cpack made no .deb"; exit 1; }
pass "built $(basename "$deb") ($(du -h "$deb" | cut -f1))"
package=$(dpkg-deb -f "$deb" Package)

# --- Contents ---
dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./|/|' >"$work/contents.txt"
for path in /usr/bin/kiosk /usr/bin/kioskctl /etc/kiosk/kiosk.ini /etc/default/kiosk \
            /lib/systemd/system/kiosk-session.service /lib/systemd/system/kiosk-usb-mount@.service \
            /lib/udev/rules.d/90-kiosk-usb.rules \
            /usr/libexec/kiosk/kiosk-usb-mount /usr/share/doc/$package/copyright \
            /usr/share/doc/$package/changelog.gz /usr/share/doc/$package/deploy.md \
            /usr/share/doc/$package/guide-personnel.md /usr/share/man/man1/kioskctl.1.gz; do
    grep -qxF "$path" "$work/contents.txt" || fail "the package lacks $path"
done
demo_built=no
[ -f "$build/demo-content/content.sqlite" ] && demo_built=yes
if [ "$demo_built" = yes ]; then
    grep -qxF /usr/share/kiosk/demo-content/content.sqlite "$work/contents.txt" ||
        fail "the package lacks the demo content (/usr/share/kiosk/demo-content/content.sqlite)"
else
    note "this tree builds no demo content: not checking /usr/share/kiosk/demo-content"
fi
if grep -q '^/var/lib/kiosk' "$work/contents.txt"; then
    fail "the package ships files under /var/lib/kiosk (the data directory is the kiosk's own)"
fi

dpkg-deb -e "$deb" "$work/control"
for conffile in /etc/kiosk/kiosk.ini /etc/default/kiosk; do
    grep -qxF "$conffile" "$work/control/conffiles" 2>/dev/null || fail "$conffile is not a conffile"
done
for script in postinst prerm postrm; do
    [ -x "$work/control/$script" ] || { fail "no executable $script"; continue; }
    sh -n "$work/control/$script" || fail "$script: shell syntax error"
done
grep -q 'adduser --quiet --system' "$work/control/postinst" || fail "postinst creates no kiosk user"
pass "contents and control files checked ($(wc -l <"$work/contents.txt") paths)"

# --- Depends: the libraries, and what Qt only loads at run time ---
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
has_dependency() { tr ',' '\n' <<<"$depends" | sed 's/^ *//; s/ .*//' | grep -qxF "$1"; }
required=(libqt6core6 libqt6gui6 libqt6qml6 libqt6quick6 libqt6sql6 libqt6sql6-sqlite
          libsodium23 libqrencode4 libsystemd0 gstreamer1.0-plugins-base gstreamer1.0-plugins-good
          gstreamer1.0-libav gstreamer1.0-alsa fonts-dejavu-core cage xwayland adduser)
for dependency in "${required[@]}"; do
    has_dependency "$dependency" || fail "Depends lacks $dependency"
done
# Every module a QML file of the kiosk imports must come with the package (the app's own "Kiosk"
# module is compiled in). A new `import` in qml/ without its Debian package fails here.
multiarch=$(dpkg-architecture -qDEB_HOST_MULTIARCH)
qml_root=/usr/lib/$multiarch/qt6/qml
modules=$(grep -rhoE '^import +[A-Z][A-Za-z0-9.]*' "$source/qml" | awk '{print $2}' | sort -u)
for module in $modules; do
    [ "$module" = Kiosk ] && continue
    qmldir=$qml_root/${module//.//}/qmldir
    provider=$(dpkg -S "$qmldir" 2>/dev/null | head -n 1 | cut -d: -f1)
    if [ -z "$provider" ]; then
        fail "no installed Debian package provides the QML module $module ($qmldir)"
    elif ! has_dependency "$provider"; then
        fail "qml/ imports $module but Depends lacks $provider"
    fi
done
# The Qt plugins the kiosk loads by name at run time: SQLite, the on-screen keyboard's input context,
# SVG icons, the X11 platform (the session runs it on cage's Xwayland).
for plugin in sqldrivers/libqsqlite.so platforminputcontexts/libqtvirtualkeyboardplugin.so \
              imageformats/libqsvg.so platforms/libqxcb.so; do
    file=/usr/lib/$multiarch/qt6/plugins/$plugin
    provider=$(dpkg -S "$file" 2>/dev/null | head -n 1 | cut -d: -f1)
    if [ -z "$provider" ]; then
        fail "no installed Debian package provides the Qt plugin $file"
    elif ! has_dependency "$provider"; then
        fail "the kiosk loads $plugin but Depends lacks $provider"
    fi
done
pass "Depends covers the libraries, the QML modules ($(echo $modules)) and the Qt plugins"

# --- lintian: no errors ---
if command -v lintian >/dev/null; then
    lintian "$deb" >"$work/lintian.txt" 2>&1
    cat "$work/lintian.txt"
    if grep -q '^E:' "$work/lintian.txt"; then
        fail "lintian reports errors (E:)"
    else
        pass "lintian: no errors ($(grep -c '^W:' "$work/lintian.txt") warnings)"
    fi
else
    note "lintian is not installed: skipped (./kiosk.sh installs it)"
fi

# --- The extracted package runs: first start seeds the data directory, kioskctl reads it ---
root=$work/root
data=$work/data
dpkg -x "$deb" "$root"
if [ "$demo_built" = yes ]; then
    # The kiosk from the package, on a fresh data directory: it installs the demo content it finds
    # beside itself (../share/kiosk/demo-content), then shows it. Stopped once the content is there.
    QT_QPA_PLATFORM=offscreen "$root/usr/bin/kiosk" --data-dir "$data" >"$work/kiosk.log" 2>&1 &
    kiosk_pid=$!
    for _ in $(seq 1 100); do
        [ -e "$data/content/current" ] && break
        kill -0 "$kiosk_pid" 2>/dev/null || break
        sleep 0.2
    done
    kill "$kiosk_pid" 2>/dev/null
    wait "$kiosk_pid" 2>/dev/null
    [ -e "$data/content/current" ] || { cat "$work/kiosk.log"; fail "the packaged kiosk did not seed $data"; }
fi
if "$root/usr/bin/kioskctl" status --data-dir "$data" >"$work/status.txt" 2>&1; then
    status=0
else
    status=$?
fi
cat "$work/status.txt"
if [ "$demo_built" = yes ] && [ "$status" -ne 0 ]; then
    fail "kioskctl status from the package exited with $status"
elif [ "$status" -ne 0 ] && [ "$status" -ne 3 ]; then
    fail "kioskctl status from the package exited with $status"
else
    pass "packaged kioskctl status --data-dir (exit $status)"
fi

# --- The session's stack: the packaged kiosk under cage (wlroots' headless backend, software
# rendering) as an X11 client of its Xwayland, as an unprivileged user, like kiosk-session.service
# runs it; done when a screenshot (grim) shows more than a blank screen. ---
if [ "$demo_built" != yes ]; then
    note "no demo content: the kiosk under cage not tried"
elif ! command -v cage >/dev/null || ! command -v grim >/dev/null || ! command -v Xwayland >/dev/null; then
    note "cage, grim or xwayland missing: the kiosk under cage not tried (./kiosk.sh installs them)"
else
    runtime=$work/runtime
    session_data=$work/session-data
    mkdir -m 0700 "$runtime" "$session_data"
    as_user=()
    if [ "$(id -u)" -eq 0 ]; then   # cage refuses to run as root
        chown nobody:nogroup "$runtime" "$session_data"
        as_user=(setpriv --reuid=nobody --regid=nogroup --clear-groups)
    fi
    "${as_user[@]}" env -i PATH=/usr/bin:/bin HOME="$session_data" XDG_RUNTIME_DIR="$runtime" \
        WLR_BACKENDS=headless WLR_RENDERER=pixman WLR_HEADLESS_OUTPUTS=1 \
        QT_QPA_PLATFORM=xcb \
        cage -- "$root/usr/bin/kiosk" --data-dir "$session_data" >"$work/cage.log" 2>&1 &
    cage_pid=$!
    shown=no
    for _ in $(seq 1 60); do
        sleep 0.5
        kill -0 "$cage_pid" 2>/dev/null || break
        if "${as_user[@]}" env WAYLAND_DISPLAY=wayland-0 XDG_RUNTIME_DIR="$runtime" grim "$runtime/screen.png" 2>/dev/null &&
           [ "$(identify -format '%[fx:standard_deviation>0.05]' "$runtime/screen.png" 2>/dev/null)" = 1 ]; then
            shown=yes
            cp "$runtime/screen.png" "$work/session.png"
            break
        fi
    done
    # Stopped like kiosk-session.service's ExecStop does: the kiosk first, then cage leaves by itself.
    pkill -TERM -P "$cage_pid" -x kiosk
    (sleep 5 && kill "$cage_pid" 2>/dev/null) &
    stopper=$!
    wait "$cage_pid" 2>/dev/null
    cage_status=$?
    kill "$stopper" 2>/dev/null
    if [ "$shown" = yes ]; then
        pass "the packaged kiosk shows its screen under cage (screenshot: $work/session.png)"
    else
        grep -v 'Basic output test failed' "$work/cage.log" | tail -n 30
        fail "the packaged kiosk showed nothing under cage within 30 s"
    fi
    if [ "$cage_status" -eq 0 ]; then
        pass "cage leaves cleanly once the kiosk ends (how the unit stops it)"
    else
        fail "cage did not leave cleanly (status $cage_status) once the kiosk ended"
    fi
fi

# --- The USB mount script, with stand-ins for udevadm, systemd-mount and mount on PATH ---
fakes=$work/fake-bin
mkdir -p "$fakes"
cat >"$fakes/udevadm" <<'FAKE'
#!/bin/sh
printf '%s\n' "ID_FS_TYPE=$FAKE_FS_TYPE" "ID_FS_LABEL=$FAKE_FS_LABEL"
FAKE
cat >"$fakes/systemd-mount" <<'FAKE'
#!/bin/sh
printf '%s\n' "$@" >"$FAKE_LOG"
FAKE
cat >"$fakes/mount" <<'FAKE'
#!/bin/sh
printf '%s\n' "$@" >"$FAKE_LOG.remount"
FAKE
chmod +x "$fakes"/*
usb_mount() {   # usb_mount FS_TYPE LABEL: runs the packaged script on /dev/kiosk-test-sdz1
    rm -f "$work/mount-args.txt" "$work/mount-args.txt.remount"
    env PATH="$fakes:$PATH" KIOSK_USB_ROOT="$work/media" FAKE_LOG="$work/mount-args.txt" \
        FAKE_FS_TYPE="$1" FAKE_FS_LABEL="$2" \
        "$root/usr/libexec/kiosk/kiosk-usb-mount" /dev/kiosk-test-sdz1 2>/dev/null
}
usb_mount vfat "../CLÉ USB/x"
where=$(tail -n 1 "$work/mount-args.txt" 2>/dev/null)
options=$(sed -n 's/^--options=//p' "$work/mount-args.txt" 2>/dev/null)
case "$where" in
    "$work/media/"*/* | *..* | "") fail "USB mount point '$where' is missing or not right under $work/media" ;;
    "$work/media/"*) ;;
    *) fail "USB mount point '$where' is not under $work/media" ;;
esac
for option in ro nosuid nodev noexec; do
    [[ ",$options," == *",$option,"* ]] || fail "USB mount options '$options' lack $option"
done
[ -e "$work/mount-args.txt.remount" ] && fail "a stick without kiosk-export/ was made writable"
usb_mount squashfs PACK
[ -e "$work/mount-args.txt" ] && fail "the USB script mounted an unsupported file system"
usb_mount exfat ""
grep -qxF "$work/media/usb-kiosk-test-sdz1" "$work/mount-args.txt" 2>/dev/null ||
    fail "a stick without a label is not mounted under usb-<device>"
mkdir -p "$work/media/EXPORT/kiosk-export"
usb_mount vfat EXPORT
grep -qx 'remount,rw' "$work/mount-args.txt.remount" 2>/dev/null ||
    fail "a stick with kiosk-export/ was not made writable for the statistics export"
pass "USB mount script: $where with $options"

# --- systemd-analyze verify on the units; the package's own programs are taken from the extracted
# tree, the others (cage, chown) must be installed. ---
if ! command -v systemd-analyze >/dev/null; then
    note "systemd-analyze is not installed: units not verified"
elif ! systemd-analyze verify --man=no "$source/tests/package/probe.service" >"$work/probe.txt" 2>&1; then
    cat "$work/probe.txt"
    note "systemd-analyze cannot verify units on this machine (container?): units not verified"
else
    mkdir -p "$work/units"
    for unit in kiosk-session.service kiosk-usb-mount@.service; do
        sed "s|/usr/libexec/kiosk/|$root/usr/libexec/kiosk/|g" "$root/lib/systemd/system/$unit" \
            >"$work/units/${unit/@./@sdz1.}"
    done
    if systemd-analyze verify --man=no "$work"/units/*.service >"$work/verify.txt" 2>&1 &&
       ! grep -qE 'kiosk-session\.service|kiosk-usb-mount@sdz1\.service' "$work/verify.txt"; then
        pass "systemd-analyze verify: kiosk-session.service, kiosk-usb-mount@.service"
    else
        cat "$work/verify.txt"
        fail "systemd-analyze verify reports problems in the units"
    fi
fi

if [ "$failures" -ne 0 ]; then
    echo "package: $failures check(s) failed (work files in $work)"
    exit 1
fi
echo "package: every check passed"
