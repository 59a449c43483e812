// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "Minisign.h"
#include "PackFormat.h"
#include "PackManifest.h"

#include <QList>
#include <QString>

namespace kiosk {

// A pack found on a stick or in the inbox, after the checks that need no file content: signature of
// the manifest, manifest rules, and the folder's listing (no extra file, no link, no special file,
// sizes as listed). The verified manifest bytes are kept: the import never reads them again.
struct PackInfo
{
    QString packDir;
    PackError error;
    PackManifest manifest;
    QByteArray manifestBytes;
    QString keyId;          // signing key, as minisign prints it
    QString trustedComment; // covered by the signature (minisign puts a timestamp there)

    bool ok() const { return error.ok(); }
};

class PackInspector
{
public:
    PackInspector(QList<minisign::PublicKey> trustedKeys, PackLimits limits);

    // Reads the trusted public keys: each path is a minisign .pub file or a folder of them.
    // Unreadable keys are logged and skipped.
    static QList<minisign::PublicKey> loadKeys(const QStringList &paths);

    const PackLimits &limits() const { return m_limits; }
    PackInfo inspect(const QString &packDir) const;

private:
    PackError checkListing(const QString &packDir, const PackManifest &manifest) const;

    QList<minisign::PublicKey> m_trustedKeys;
    PackLimits m_limits;
};

// Reads a whole small file without following a symlink, refusing special files and anything over
// maxBytes. Used for the manifest, its signature and key files.
bool readSmallFile(const QString &path, qint64 maxBytes, QByteArray *data, PackError *error);

} // namespace kiosk
