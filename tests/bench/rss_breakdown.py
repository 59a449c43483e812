#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Where a process's resident memory goes: reads copies of /proc/PID/smaps (first_frame.py
--smaps-to FILE writes one) and prints one Markdown table, a column per file, rows in MiB.

  rss_breakdown.py NAME=SMAPS_FILE [NAME=SMAPS_FILE …]

The groups answer the question the memory row raises: how much of the RSS is the software GL
driver (llvmpipe: its LLVM compiler and Mesa, absent from a machine with a GPU), the Qt libraries,
GStreamer and its codecs, and memory the process allocated itself (heap, anonymous maps: this
includes llvmpipe's textures and frame buffers, which live in main memory)."""
import re
import sys

GROUPS = [  # (row, pattern on the mapped file's path); the first that matches wins
    ("software GL driver code (libLLVM, Mesa)", re.compile(r"libLLVM|_dri\.so|libgallium|libglapi|_mesa\.so|libz3")),
    ("Qt libraries and plugins", re.compile(r"libQt6|/qt6/")),
    ("GStreamer, codecs (libav…)", re.compile(r"gstreamer|libgst|libav|libsw|libx26|libflite|libvpx|libdav1d|libaom"
                                             r"|libplacebo|librsvg|libopenh264|libSvt|libcodec2|libzvbi")),
    ("other libraries and files", re.compile(r"^/(?!memfd:|SYSV)")),  # not the JS heap, not X images
]
ANONYMOUS = "allocated by the process (heap, anonymous)"


def breakdown(path):
    totals = {name: 0 for name, _ in GROUPS}
    totals[ANONYMOUS] = 0
    mapping = ""
    with open(path) as smaps:
        for line in smaps:
            if re.match(r"^[0-9a-f]+-[0-9a-f]+ ", line):
                fields = line.split(maxsplit=5)
                mapping = fields[5].strip() if len(fields) > 5 else ""
            elif line.startswith("Rss:"):
                kib = int(line.split()[1])
                group = next((name for name, pattern in GROUPS if pattern.search(mapping)), ANONYMOUS)
                totals[group] += kib
    return totals


def main():
    columns = [argument.split("=", 1) for argument in sys.argv[1:]]
    if not columns or any(len(column) != 2 for column in columns):
        print(__doc__, file=sys.stderr)
        return 2
    tables = [breakdown(path) for _, path in columns]
    print("| RSS (MiB) | " + " | ".join(name for name, _ in columns) + " |")
    print("|---|" + "---:|" * len(columns))
    for row in [name for name, _ in GROUPS] + [ANONYMOUS]:
        print(f"| {row} | " + " | ".join(f"{table[row] / 1024:.1f}" for table in tables) + " |")
    print("| **total** | " + " | ".join(f"**{sum(table.values()) / 1024:.1f}**" for table in tables) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
