#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Monkey test of the real kiosk, run inside an X server (xvfb-run): random taps, drags, pauses long
enough for the idle reset, random interview videos — through xdotool, as a visitor's finger would.

It fails (exit 1) when the kiosk crashes, prints a QML warning (".qml:<line>"), misses a systemd
watchdog ping (the kiosk is given a NOTIFY_SOCKET this script listens on, as under systemd), or its
RSS grows more than --max-growth MiB from the second quarter of the run to the last (the first
quarter is warm-up: first screens, video pipeline, keyboard). Growth is read after each reset, as
the median of the readings in the last quarter against the second: the kiosk's own reading after
its clean-up a second after the reset (its journal line `visitor event=cleanup … rss_mib_after=X`:
QML garbage collected, graphics dropped, freed pages given back — the same state every time,
whatever the attract loop shows; a low point, ~30 MiB under the attract loop's RSS once it is drawn
again); without such lines, the RSS on the attract loop 2 s after the reset, which
swings by ~35 MiB (likely: whether an interview excerpt plays at that instant); a run with fewer
than three resets in either quarter compares the medians of all samples instead. RSS is
sampled every 2 s; the first sample is taken on the attract loop 2 s after the first frame, the
last on the attract loop again, 3 s after the reset that follows the last tap. It prints a summary:
interactions, resets, watchdog pings, the RSS curve and the readings after each reset; its last
line is
   soak interactions=N resets=N rss_start_mib=X rss_growth_mib=X rss_end_mib=X rss_max_mib=X
