// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The kiosk's memory allocator is jemalloc, linked into the executable (not under the sanitizers,
// which bring their own allocator): Allocator.cpp sets it up. glibc's allocator keeps what is freed
// inside its heaps, where Qt's render thread, GStreamer and Mesa leave it scattered: after
// visitors, the kiosk at rest on the attract loop held 10–15 MiB more than with jemalloc set up
// here (docs/benchmarks.md).
namespace Allocator {

// From the first frame on, pages freed go back to the system at once. Before it they wait a
// second: the start frees a lot, and giving each page back as it was freed made the first frame
// ~35 ms later. MALLOC_CONF in the environment, for measurements, is left alone.
void returnFreedPagesAtOnce();

} // namespace Allocator
