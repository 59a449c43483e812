// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "PackManifest.h"

#include <QString>
#include <QStringList>

namespace kiosk {

// Writes a content pack from a staff source folder (authoring sheets + media, docs/authoring.md):
// the content goes through ContentBuilder — the kiosk's own checks — into a throw-away folder first;
// then the sheets and the media the content references are copied to outDir with manifest.json
// (sizes and SHA-256), and the manifest is checked against the rules the kiosk applies.
// The pack is not signed here (minisign::sign, `kioskctl pack sign` or `minisign -S`).
class PackWriter
{
public:
    struct Options
    {
        QString packId;       // default: "<content version>-<date>"
        bool replace = false; // outDir may hold an older pack (with its manifest.json) to replace
    };

    struct Result
    {
        QString error;        // "" on success (French)
        QStringList problems; // content problems, each located (sheet, row, column)
        PackManifest manifest;
        bool ok() const { return error.isEmpty(); }
    };

    static Result write(const QString &sourceDir, const QString &outDir, const Options &options);
};

} // namespace kiosk