(rss_growth_mib: the growth the gate above judges; ./kiosk.sh bench reads the line for its memory
rows: RSS after start, after the interactions, and that growth).
With --idle nobody touches the kiosk: it stays on its attract loop for the whole run, as a CDI
kiosk does overnight (no resets: growth compares the medians of all samples); at the end one tap
must open a visit.
With --excerpts (implies --idle) the attract loop shows only the interviews' cards, a new one in front
every 2 s: each brings an excerpt's player, made then dropped, the most fragile part of a kiosk left
alone (Qt 6.4's GStreamer player) — an idle day's excerpts in well under an hour. The summary
counts the excerpts opened (the kiosk's kiosk.media debug lines, turned on for every run).
With --smaps-to PREFIX it keeps copies of /proc/PID/smaps at the first and the last sample
(PREFIX.start, PREFIX.end) for tests/bench/rss_breakdown.py: which part of the memory grew.

  soak.py --kiosk BUILD/kiosk --demo-content DIR (--seconds S | --interactions N) [--seed N]
          [--max-growth MIB] [--pace F] [--reset-every N] [--idle] [--excerpts] [--log FILE] [--smaps-to PREFIX]
          [--xvfb]"""
import argparse
import os
import random
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time

WIDTH, HEIGHT = 1920, 1080
IDLE_TIMEOUT, IDLE_WARNING = 5, 2       # the shortest idle delay kiosk.ini allows, and a short countdown
WATCHDOG_USEC = 30_000_000               # as kiosk-session.service (WatchdogSec=30)
# Places on the screens (1920×1080, French; see docs/benchmarks.md). The staff gesture corner
# (top-left) is never tapped: the monkey is a visitor, not staff.
HOME_BUTTON = (312, 50)
HOME_TILES = {"jobs": (330, 570), "trainings": (960, 570), "interviews": (1580, 570),
              "quiz": (650, 890), "lycee": (1580, 890), "search": (960, 350)}
INTERVIEW_CARDS = [(490, 470), (1400, 470), (490, 870), (1400, 870)]
QML_WARNING = re.compile(r"\.qml:\d+")
INI = f"""[idle]
timeout = {IDLE_TIMEOUT}
warning = {IDLE_WARNING}
video_limit = 0
[display]
cursor_visible = true
"""
# --excerpts: interview cards only, the shortest time in front kiosk.ini allows.
EXCERPTS_INI = """[attract]
slide = 2
jobs = false
figures = false
interviews = true
"""
EXCERPT_OPENS = "attract loop: an excerpt opens its video"


def rss_mib(pid):
    try:
        with open(f"/proc/{pid}/status") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except FileNotFoundError:
        pass
    return None


def copy_smaps(pid, prefix, suffix):
    if prefix:
        try:
            shutil.copyfile(f"/proc/{pid}/smaps", f"{prefix}.{suffix}")
        except OSError:
            pass   # the kiosk is gone: the run fails on that


def xdotool(*args):
    subprocess.run(["xdotool", *map(str, args)], check=True)


class Monkey:
    """A visitor with random fingers. Each call of step() is one interaction."""

    def __init__(self, rng, pace, reset_every, at_rest=lambda: None):
        self.rng = rng
        self.at_rest = at_rest            # called on the attract loop, 2 s after each reset
        self.pace = pace                  # multiplies every wait between taps
        self.reset_every = reset_every    # 0: idle pauses at random, else after every N interactions
        self.interactions = 0
        self.pauses = 0

    def wait(self, low, high):
        time.sleep(self.pace * self.rng.uniform(low, high))

    def idle_pause(self):
        """Nobody touches the kiosk: "Toujours là ?", then the reset to the attract loop."""
        self.pauses += 1
        time.sleep(IDLE_TIMEOUT + IDLE_WARNING + 2)   # past the clean-up, 1 s after the reset
        self.at_rest()
        time.sleep(self.rng.uniform(0, 1))

    def tap(self, x, y):
        xdotool("mousemove", x, y, "click", 1)
        self.interactions += 1

    def random_point(self):
        while True:
            x, y = self.rng.randrange(WIDTH), self.rng.randrange(HEIGHT)
            if x > 100 or y > 100:
                return x, y

    def drag(self):
        x, y = self.rng.randrange(200, WIDTH - 200), self.rng.randrange(250, HEIGHT - 250)
        dy = self.rng.choice([-1, 1]) * self.rng.randrange(200, 600)
        xdotool("mousemove", x, y, "mousedown", 1)
        for i in range(1, 6):
            xdotool("mousemove", x, y + dy * i // 5)
            time.sleep(0.02)
        xdotool("mouseup", 1)
        self.interactions += 1

    def open_from_home(self, page):
        self.tap(*HOME_BUTTON)
        self.wait(0.3, 0.3)
        self.tap(*HOME_TILES[page])
        self.wait(0.5, 0.5)

    def step(self):
        if self.reset_every and self.interactions // self.reset_every > self.pauses:
            self.idle_pause()
        choice = self.rng.random()
        if choice < 0.45:
            self.tap(*self.random_point())
        elif choice < 0.60:
            self.drag()
        elif choice < 0.70:
            self.open_from_home("interviews")
            self.tap(*self.rng.choice(INTERVIEW_CARDS))   # a video starts
            self.wait(0.5, 3)
        elif choice < 0.85:
            self.open_from_home(self.rng.choice(list(HOME_TILES)))
        elif choice < 0.97 or self.reset_every:
            self.tap(*HOME_BUTTON)
        else:
            self.idle_pause()
        self.wait(0.05, 0.3)


class WatchdogListener(threading.Thread):
    """The systemd side of sd_notify: records READY=1 and the times of the WATCHDOG=1 pings."""

    def __init__(self, path):
        super().__init__(daemon=True)
        self.socket = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        self.socket.bind(path)
        self.ready = False
        self.pings = []

    def run(self):
        while True:
            message = self.socket.recv(4096).decode(errors="replace")
            if "READY=1" in message:
                self.ready = True
                self.pings.append(time.monotonic())   # the watchdog period starts here
            if "WATCHDOG=1" in message:
                self.pings.append(time.monotonic())

    def longest_gap(self, now):
        times = self.pings + [now]
        return max((b - a for a, b in zip(times, times[1:])), default=0.0)


def thread_backtraces(pid):
    """Every thread's stack of a hung kiosk (gdb), the first frames of each: where it waits."""
    if not shutil.which("gdb"):
        return "(gdb is not installed: no backtrace)"
    try:
        out = subprocess.run(["gdb", "-p", str(pid), "-batch", "-ex", "thread apply all bt 12"],
                             capture_output=True, text=True, timeout=60).stdout
    except subprocess.TimeoutExpired:
        return "(gdb did not answer within 60 s)"
    return "\n".join(line for line in out.splitlines() if line.startswith(("Thread ", "#")))


def start_xvfb():
    """Its own X server on a free display (Xvfb -displayfd); returns the process."""
    read_end, write_end = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write_end), "-screen", "0", f"{WIDTH}x{HEIGHT}x24",
                               "-nolisten", "tcp"], pass_fds=(write_end,), stderr=subprocess.DEVNULL)
    os.close(write_end)
    with os.fdopen(read_end) as display:
        os.environ["DISPLAY"] = ":" + display.readline().strip()
    return server


