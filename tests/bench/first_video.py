#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The first visitor's first interview, in the real kiosk, run inside an X server: a new kiosk
shows its attract loop for a few seconds, a finger opens the home screen, then the interviews,
then taps the first interview; the time runs from that tap (this script's clock, just before
xdotool) to the kiosk's log line "interview … first picture" (its VideoOutput received the first
decoded frame), read from a pipe as it is written. One new kiosk per run.
Prints "first-video <median ms> <making the screen> <opening the file → first picture>": the same
log line says how long the kiosk took from opening the file (the interview screen made, its video
source set) to that picture; the rest of each run is making the screen (medians of each part).
  first_video.py KIOSK DEMO_CONTENT RUNS      (inside xvfb-run; taps with xdotool)"""
import os
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "soak"))
from soak import HEIGHT, HOME_TILES, INTERVIEW_CARDS, WIDTH  # noqa: E402  (the places on the screens)

ATTRACT_SECONDS = 5   # the loop has started its first excerpt: GStreamer is loaded, as at a fair
FIRST_PICTURE = re.compile(r"first picture (\d+) ms after opening")


class Log(threading.Thread):
    """Reads the kiosk's log as it comes; wait() returns when a line holds a text, and when."""

    def __init__(self, stream):
        super().__init__(daemon=True)
        self.stream, self.lines, self.changed = stream, [], threading.Condition()
        self.start()

    def run(self):
        for line in self.stream:
            with self.changed:
                self.lines.append((time.monotonic(), line))
                self.changed.notify_all()

    def wait(self, text, seconds):
        """(when, the line) of the first line holding text, or None after seconds."""
        deadline = time.monotonic() + seconds
        with self.changed:
            while True:
                for when, line in self.lines:
                    if text in line:
                        return when, line
                if not self.changed.wait(max(0.0, deadline - time.monotonic())):
                    return None


def tap(x, y):
    subprocess.run(["xdotool", "mousemove", str(x), str(y), "click", "1"], check=True)


def one_run(kiosk, demo, work):
    env = dict(os.environ, QT_QPA_PLATFORM="xcb", QT_QUICK_CONTROLS_STYLE="Basic")
    process = subprocess.Popen([kiosk, "--windowed", "--data-dir", work, "--demo-content", demo],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                               errors="replace", env=env)
    log = Log(process.stderr)
    try:
        if log.wait("kiosk event=first_frame", 60) is None:
            return None
        time.sleep(ATTRACT_SECONDS)
        tap(WIDTH // 2, HEIGHT // 2)           # a visitor: the home screen
        time.sleep(1)
        tap(*HOME_TILES["interviews"])
        time.sleep(1.5)
        tapped = time.monotonic()
        tap(*INTERVIEW_CARDS[0])
        shown = log.wait("first picture", 20)
        if shown is None:
            return None
        when, line = shown
        return (when - tapped) * 1000, int(FIRST_PICTURE.search(line).group(1))
    finally:
        process.terminate()
        process.wait(10)


def main():
    kiosk, demo, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])
    found = []
    with tempfile.TemporaryDirectory(prefix="kiosk-first-video-") as work:
        for run in range(runs):
            latency = one_run(kiosk, demo, f"{work}/data-{run}")
            if latency is not None:
                found.append(latency)
    if not found:
        print("first-video nan nan nan")
        return 1
    total = statistics.median(t for t, _ in found)
    screen = statistics.median(t - o for t, o in found)
    print(f"first-video {total:.0f} {screen:.0f} {statistics.median(o for _, o in found):.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
