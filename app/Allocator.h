// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The kiosk's memory allocator is jemalloc, linked into the executable (not under the sanitizers,
// which bring their own allocator): Allocator.cpp sets it up. glibc's allocator keeps what is freed
// inside its heaps, where Qt's render thread, GStreamer and Mesa leave it scattered: after
// visitors, the kiosk at rest on the attract loop held 10–15 MiB more than with jemalloc set up
// here (docs/benchmarks.md).
namespace Allocator {

// Pages freed go back to the system a second later, not at once: at once, each video frame freed
// was given back and faulted in again for the next one, so on a software renderer the attract
// loop drew half as many frames for the same CPU, and a reset took ~120 ms instead of ~65
// (docs/benchmarks.md). This gives back at once what is waiting: after the clean-up of a visit.
void giveBackFreedPages();

} // namespace Allocator