CLEANUP = re.compile(r"visitor event=cleanup .*rss_mib_after=([0-9.]+)")


def cleanup_readings(log_path):
    """The kiosk's RSS right after each of its clean-ups after a visit (MiB), from its log."""
    with open(log_path, errors="replace") as log:
        return [float(value) for value in CLEANUP.findall(log.read())]


def quarters(readings, end_t):
    """The values of (seconds, value) readings in the second quarter of the run, and in the last."""
    return ([value for t, value in readings if end_t / 4 <= t < end_t / 2],
            [value for t, value in readings if t >= end_t * 3 / 4])


def count_in_log(log_path, pattern):
    with open(log_path, errors="replace") as log:
        return log.read().count(pattern)


def wait_until(condition, seconds, process):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        if process.poll() is not None:
            return False
        time.sleep(0.2)
    return False


def wait_for(log_path, pattern, seconds, process):
    return wait_until(lambda: count_in_log(log_path, pattern) > 0, seconds, process)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kiosk", required=True)
    parser.add_argument("--demo-content", required=True)
    parser.add_argument("--seconds", type=float)
    parser.add_argument("--interactions", type=int)
    parser.add_argument("--seed", type=int, default=int(time.time()))
    parser.add_argument("--max-growth", type=float, default=25.0,
                        help="MiB, last quarter against second quarter (default 25)")
    parser.add_argument("--pace", type=float, default=1.0, help="multiplies the waits between taps (default 1)")
    parser.add_argument("--reset-every", type=int, default=0,
                        help="an idle pause after every N interactions (default: at random, 3 %% of steps)")
    parser.add_argument("--idle", action="store_true", help="no visitor: the attract loop for the whole run")
    parser.add_argument("--excerpts", action="store_true",
                        help="idle, the attract loop showing only interviews, one every 2 s (excerpt players)")
    parser.add_argument("--log", help="keep the kiosk's log here")
    parser.add_argument("--smaps-to", metavar="PREFIX", help="keep the kiosk's smaps at start and end")
    parser.add_argument("--xvfb", action="store_true", help="start an Xvfb of its own")
    args = parser.parse_args()
    if (args.seconds is None) == (args.interactions is None):
        parser.error("give --seconds or --interactions")
    args.idle = args.idle or args.excerpts
    return run_on_display(args, soak)


def run_on_display(args, run):
    """run(args) once xdotool (and Xvfb with --xvfb) and args.demo_content are there, else 77 (a
    skip); with --xvfb on an X server of its own. Stopped from outside (SIGTERM: a time limit, a
    caller's ^C), the kiosk and the X server go too."""
    for tool in ["xdotool"] + (["Xvfb"] if args.xvfb else []):
        if not shutil.which(tool):
            print(f"SKIP: {tool} is not installed (see kiosk.sh PACKAGES)")
            return 77
    if not os.path.isfile(f"{args.demo_content}/content.sqlite"):
        print(f"SKIP: no demo content in {args.demo_content}")
        return 77
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    server = start_xvfb() if args.xvfb else None
    try:
        return run(args)
    finally:
        if server:
            server.terminate()
            server.wait()


