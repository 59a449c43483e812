// SPDX-License-Identifier: GPL-3.0-or-later
#include "PackWriter.h"

#include "FileSync.h"
#include "MediaContainer.h"
#include "PackFileType.h"
#include "PackPath.h"
#include "authoring/ContentBuilder.h"
#include "content/ContentStore.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryDir>

namespace kiosk {
namespace {

// Copies a file, returning the SHA-256 of the bytes written and checking its type from its first bytes.
QString copyHashed(const QString &from, const QString &to, const QString &relative, ManifestFile *entry)
{
    QFile in(from), out(to);
    if (!QDir().mkpath(QFileInfo(to).absolutePath()) || !in.open(QIODevice::ReadOnly)
        || !out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return QStringLiteral("copie impossible de %1 vers %2").arg(from, to);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray header;
    qint64 size = 0;
    while (!in.atEnd()) {
        const QByteArray chunk = in.read(1024 * 1024);
        if (chunk.isEmpty() || out.write(chunk) != chunk.size())
            return QStringLiteral("copie impossible de %1 vers %2").arg(from, to);
        if (header.size() < PackFileType::headerBytes)
            header += chunk.left(PackFileType::headerBytes - header.size());
        hash.addData(chunk);
        size += chunk.size();
    }
    if (!out.flush() || !FileSync::syncFile(to))
        return QStringLiteral("écriture impossible : ") + to;
    if (const QString why = PackFileType::check(relative, header); !why.isEmpty())
        return why;
    if (const QString why = MediaContainer::checkWhole(to, relative); !why.isEmpty())
        return why;
    *entry = {relative, size, hash.result()};
    return {};
}

QString prepareOutput(const QString &outDir, bool replace)
{
    const QDir out(outDir);
    if (!out.exists() || out.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System))
        return QDir().mkpath(outDir) ? QString() : QStringLiteral("impossible de créer ") + outDir;
    if (!replace)
        return QStringLiteral("le dossier %1 n'est pas vide (--replace pour remplacer un ancien paquet)").arg(outDir);
    if (!out.exists(PackFormat::manifestName))
        return QStringLiteral("le dossier %1 n'est pas vide et ne contient pas de paquet : il n'est pas remplacé").arg(outDir);
    QDir(outDir).removeRecursively();
    return QDir().mkpath(outDir) ? QString() : QStringLiteral("impossible de créer ") + outDir;
}

} // namespace

PackWriter::Result PackWriter::write(const QString &sourceDir, const QString &outDir, const Options &options)
{
    Result result;
    QTemporaryDir scratch;
    const QString built = scratch.filePath(QStringLiteral("version"));
    const BuildReport report = ContentBuilder::build(sourceDir, sourceDir, built);
    if (!report.ok()) {
        for (const ImportProblem &problem : report.problems)
            result.problems << problem.toString();
        result.error = QStringLiteral("le contenu comporte %1 erreur(s) : aucun paquet n'a été écrit.")
                           .arg(report.problems.size());
        return result;
    }

    // The sheets, and the media the content uses (a stray file in the source is left out).
    QStringList files = QDir(sourceDir).entryList({QStringLiteral("*.csv")}, QDir::Files, QDir::Name);
    for (const QString &media : report.mediaFiles) {
        if (!files.contains(media))
            files << media;
    }
    for (const QString &file : std::as_const(files)) {
        if (const QString why = PackPath::check(file); !why.isEmpty()) {
            result.error = why;
            return result;
        }
    }
    if (const QString collision = PackPath::findCollision(files); !collision.isEmpty()) {
        result.error = QStringLiteral("noms de fichiers confondus sur une clé USB : ") + collision;
        return result;
    }
    if (QString why = prepareOutput(outDir, options.replace); !why.isEmpty()) {
        result.error = why;
        return result;
    }

    PackManifest &manifest = result.manifest;
    for (const QString &file : std::as_const(files)) {
        ManifestFile entry;
        if (QString why = copyHashed(QDir(sourceDir).filePath(file), QDir(outDir).filePath(file), file, &entry);
            !why.isEmpty()) {
            result.error = why;
            return result;
        }
        manifest.files << entry;
    }
    ContentStore store;
    if (!store.open(built)) {
        result.error = store.errorString();
        return result;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    manifest.contentVersion = report.contentVersion;
    manifest.created = now.toString(Qt::ISODate);
    manifest.title = store.info().title;
    manifest.packId = options.packId.isEmpty()
                          ? QStringLiteral("contenu-v%1-%2").arg(report.contentVersion).arg(now.toString(QStringLiteral("yyyyMMdd")))
                          : options.packId;
    store.close();
    for (const char *table : {"jobs", "trainings", "interviews"}) {
        if (report.counts.contains(QLatin1String(table)))
            manifest.summary.insert(QLatin1String(table), report.counts.value(QLatin1String(table)));
    }

    // The kiosk's own rules on what is about to be signed.
    const QByteArray json = manifest.toJson();
    PackError refusal;
    if (!PackManifest::parse(json, PackLimits{}, &refusal)) {
        result.error = refusal.toString();
        return result;
    }
    QSaveFile manifestFile(QDir(outDir).filePath(PackFormat::manifestName));
    if (!manifestFile.open(QIODevice::WriteOnly) || manifestFile.write(json) != json.size() || !manifestFile.commit()) {
        result.error = QStringLiteral("écriture impossible : ") + manifestFile.fileName();
        return result;
    }
    FileSync::syncDirectory(outDir);
    return result;
}

} // namespace kiosk
