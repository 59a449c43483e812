// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: manifest.json comes from a stranger's USB stick before anything else is trusted
// (the signature is checked first, but the parser must hold whatever bytes it is given).
#include "update/PackManifest.h"
#include "update/PackPath.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    kiosk::PackLimits limits;
    limits.maxFiles = 64; // small limits reach the limit checks often
    limits.maxFileBytes = 1 << 20;
    limits.maxTotalBytes = 1 << 22;
    kiosk::PackError error;
    const std::optional<kiosk::PackManifest> manifest = kiosk::PackManifest::parse(bytes, limits, &error);
    if (manifest) {
        // Whatever parses must satisfy the rules it claims, and survive a round trip.
        for (const kiosk::ManifestFile &file : manifest->files) {
            if (!kiosk::PackPath::check(file.path).isEmpty() || file.size < 0 || file.sha256.size() != 32)
                __builtin_trap();
        }
        const std::optional<kiosk::PackManifest> again = kiosk::PackManifest::parse(manifest->toJson(), limits, &error);
        if (!again || again->toJson() != manifest->toJson())
            __builtin_trap();
    } else if (error.ok() || error.message.isEmpty()) {
        __builtin_trap(); // a refusal always says why
    }
    // The path rules alone, on the raw bytes as one path.
    (void)kiosk::PackPath::check(QString::fromUtf8(bytes));
    return 0;
}