def start_kiosk(kiosk, demo_content, work, log_path):
    """The kiosk on demo_content with work/kiosk.ini, data in work/data and a watchdog socket as
    under systemd, its output in log_path: (the process, its WatchdogListener)."""
    watchdog = WatchdogListener(f"{work}/notify")
    watchdog.start()
    env = dict(os.environ, QT_QPA_PLATFORM="xcb", QT_QUICK_CONTROLS_STYLE="Basic",
               NOTIFY_SOCKET=f"{work}/notify", WATCHDOG_USEC=str(WATCHDOG_USEC),
               QT_LOGGING_RULES="kiosk.media.debug=true")
    env.pop("WATCHDOG_PID", None)
    with open(log_path, "w") as log:
        process = subprocess.Popen([kiosk, "--windowed", "--data-dir", f"{work}/data", "--config",
                                    f"{work}/kiosk.ini", "--demo-content", demo_content],
                                   stdout=log, stderr=subprocess.STDOUT, env=env)
    return process, watchdog


def stop_kiosk(kiosk, watchdog):
    """The end of a run: (the kiosk's exit code if it had stopped by itself, else None and it is
    stopped now; every thread's stack if it had missed its watchdog, taken first, else None)."""
    exit_code = kiosk.poll()
    hung_stacks = None
    if exit_code is None and watchdog.longest_gap(time.monotonic()) > WATCHDOG_USEC / 1e6:
        hung_stacks = thread_backtraces(kiosk.pid)   # before it is stopped: where it is stuck
    if exit_code is None:
        kiosk.terminate()
        try:
            kiosk.wait(10)
        except subprocess.TimeoutExpired:
            kiosk.kill()
            kiosk.wait()
    return exit_code, hung_stacks


