// SPDX-License-Identifier: GPL-3.0-or-later
#include "PackInspector.h"

#include "Logging.h"
#include "PackPath.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace kiosk {

bool readSmallFile(const QString &path, qint64 maxBytes, QByteArray *data, PackError *error)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0) {
        *error = PackError::make(errno == ELOOP ? PackRefusal::NotRegularFile : PackRefusal::NotFound, path);
        return false;
    }
    struct stat status;
    bool ok = ::fstat(fd, &status) == 0 && S_ISREG(status.st_mode);
    if (!ok)
        *error = PackError::make(PackRefusal::NotRegularFile, path);
    data->clear();
    char buffer[16384];
    while (ok) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            *error = PackError::make(PackRefusal::IoError, path);
            ok = false;
        } else if (n == 0) {
            break;
        } else {
            data->append(buffer, n);
            if (data->size() > maxBytes) {
                *error = PackError::make(PackRefusal::ManifestTooLarge, QFileInfo(path).fileName());
                ok = false;
            }
        }
    }
    ::close(fd);
    return ok;
}

PackInspector::PackInspector(QList<minisign::PublicKey> trustedKeys, PackLimits limits)
    : m_trustedKeys(std::move(trustedKeys))
    , m_limits(limits)
{
}

QList<minisign::PublicKey> PackInspector::loadKeys(const QStringList &paths)
{
    QList<minisign::PublicKey> keys;
    for (const QString &path : paths) {
        if (!QFileInfo::exists(path)) {
            qCWarning(lcUpdate).noquote() << "trusted keys:" << path
                                          << "does not exist (kiosk.ini [update] trusted_keys)";
            continue;
        }
        QStringList files{path};
        if (QFileInfo(path).isDir()) {
            files.clear();
            const QDir dir(path);
            for (const QString &name : dir.entryList({QStringLiteral("*.pub")}, QDir::Files, QDir::Name))
                files << dir.filePath(name);
        }
        for (const QString &file : std::as_const(files)) {
            QByteArray text;
            PackError readError;
            QString error;
            std::optional<minisign::PublicKey> key;
            if (readSmallFile(file, 4096, &text, &readError))
                key = minisign::parsePublicKey(text, &error);
            if (!key) {
                qCWarning(lcUpdate).noquote() << "trusted key" << file << "skipped:"
                                              << (error.isEmpty() ? readError.toString() : error);
                continue;
            }
            qCInfo(lcUpdate).noquote() << "trusted key" << key->keyIdHex() << "from" << file;
            keys << *key;
        }
    }
    return keys;
}

PackInfo PackInspector::inspect(const QString &packDir) const
{
    PackInfo info;
    info.packDir = QDir(packDir).absolutePath();
    const QDir dir(info.packDir);
    QByteArray signatureText;
    if (!readSmallFile(dir.filePath(PackFormat::manifestName), m_limits.maxManifestBytes, &info.manifestBytes,
                       &info.error)) {
        if (info.error.refusal == PackRefusal::NotFound)
            info.error = PackError::make(PackRefusal::BadManifest, QStringLiteral("manifest.json absent ou illisible"));
        return info;
    }
    if (!readSmallFile(dir.filePath(PackFormat::signatureName), m_limits.maxSignatureBytes, &signatureText, &info.error)) {
        info.error = PackError::make(info.error.refusal == PackRefusal::NotFound ? PackRefusal::MissingSignature
                                                                                 : PackRefusal::BadSignature,
                                     info.error.detail);
        return info;
    }

    // The signature first: nothing of an unsigned manifest is parsed or shown.
    QString why;
    const std::optional<minisign::Signature> signature = minisign::parseSignature(signatureText, &why);
    if (!signature) {
        info.error = PackError::make(PackRefusal::BadSignature, why);
        return info;
    }
    switch (minisign::verify(info.manifestBytes, *signature, m_trustedKeys)) {
    case minisign::Verdict::Valid:
        break;
    case minisign::Verdict::UnknownKey:
        info.error = PackError::make(PackRefusal::UnknownKey,
                                     m_trustedKeys.isEmpty()
                                         ? QStringLiteral("aucune clé de confiance n'est configurée")
                                         : QStringLiteral("clé %1").arg(minisign::PublicKey{signature->keyId, {}}.keyIdHex()));
        return info;
    case minisign::Verdict::BadSignature:
        info.error = PackError::make(PackRefusal::BadSignature);
        return info;
    case minisign::Verdict::BadTrustedComment:
        info.error = PackError::make(PackRefusal::BadSignature, QStringLiteral("commentaire de confiance modifié"));
        return info;
    }
    info.keyId = minisign::PublicKey{signature->keyId, {}}.keyIdHex();
    info.trustedComment = signature->trustedComment;

    std::optional<PackManifest> manifest = PackManifest::parse(info.manifestBytes, m_limits, &info.error);
    if (!manifest)
        return info;
    info.manifest = std::move(*manifest);
    info.error = checkListing(info.packDir, info.manifest);
    return info;
}

PackError PackInspector::checkListing(const QString &packDir, const PackManifest &manifest) const
{
    QHash<QString, qint64> expected; // path → size
    for (const ManifestFile &file : manifest.files)
        expected.insert(file.path, file.size);
    const QDir root(packDir);
    const QStringList reserved{PackFormat::manifestName, PackFormat::signatureName};
    int seen = 0;
    // Only names and lstat() results are read here, never file contents.
    QDirIterator it(packDir, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo entry(it.next());
        const QString relative = root.relativeFilePath(entry.filePath());
        if (++seen > m_limits.maxFiles * 2 + 16)
            return PackError::make(PackRefusal::TooManyFiles);
        if (entry.isSymLink() || !(entry.isDir() || entry.isFile()))
            return PackError::make(PackRefusal::NotRegularFile, relative);
        if (entry.isDir() || reserved.contains(relative))
            continue;
        const auto listed = expected.constFind(relative);
        if (listed == expected.constEnd())
            return PackError::make(PackRefusal::UnlistedFile, relative);
        if (entry.size() != *listed)
            return PackError::make(PackRefusal::SizeMismatch, QStringLiteral("%1 : %2 octets, %3 attendus")
                                                                 .arg(relative)
                                                                 .arg(entry.size())
                                                                 .arg(*listed));
        expected.erase(listed);
    }
    if (!expected.isEmpty())
        return PackError::make(PackRefusal::MissingFile, expected.keys().constFirst());
    return {};
}

} // namespace kiosk
