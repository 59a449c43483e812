#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Content updates, one after another, into a running kiosk that applies them by itself
([update] auto_apply = true, the packs dropped into its inbox as a network share or Syncthing
would), at random moments: on the attract loop while its excerpts open and play, or while a
random visitor (soak.py's monkey) watches an interview, searches or browses.

It fails (exit 1) when a pack is not shown within 30 s (the kiosk's log line "content reloaded in
place"), the kiosk ends on another version than the last pack's, crashes, prints a QML warning,
or misses a systemd watchdog ping (then it prints every thread's stack, as soak.py). Its last line:
   update-soak packs=N reloaded=N held=N longest_ping_gap_s=X
(held: updates the attract loop or the interview screen read once a video had opened).

  update_soak.py --kiosk BUILD/kiosk --kioskctl BUILD/app/kioskctl/kioskctl --demo-content DIR
                 --source ROOT [--packs N] [--seed N] [--xvfb]
(ROOT: the source tree, whose db/content/ sheets and media/ make the packs.)"""
import argparse
import csv
import io
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time

from soak import (INI, QML_WARNING, WATCHDOG_USEC, Monkey, count_in_log, run_on_display, start_kiosk,
                  stop_kiosk, wait_for, wait_until)

RELOADED = "content reloaded in place"
HELD = ("its cards are read again once", "read again once its video has opened")


def kioskctl(tool, *args):
    subprocess.run([tool, *args], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def set_version(infos_csv, version):
    """The content version is the first cell of infos.csv's one row."""
    with open(infos_csv, newline="", encoding="utf-8") as sheet:
        rows = list(csv.reader(sheet))
    rows[1][0] = str(version)
    text = io.StringIO()
    csv.writer(text, lineterminator="\n").writerows(rows)
    with open(infos_csv, "w", encoding="utf-8") as sheet:
        sheet.write(text.getvalue())


def make_packs(tool, root, work, count):
    """Signed packs of versions 2 … count+1 of the demo content, and the key that trusts them."""
    kioskctl(tool, "keygen", "--out", f"{work}/key", "--no-password")
    source = f"{work}/source"
    os.makedirs(source)
    for sheet in os.listdir(f"{root}/db/content"):
        if sheet.endswith(".csv"):
            shutil.copy(f"{root}/db/content/{sheet}", source)
    shutil.copytree(f"{root}/media", f"{source}/media")
    packs = []
    for version in range(2, count + 2):
        set_version(f"{source}/infos.csv", version)
        pack = f"{work}/packs/{version}"
        kioskctl(tool, "pack", "build", source, "-o", pack)
        kioskctl(tool, "pack", "sign", pack, "--key", f"{work}/key.key")
        packs.append((version, pack))
    return packs


def drop(pack, inbox):
    """The pack appears in the inbox at once, whole (renamed into place), the previous one gone."""
    shutil.rmtree(f"{inbox}/kiosk-pack", ignore_errors=True)
    shutil.copytree(pack, f"{inbox}/.incoming")
    os.rename(f"{inbox}/.incoming", f"{inbox}/kiosk-pack")


def active_version(tool, data_dir):
    status = subprocess.run([tool, "--data-dir", data_dir, "status", "--json"], capture_output=True, text=True)
    try:
        return json.loads(status.stdout)["active"]["version"]
    except (ValueError, KeyError, TypeError):
        return None


def run(args):
    work = tempfile.mkdtemp(prefix="kiosk-update-soak-")
    rng = random.Random(args.seed)
    print(f"update-soak: seed {args.seed}, making {args.packs} signed packs", flush=True)
    packs = make_packs(args.kioskctl, args.source, work, args.packs)
    inbox, data = f"{work}/inbox", f"{work}/data"
    os.makedirs(inbox)
    with open(f"{work}/kiosk.ini", "w") as ini:
        ini.write(INI + f"[update]\ntrusted_keys = {work}/key.pub\nmount_roots = {work}/no-stick\n"
                        f"inbox = {inbox}\nauto_apply = true\n")
    log_path = f"{work}/kiosk.log"
    kiosk, watchdog = start_kiosk(args.kiosk, args.demo_content, work, log_path)
    monkey = Monkey(rng, 0.5, 0)
    problems = []
    try:
        if not wait_for(log_path, "kiosk event=first_frame", 60, kiosk):
            problems.append("the kiosk did not show its first frame within 60 s")
        for shown, (version, pack) in enumerate(packs if not problems else [], start=1):
            # Between two packs: the attract loop alone, or a visitor (who leaves, or not).
            if rng.random() < 0.5:
                time.sleep(rng.uniform(0.5, 8))
            else:
                for _ in range(rng.randint(2, 10)):
                    monkey.step()
            drop(pack, inbox)
            if not wait_until(lambda: count_in_log(log_path, RELOADED) >= shown, 30, kiosk):
                if kiosk.poll() is None:   # else: the kiosk stopped, said below
                    problems.append(f"version {version} not shown 30 s after its pack appeared")
                break
        if not problems and kiosk.poll() is None:
            time.sleep(3)
    finally:
        gap = watchdog.longest_gap(time.monotonic())
        exit_code, hung_stacks = stop_kiosk(kiosk, watchdog)
        if exit_code is not None:
            problems.append(f"the kiosk stopped during the run (exit code {exit_code})")
    if gap > WATCHDOG_USEC / 1e6:
        problems.append(f"watchdog missed: {gap:.1f} s without a ping")
    if hung_stacks:
        print(f"--- the kiosk's threads when the watchdog had been missed\n{hung_stacks}")
    with open(log_path, errors="replace") as log:
        text = log.read()
    problems += [f"QML warning: {line}" for line in text.splitlines() if QML_WARNING.search(line)]
    last, active = packs[-1][0], active_version(args.kioskctl, data)
    if not problems and active != last:
        problems.append(f"the kiosk ended on version {active}, not {last}")
    reloaded = text.count(RELOADED)
    held = sum(text.count(h) for h in HELD)
    print("\n".join(f"FAIL: {p}" for p in problems) or "update-soak: every pack shown in turn")
    print(f"update-soak packs={len(packs)} reloaded={reloaded} held={held} longest_ping_gap_s={gap:.1f}")
    if problems:
        print(f"(the kiosk's log: {log_path})")
    else:
        shutil.rmtree(work, ignore_errors=True)
    return 1 if problems else 0


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kiosk", required=True)
    parser.add_argument("--kioskctl", required=True)
    parser.add_argument("--demo-content", required=True)
    parser.add_argument("--source", required=True, help="the source tree (db/content, media)")
    parser.add_argument("--packs", type=int, default=20)
    parser.add_argument("--seed", type=int, default=int(time.time()))
    parser.add_argument("--xvfb", action="store_true", help="start an Xvfb of its own")
    return run_on_display(parser.parse_args(), run)


if __name__ == "__main__":
    sys.exit(main())
