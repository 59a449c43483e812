// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "PackFormat.h"
#include "PackManifest.h"

#include <QByteArray>
#include <QString>

#include <functional>

namespace kiosk {

// Copies one pack file into staging, reading each byte of the stick exactly once: the SHA-256 is
// computed from the very bytes written, so what was verified is what gets used (a stick cannot
// change a file between the check and the use). The copy is NOT fsync'd here (its writeback is only
// started): the importer fsyncs every file of the finished version once, after all writes.
class HashingCopy
{
public:
    // Called after each chunk with its size; returning false stops the copy (cancellation).
    using ChunkCallback = std::function<bool(qint64 chunkBytes)>;

    // Copies source to destination (which must not exist), checking size and hash against the
    // manifest entry. *header receives the first PackFileType::headerBytes bytes.
    static PackError copy(const QString &source, const QString &destination, const ManifestFile &expected,
                          const ChunkCallback &onChunk, QByteArray *header);
};

} // namespace kiosk
