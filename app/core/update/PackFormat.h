// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QString>

namespace kiosk {

// The content pack on a stick or in the inbox folder (docs/content-pack.md):
//   kiosk-pack/manifest.json          what the pack holds, every file with its size and SHA-256
//   kiosk-pack/manifest.json.minisig  minisign signature of manifest.json
//   kiosk-pack/<files>                authoring sheets (*.csv at the top) and media
namespace PackFormat {
inline const QString folderName = QStringLiteral("kiosk-pack");
inline const QString manifestName = QStringLiteral("manifest.json");
inline const QString signatureName = QStringLiteral("manifest.json.minisig");
// Staff statistics export (usage statistics issue): a stick carrying this folder asks for an export.
inline const QString exportFolderName = QStringLiteral("kiosk-export");
// The one manifest format this build reads.
constexpr int formatVersion = 1;
} // namespace PackFormat

// What a pack may weigh. A stranger's stick must not exhaust memory, disk or time.
struct PackLimits
{
    qint64 maxManifestBytes = 1024 * 1024;
    qint64 maxSignatureBytes = 16 * 1024;
    int maxFiles = 5000;
    qint64 maxFileBytes = qint64(2) * 1024 * 1024 * 1024;  // one video
    qint64 maxTotalBytes = qint64(16) * 1024 * 1024 * 1024; // the whole pack
    // Kept free on internal storage after an import (logs, analytics, the system).
    qint64 reserveBytes = qint64(256) * 1024 * 1024;
};

// Why a pack is refused (or an import stopped). Every code has a French message for staff.
enum class PackRefusal {
    None,
    NotFound,
    MissingSignature,
    BadSignature,
    UnknownKey,
    UnknownFormat,
    BadManifest,
    ManifestTooLarge,
    BadPath,
    PathCollision,
    NotRegularFile,
    UnlistedFile,
    MissingFile,
    SizeMismatch,
    HashMismatch,
    FileTooLarge,
    TooManyFiles,
    UnsupportedMedia,
    ContentErrors,
    VersionMismatch,
    OldVersion,
    NotEnoughSpace,
    Interrupted,
    Busy,
    IoError,
};

struct PackError
{
    PackRefusal refusal = PackRefusal::None;
    QString message; // plain French for staff: what is wrong and what to do
    QString detail;  // which file, which line… (also French, shown under the message and logged);
                     // make() shows its control characters visibly (PackPath::visible)

    bool ok() const { return refusal == PackRefusal::None; }
    QString toString() const { return detail.isEmpty() ? message : message + QStringLiteral(" (") + detail + QLatin1Char(')'); }
    static PackError make(PackRefusal refusal, const QString &detail = {});
};

// The French sentence that goes with each refusal.
QString refusalMessage(PackRefusal refusal);

} // namespace kiosk
