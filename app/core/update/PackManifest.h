// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "PackFormat.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace kiosk {

struct ManifestFile
{
    QString path;      // relative, '/'-separated, checked by PackPath::check
    qint64 size = 0;
    QByteArray sha256; // 32 raw bytes
};

// manifest.json of a content pack (see docs/content-pack.md). Parsing is strict: an unknown key, a
// wrong type, a bad path or a limit exceeded refuses the whole manifest.
struct PackManifest
{
    int formatVersion = PackFormat::formatVersion;
    QString packId;
    int contentVersion = 0;
    QString created; // ISO 8601 date or date-time, as written
    QString title;
    QMap<QString, int> summary; // optional counts shown to staff: "jobs", "interviews", "trainings"…
    QList<ManifestFile> files;

    qint64 totalBytes() const;
    // Files whose extension is a video container (.mp4, .m4v, .webm).
    int videoCount() const;
    // Of those, the MP4 ones (.mp4, .m4v): H.264 costs the kiosk more memory than WebM.
    int mp4Count() const;

    static std::optional<PackManifest> parse(const QByteArray &json, const PackLimits &limits, PackError *error);
    // Canonical JSON (sorted keys, indented), the bytes that get signed.
    QByteArray toJson() const;
};

} // namespace kiosk
