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

namespace {

// Why a file could not be opened or read, in French, from errno.
QString readFailure(int error)
{
    switch (error) {
    case EACCES:
    case EPERM:
        return QStringLiteral("accès refusé, voir les droits du fichier");
    case EIO:
        return QStringLiteral("erreur de lecture, support abîmé ou retiré ?");
    default:
        return QStringLiteral("lecture impossible, %1").arg(qt_error_string(error));
    }
}

PackError unreadable(const QString &path, int error)
{
    return PackError::make(PackRefusal::IoError, QStringLiteral("%1 : %2").arg(path, readFailure(error)));
}

// What readSmallFile's refusal means for manifest.json.minisig.
PackError signatureFileError(const PackError &readError)
{
    switch (readError.refusal) {
    case PackRefusal::NotFound:
        return PackError::make(PackRefusal::MissingSignature);
    case PackRefusal::NotRegularFile: // a symlink is refused as everywhere else in a pack
        return readError;
    case PackRefusal::IoError: {
        PackError error = readError;
        error.message = QStringLiteral("Paquet refusé : sa signature (manifest.json.minisig) ne peut pas être lue.");
        return error;
    }
    default:
        return PackError::make(PackRefusal::BadSignature,
                               QStringLiteral("%1 trop gros pour une signature").arg(PackFormat::signatureName));
    }
}

} // namespace