def soak(args):
    work = tempfile.mkdtemp(prefix="kiosk-soak-")
    with open(f"{work}/kiosk.ini", "w") as ini:
        ini.write(INI + (EXCERPTS_INI if args.excerpts else ""))
    log_path = args.log or f"{work}/kiosk.log"
    kiosk, watchdog = start_kiosk(args.kiosk, args.demo_content, work, log_path)
    problems = []
    samples = []   # (seconds since start, RSS MiB)
    # After each reset: (monotonic time, RSS MiB on the attract loop 2 s after it, the kiosk's own
    # reading after its clean-up or None when it logged none since the last reset).
    at_rest = []
    cleanups_read = 0

    def read_at_rest():
        nonlocal cleanups_read
        cleanups = cleanup_readings(log_path)
        low = cleanups[-1] if len(cleanups) > cleanups_read else None
        cleanups_read = len(cleanups)
        at_rest.append((time.monotonic(), rss_mib(kiosk.pid), low))

    monkey = Monkey(random.Random(args.seed), args.pace, args.reset_every, read_at_rest)
    print(f"soak: seed {args.seed} (rerun the same fingers with --seed {args.seed})", flush=True)
    try:
        if not wait_for(log_path, "kiosk event=first_frame", 60, kiosk):
            problems.append("the kiosk did not show its first frame within 60 s")
        else:
            time.sleep(2)   # start-up work after the first frame
            start = time.monotonic()
            samples.append((0.0, rss_mib(kiosk.pid)))
            copy_smaps(kiosk.pid, args.smaps_to, "start")
            next_sample = start + 2
            while kiosk.poll() is None:
                elapsed = time.monotonic() - start
                if args.seconds is not None and elapsed >= args.seconds:
                    break
                if args.interactions is not None and monkey.interactions >= args.interactions:
                    break
                if args.idle:
                    time.sleep(max(0.0, next_sample - time.monotonic()))
                else:
                    monkey.step()
                if time.monotonic() >= next_sample:
                    samples.append((time.monotonic() - start, rss_mib(kiosk.pid)))
                    next_sample += 2
            if kiosk.poll() is None and not args.idle:
                # The last sample is of the kiosk at rest, as the first: back on the attract loop
                # after a visitor's reset (HOME first: a playing video holds the reset off), past the
                # clean-up a second after the reset.
                monkey.tap(*HOME_BUTTON)
                resets_before = count_in_log(log_path, "visitor event=reset")
                monkey.idle_pause()
                wait_until(lambda: count_in_log(log_path, "visitor event=reset") > resets_before, 30, kiosk)
                time.sleep(3)
            if kiosk.poll() is None:
                samples.append((time.monotonic() - start, rss_mib(kiosk.pid)))
                copy_smaps(kiosk.pid, args.smaps_to, "end")
            if kiosk.poll() is None and args.idle:
                # After the long wait, a visitor: the attract loop must still answer a finger.
                starts_before = count_in_log(log_path, "visitor event=start")
                tapped = time.monotonic()
                monkey.tap(WIDTH // 2, HEIGHT // 2)
                if wait_until(lambda: count_in_log(log_path, "visitor event=start") > starts_before, 10, kiosk):
                    print(f"soak: a tap after the idle run opened the visit within {time.monotonic() - tapped:.1f} s")
                else:
                    problems.append("the attract loop did not answer a tap after the idle run (10 s)")
    finally:
        exit_code, hung_stacks = stop_kiosk(kiosk, watchdog)
        if exit_code is not None:
            problems.append(f"the kiosk stopped during the run (exit code {exit_code})")

    with open(log_path, errors="replace") as log:
        lines = log.read().splitlines()
    warnings = [line for line in lines if QML_WARNING.search(line)]
    if warnings:
        problems.append(f"{len(warnings)} QML warning(s), first: {warnings[0]}")
    resets = sum("visitor event=reset" in line for line in lines)
    excerpts = sum(EXCERPT_OPENS in line for line in lines)
    if not watchdog.ready:
        problems.append("no READY=1 from the kiosk")
    gap = watchdog.longest_gap(time.monotonic()) if exit_code is None else 0.0
    if gap > WATCHDOG_USEC / 1e6:
        problems.append(f"watchdog missed: {gap:.1f} s without a ping (limit {WATCHDOG_USEC / 1e6:.0f} s)")

    samples = [(t, value) for t, value in samples if value is not None]   # None: the kiosk was gone
    rss = [value for _, value in samples]
    if rss:
        end_t = samples[-1][0]
        sample_q2, sample_q4 = quarters(samples, end_t)
        q2 = statistics.median(sample_q2 or [rss[0]])
        q4 = statistics.median(sample_q4 or [rss[-1]])
        rest = [(t - start, value) for t, value, _ in at_rest if value is not None]
        lows = [(t - start, low) for t, _, low in at_rest if low is not None]
        # The first series with three readings in each quarter says how much the kiosk grew.
        growth, read = q4 - q2, "all samples"
        for readings, name in ((lows, "the kiosk's own reading after its clean-up, after each reset"),
                               (rest, "on the attract loop after each reset")):
            second, last = quarters(readings, end_t)
            if len(second) >= 3 and len(last) >= 3:
                growth, read = statistics.median(last) - statistics.median(second), name
                break
        if growth > args.max_growth:
            problems.append(f"RSS grew {growth:.1f} MiB from the second to the last quarter of the run "
                            f"(medians, {read}; bound {args.max_growth:.0f} MiB)")
        curve = " ".join(f"{t:.0f}s:{value:.0f}" for t, value in samples[:: max(1, len(samples) // 15)])
        print(f"soak: RSS MiB over time: {curve} … end {rss[-1]:.0f}")
        if rest:
            print(f"soak: RSS MiB on the attract loop, start then 2 s after each reset: {rss[0]:.0f} "
                  + " ".join(f"{value:.0f}" for _, value in rest))
        if lows:
            print("soak: RSS MiB after the kiosk's clean-up, after each reset: "
                  + " ".join(f"{value:.0f}" for _, value in lows))
        print(f"soak: RSS growth from the second to the last quarter: {growth:.1f} MiB ({read})")
    print(f"soak: {monkey.interactions} interactions, {monkey.pauses} idle pauses, {resets} resets, "
          f"{excerpts} excerpts opened, {len(watchdog.pings)} watchdog notifications (longest gap {gap:.1f} s)")
    for problem in problems:
        print(f"FAIL: {problem}")
    if problems:
        print("--- last lines of the kiosk log")
        print("\n".join(lines[-40:]))
    if hung_stacks:
        print("--- the kiosk's threads when the watchdog had been missed")
        print(hung_stacks)
    if rss:
        print(f"soak interactions={monkey.interactions} resets={resets} rss_start_mib={rss[0]:.1f} "
              f"rss_growth_mib={growth:.1f} rss_end_mib={rss[-1]:.1f} rss_max_mib={max(rss):.1f}")
    shutil.rmtree(work, ignore_errors=True)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
