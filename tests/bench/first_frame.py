#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Starts a Qt Quick program, waits for its first rendered frame, and prints
   "<seconds to first frame> <RSS MiB after the frame settles>".

The first frame is read from Qt's own render-loop log (qt.scenegraph.time.renderloop: "frame
rendered"), so it works the same for any binary. The time runs from just before the program is
launched (this script's clock) to the moment that line arrives: loading the libraries counts.
At exposure the render loop logs an empty pass ("in 0ms, sync=0, render=0, swap=0") that presents
nothing: it is skipped.

  first_frame.py [--smaps-to FILE] COMMAND…   (--smaps-to: keeps a copy of /proc/PID/smaps taken
                                              with the RSS, for rss_breakdown.py)"""
import os
import re
import subprocess
import sys
import threading
import time

EMPTY_PASS = re.compile(r"in 0ms, sync=0, render=0, swap=0")
SETTLE_SECONDS = 2.0  # let start-up work after the first frame finish before reading the RSS


def rss_mib(pid):
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def main():
    command, smaps_copy = sys.argv[1:], None
    if command[:1] == ["--smaps-to"]:
        smaps_copy, command = command[1], command[2:]
    env = dict(os.environ)
    env["QT_LOGGING_RULES"] = "qt.scenegraph.time.renderloop.debug=true"
    env["QT_MESSAGE_PATTERN"] = "%{category} %{message}"
    launched = time.monotonic()
    process = subprocess.Popen(command, env=env, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL,
                               text=True, errors="replace")
    first = None
    deadline = time.monotonic() + 60
    try:
        for line in process.stderr:
            if "frame rendered" in line.lower() and not EMPTY_PASS.search(line):
                first = time.monotonic() - launched
                break
            if time.monotonic() > deadline:
                break
        if first is None:
            print("nan nan")
            return 1
        # Keep draining the log so the program never blocks on a full pipe while it settles.
        threading.Thread(target=lambda: [None for _ in process.stderr], daemon=True).start()
        time.sleep(SETTLE_SECONDS)
        if smaps_copy:
            with open(f"/proc/{process.pid}/smaps") as smaps, open(smaps_copy, "w") as copy:
                copy.write(smaps.read())
        print(f"{first:.3f} {rss_mib(process.pid):.1f}")
        return 0
    finally:
        process.kill()
        process.wait()


if __name__ == "__main__":
    sys.exit(main())
