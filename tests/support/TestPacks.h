// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "update/Minisign.h"
#include "update/PackManifest.h"

#include <QString>

#include <functional>

namespace kiosk::test {

// A staff source folder (docs/authoring.md) the content builder accepts: the example sheets of
// `kioskctl pack init` (app/kioskctl/skeleton) with infos.csv at `version`, plus one interview with
// a video of videoBytes bytes (an MP4 header then filler), its captions and a portrait.
bool writePackSource(const QString &dir, int version, qint64 videoBytes = 3 * 1024 * 1024);

struct TestKey
{
    minisign::SecretKey secret;
    minisign::PublicKey publicKey;
};
TestKey makeKey();

// Builds and signs a pack from a source folder into packDir (PackWriter, then minisign::sign).
bool writePack(const QString &sourceDir, const QString &packDir, const minisign::SecretKey &key);
// Signs packDir/manifest.json as it is.
bool signPack(const QString &packDir, const minisign::SecretKey &key);
// Recomputes size and SHA-256 of every listed file from the disk, applies edit, writes and signs the
// manifest: a pack whose files were changed after it was built, signed again by its author.
bool rehashAndSign(const QString &packDir, const minisign::SecretKey &key,
                   const std::function<void(PackManifest &)> &edit = {});

} // namespace kiosk::test
