// SPDX-License-Identifier: GPL-3.0-or-later
#include "Allocator.h"

#include "Logging.h"

#ifdef KIOSK_JEMALLOC
#include <jemalloc/jemalloc.h>

#include <string>

// jemalloc reads its settings from this string first. One arena and no per-thread caches: a kiosk
// runs few threads, and memory counts more than allocation speed. No "muzzy" stage: a page is
// given back outright, a second after it was freed.
extern "C" {
const char *malloc_conf = "narenas:1,tcache:false,dirty_decay_ms:1000,muzzy_decay_ms:0";
}
#endif

void Allocator::giveBackFreedPages()
{
#ifdef KIOSK_JEMALLOC
    static const std::string allArenas = "arena." + std::to_string(MALLCTL_ARENAS_ALL) + ".purge";
    if (mallctl(allArenas.c_str(), nullptr, nullptr, nullptr, 0) != 0)
        qCWarning(lcApp).noquote() << "allocator: could not give the freed pages back";
#endif
}
