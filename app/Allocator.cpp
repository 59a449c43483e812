// SPDX-License-Identifier: GPL-3.0-or-later
#include "Allocator.h"

#include "Logging.h"

#ifdef KIOSK_JEMALLOC
#include <jemalloc/jemalloc.h>

#include <cerrno>
#include <string>
#include <sys/types.h>

// jemalloc reads its settings from this string first. One arena and no per-thread caches: a kiosk
// runs few threads, and memory counts more than allocation speed. No "muzzy" stage: a page is
// given back outright.
extern "C" {
const char *malloc_conf = "narenas:1,tcache:false,dirty_decay_ms:1000,muzzy_decay_ms:0";
}
#endif

void Allocator::returnFreedPagesAtOnce()
{
#ifdef KIOSK_JEMALLOC
    if (!qEnvironmentVariableIsEmpty("MALLOC_CONF"))
        return;
    ssize_t never = 0;   // milliseconds a freed page waits
    // The default of arenas made later (jemalloc makes one for very big blocks when first needed),
    // then each arena already made.
    bool done = mallctl("arenas.dirty_decay_ms", nullptr, nullptr, &never, sizeof never) == 0;
    unsigned arenas = 0;
    size_t size = sizeof arenas;
    done = done && mallctl("arenas.narenas", &arenas, &size, nullptr, 0) == 0;
    for (unsigned i = 0; done && i < arenas; ++i) {
        // An arena not made yet answers EFAULT; it will take the default set above.
        const std::string name = "arena." + std::to_string(i) + ".dirty_decay_ms";
        const int error = mallctl(name.c_str(), nullptr, nullptr, &never, sizeof never);
        done = error == 0 || error == EFAULT;
    }
    if (!done)
        qCWarning(lcApp).noquote() << "allocator: freed pages keep waiting a second before going back";
#endif
}