bool readSmallFile(const QString &path, qint64 maxBytes, QByteArray *data, PackError *error)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0) {
        const int why = errno;
        if (why == ENOENT || why == ENOTDIR)
            *error = PackError::make(PackRefusal::NotFound, path);
        else if (why == ELOOP || why == ENXIO) // a symlink (O_NOFOLLOW); a socket
            *error = PackError::make(PackRefusal::NotRegularFile, path);
        else
            *error = unreadable(path, why);
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
            *error = unreadable(path, errno);
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

QString PackInfo::sourcePath(const ManifestFile &file) const
{
    return packDir + QLatin1Char('/') + storedPaths.value(file.path, file.path);
}

PackInspector::PackInspector(QList<minisign::PublicKey> trustedKeys, PackLimits limits, QStringList keyProblems)
    : m_trustedKeys(std::move(trustedKeys))
    , m_limits(limits)
    , m_keyProblems(std::move(keyProblems))
{
}

namespace {

// Why a key file gave no key, in French.
QString keyFileProblem(const PackError &readError, const QString &parseError)
{
    if (!parseError.isEmpty())
        return parseError;
    switch (readError.refusal) {
    case PackRefusal::NotFound:
        return QStringLiteral("fichier introuvable");
    case PackRefusal::NotRegularFile:
        return QStringLiteral("ce n'est pas un fichier ordinaire (lien symbolique ?)");
    case PackRefusal::ManifestTooLarge:
        return QStringLiteral("fichier trop gros pour une clé publique");
    default:
        return QStringLiteral("illisible : ") + readError.detail;
    }
}

} // namespace

QList<minisign::PublicKey> PackInspector::loadKeys(const QStringList &paths, QStringList *problems)
{
    QList<minisign::PublicKey> keys;
    const auto report = [&](const QString &path, const QString &why) {
        if (problems)
            problems->append(QStringLiteral("clé de confiance %1 : %2").arg(PackPath::visible(path), why));
    };
    for (const QString &path : paths) {
        if (!QFileInfo::exists(path)) {
            qCWarning(lcUpdate).noquote() << "trusted keys:" << PackPath::visible(path)
                                          << "does not exist (kiosk.ini [update] trusted_keys)";
            report(path, QStringLiteral("introuvable"));
            continue;
        }
        QStringList files{path};
        if (QFileInfo(path).isDir()) {
            files.clear();
            const QDir dir(path);
            if (!dir.isReadable()) {
                qCWarning(lcUpdate).noquote() << "trusted keys:" << PackPath::visible(path) << "cannot be read";
                report(path, QStringLiteral("dossier illisible (droits du dossier)"));
                continue;
            }
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
                const QString why = keyFileProblem(readError, error);
                qCWarning(lcUpdate).noquote() << "trusted key" << PackPath::visible(file) << "skipped:" << why;
                if (problems && readError.refusal == PackRefusal::IoError)
                    problems->append(QStringLiteral("clé de confiance illisible : ") + readError.detail); // names the file
                else
                    report(file, why);
                continue;
            }
            qCInfo(lcUpdate).noquote() << "trusted key" << key->keyIdHex() << "from" << PackPath::visible(file);
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
            info.error = PackError::make(PackRefusal::NotFound,
                                         QFileInfo(info.packDir).isDir()
                                             ? QStringLiteral("pas de manifest.json dans %1").arg(info.packDir)
                                             : QStringLiteral("dossier introuvable : %1").arg(info.packDir));
        else if (info.error.refusal == PackRefusal::IoError)
            info.error.message = QStringLiteral("Paquet refusé : le fichier manifest.json ne peut pas être lu.");
        return info;
    }
    if (!readSmallFile(dir.filePath(PackFormat::signatureName), m_limits.maxSignatureBytes, &signatureText, &info.error)) {
        info.error = signatureFileError(info.error);
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
        if (!m_trustedKeys.isEmpty())
            info.error = PackError::make(PackRefusal::UnknownKey, QStringLiteral("clé %1").arg(
                                                                      minisign::PublicKey{signature->keyId, {}}.keyIdHex()));
        else if (!m_keyProblems.isEmpty())
            info.error = PackError::make(PackRefusal::UnknownKey, m_keyProblems.join(QStringLiteral(" ; ")));
        else
            info.error = PackError::make(PackRefusal::UnknownKey, QStringLiteral("aucune clé de confiance n'est configurée"));
        return info;
    case minisign::Verdict::BadSignature:
        info.error = PackError::make(PackRefusal::BadSignature);
        return info;
    case minisign::Verdict::BadTrustedComment:
        info.error = PackError::make(PackRefusal::BadSignature, QStringLiteral("commentaire de confiance modifié"));
        return info;
    }
    info.keyId = minisign::PublicKey{signature->keyId, {}}.keyIdHex();
    info.trustedComment = PackPath::visible(signature->trustedComment);

    std::optional<PackManifest> manifest = PackManifest::parse(info.manifestBytes, m_limits, &info.error);
    if (!manifest)
        return info;
    info.manifest = std::move(*manifest);
    info.error = checkListing(info);
    return info;
}

PackError PackInspector::checkListing(PackInfo &info) const
{
    struct Listed
    {
        QString path; // as in the manifest
        qint64 size;
    };
    // By NFC name: the manifest's names never collide after NFC (PackPath::findCollision).
    QHash<QString, Listed> expected;
    for (const ManifestFile &file : info.manifest.files)
        expected.insert(file.path.normalized(QString::NormalizationForm_C), {file.path, file.size});
    QHash<QString, QString> matched; // NFC name → name on the stick
    const QDir root(info.packDir);
    const QStringList reserved{PackFormat::manifestName, PackFormat::signatureName};
    int seen = 0;
    // Only names and lstat() results are read here, never file contents.
    QDirIterator it(info.packDir, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
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
        // A name stored decomposed (a Mac writes "é" as "e" + U+0301) is the manifest's name all the same.
        const QString key = relative.normalized(QString::NormalizationForm_C);
        if (const auto twin = matched.constFind(key); twin != matched.constEnd())
            return PackError::make(PackRefusal::PathCollision, QStringLiteral("« %1 » et « %2 »").arg(*twin, relative));
        const auto listed = expected.constFind(key);
        if (listed == expected.constEnd())
            return PackError::make(PackRefusal::UnlistedFile, relative);
        if (entry.size() != listed->size)
            return PackError::make(PackRefusal::SizeMismatch, QStringLiteral("%1 : %2 octets, %3 attendus")
                                                                 .arg(relative)
                                                                 .arg(entry.size())
                                                                 .arg(listed->size));
        if (relative != listed->path)
            info.storedPaths.insert(listed->path, relative);
        matched.insert(key, relative);
        expected.erase(listed);
    }
    if (!expected.isEmpty())
        return PackError::make(PackRefusal::MissingFile, expected.cbegin()->path);
    return {};
}

} // namespace kiosk
