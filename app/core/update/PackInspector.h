// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "Minisign.h"
#include "PackFormat.h"
#include "PackManifest.h"

#include <QHash>
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
    QString trustedComment; // covered by the signature (minisign puts a timestamp there); for display:
                            // lossy UTF-8, control characters shown visibly
    // Manifest path → the file's name on the stick when it is stored differently: a name in
    // decomposed Unicode (NFD, as macOS writes "é" as "e" + U+0301) is the manifest's (NFC) name.
    QHash<QString, QString> storedPaths;

    bool ok() const { return error.ok(); }
    // Where a listed file is read: packDir + its name on the stick.
    QString sourcePath(const ManifestFile &file) const;
};

class PackInspector
{
public:
    // keyProblems: what loadKeys() said of the keys it could not read, told to staff when a pack
    // arrives and no key is left to check it.
    PackInspector(QList<minisign::PublicKey> trustedKeys, PackLimits limits, QStringList keyProblems = {});

    // Reads the trusted public keys: each path is a minisign .pub file or a folder of them.
    // Unreadable keys are logged and skipped; *problems (if given) receives one French line for each
    // path or file that gave no key, naming it and why.
    static QList<minisign::PublicKey> loadKeys(const QStringList &paths, QStringList *problems = nullptr);

    const PackLimits &limits() const { return m_limits; }
    PackInfo inspect(const QString &packDir) const;

private:
    PackError checkListing(PackInfo &info) const;

    QList<minisign::PublicKey> m_trustedKeys;
    PackLimits m_limits;
    QStringList m_keyProblems;
};

// Reads a whole small file without following a symlink, refusing special files and anything over
// maxBytes. Used for the manifest, its signature and key files. Refusals: NotFound (no such file or
// folder), NotRegularFile (symlink, special file), IoError (cannot be read: permissions, I/O error;
// the detail says which file and why), ManifestTooLarge (over maxBytes).
bool readSmallFile(const QString &path, qint64 maxBytes, QByteArray *data, PackError *error);

} // namespace kiosk
