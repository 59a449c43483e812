#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Reset latency of the real kiosk, run inside an X server: from the end of the "Toujours là ?"
countdown (the kiosk's "visitor event=reset" log line) to the end of the first frame that shows the
attract screen. Prints "reset <median ms> <median frame ms>" — the second figure, the median time
one frame of the same window took during the runs, is the baseline: a reset cannot be faster.

Read from the kiosk's own log with Qt's render-loop log on (one clock, the process's): after the
reset line, the GUI thread's next "polishAndSync: start" is the first frame whose scene includes
the reset; the render thread's next "syncAndRender: start", then its "frame rendered", end it.
  reset_latency.py KIOSK DEMO_CONTENT RUNS      (inside xvfb-run; taps with xdotool)"""
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time

STAMP = re.compile(r"^\s*([0-9.]+) ")
FRAME_MS = re.compile(r"frame rendered in (\d+)ms")
INI = "[idle]\ntimeout = 5\nwarning = 1\nvideo_limit = 0\n[display]\ncursor_visible = true\n"


def wait_for_count(path, pattern, count, seconds):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        with open(path, errors="replace") as log:
            if log.read().count(pattern) >= count:
                return True
        time.sleep(0.1)
    return False


def latencies(lines):
    """(reset → attract frame) in ms for each reset in the log, and every frame's duration."""
    found, frames, reset_at, state = [], [], None, 0
    for line in lines:
        stamp = STAMP.match(line)
        if not stamp:
            continue
        if match := FRAME_MS.search(line):
            frames.append(int(match.group(1)))
        if "visitor event=reset" in line:
            reset_at, state = float(stamp.group(1)), 1
        elif state == 1 and "[gui thread] polishAndSync: start" in line:
            state = 2
        elif state == 2 and "syncAndRender: start" in line:
            state = 3
        elif state == 3 and "frame rendered" in line:
            found.append((float(stamp.group(1)) - reset_at) * 1000)
            state = 0
    return found, frames


def main():
    kiosk, demo, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])
    work = tempfile.mkdtemp(prefix="kiosk-reset-")
    with open(f"{work}/kiosk.ini", "w") as ini:
        ini.write(INI)
    env = dict(os.environ, QT_QPA_PLATFORM="xcb", QT_QUICK_CONTROLS_STYLE="Basic",
               QT_LOGGING_RULES="qt.scenegraph.time.renderloop.debug=true",
               QT_MESSAGE_PATTERN="%{time process} %{category} %{message}")
    log_path = f"{work}/kiosk.log"
    with open(log_path, "w") as log:
        process = subprocess.Popen([kiosk, "--windowed", "--data-dir", f"{work}/data", "--config",
                                    f"{work}/kiosk.ini", "--demo-content", demo],
                                   stdout=log, stderr=subprocess.STDOUT, env=env)
    try:
        if not wait_for_count(log_path, "kiosk event=first_frame", 1, 60):
            print("reset nan nan")
            return 1
        time.sleep(1)
        for run in range(1, runs + 1):
            subprocess.run(["xdotool", "mousemove", "960", "540", "click", "1"], check=True)   # a visitor
            wait_for_count(log_path, "visitor event=start", run, 5)
            time.sleep(0.5)
            subprocess.run(["xdotool", "mousemove", "330", "570", "click", "1"], check=True)   # the jobs
            # 5 s without a touch, 1 s of countdown, then the reset.
            if not wait_for_count(log_path, "visitor event=reset", run, 15):
                print("reset nan nan")
                return 1
            time.sleep(1)
    finally:
        process.terminate()
        process.wait(10)
    with open(log_path, errors="replace") as log:
        found, frames = latencies(log.read().splitlines())
    if len(found) < runs:
        print("reset nan nan")
        return 1
    print(f"reset {statistics.median(found):.0f} {statistics.median(frames):.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
