// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContentBuilder.h"

#include "AuthoringSource.h"
#include "ContentWriter.h"
#include "Logging.h"
#include "content/ContentStore.h"
#include "content/SchemaMigrator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

#include <unistd.h>

namespace kiosk {
namespace {

bool pragmaSaysOk(QSqlQuery &query, const QString &pragma)
{
    if (!query.exec(pragma))
        return false;
    if (pragma.contains(QLatin1String("foreign_key_check")))
        return !query.next(); // one row per broken reference
    return query.next() && query.value(0).toString() == QLatin1String("ok");
}

QString fillDatabase(QSqlDatabase &db, const AuthoringSource &source, QMap<QString, int> *counts)
{
    QString error;
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA foreign_keys = ON")) || !SchemaMigrator::migrate(db, &error))
        return QStringLiteral("création de la base impossible : %1").arg(error.isEmpty() ? query.lastError().text() : error);
    if (!db.transaction())
        return db.lastError().text();
    error = ContentWriter::write(db, source, counts);
    if (!error.isEmpty()) {
        db.rollback();
        return error;
    }
    if (!db.commit())
        return db.lastError().text();
    if (!pragmaSaysOk(query, QStringLiteral("PRAGMA integrity_check")))
        return QStringLiteral("la base écrite est abîmée (integrity_check)");
    if (!pragmaSaysOk(query, QStringLiteral("PRAGMA foreign_key_check")))
        return QStringLiteral("la base écrite a des références cassées (foreign_key_check)");
    if (!query.exec(QStringLiteral("VACUUM")))
        return query.lastError().text();
    return {};
}

QString writeDatabase(const QString &dir, const AuthoringSource &source, QMap<QString, int> *counts)
{
    const QString connection = QStringLiteral("build-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(QDir(dir).filePath(QLatin1String(ContentStore::kDatabaseFileName)));
        error = db.open() ? fillDatabase(db, source, counts) : db.lastError().text();
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return error;
}

QString copyMedia(const QString &mediaRoot, const QString &dir, const QStringList &files, ContentBuilder::Media media)
{
    for (const QString &file : files) {
        const QString target = QDir(dir).filePath(file);
        if (!QDir().mkpath(QFileInfo(target).absolutePath()))
            return QStringLiteral("impossible de créer le dossier de %1").arg(file);
        QFile source(QDir(mediaRoot).filePath(file));
        if (media == ContentBuilder::Media::HardLink
            && ::link(QFile::encodeName(source.fileName()).constData(), QFile::encodeName(target).constData()) == 0)
            continue;
        if (!source.copy(target))
            return QStringLiteral("copie de %1 impossible : %2").arg(file, source.errorString());
    }
    return {};
}

// SQLite's own words (sqlite3_errstr) for a file system that cannot take the database, as against
// a content it refuses.
bool isStorageError(const QString &message)
{
    return message.contains(QLatin1String("disk is full")) || message.contains(QLatin1String("disk I/O error"))
           || message.contains(QLatin1String("unable to open database file"))
           || message.contains(QLatin1String("readonly database")) || message.contains(QLatin1String("out of memory"));
}

} // namespace

QString ImportProblem::toString() const
{
    QString where = sheet;
    if (row > 0)
        where += QStringLiteral(", ligne %1").arg(row);
    if (!column.isEmpty())
        where += QStringLiteral(", colonne « %1 »").arg(column);
    return where.isEmpty() ? message : where + QStringLiteral(" : ") + message;
}

BuildReport ContentBuilder::build(const QString &sourceDir, const QString &mediaRoot, const QString &outDir,
                                  Media media)
{
    BuildReport report;
    // Past the sheets' checks, what fails is writing the folder, unless SQLite refused the content.
    const auto fail = [&report](const QString &message, bool writing = true) {
        qCWarning(lcAuthoring).noquote() << "content build failed:" << message;
        report.problems.append({{}, 0, {}, message});
        report.counts.clear();
        report.writeFailed = writing;
        report.diskFull = writing && message.contains(QLatin1String("disk is full"));
        return report;
    };
    const QFileInfo out(outDir);
    if (out.exists() || out.isSymLink())
        return fail(QStringLiteral("le dossier de sortie existe déjà : %1").arg(outDir));

    const AuthoringSource source = AuthoringSource::read(sourceDir, mediaRoot);
    if (!source.problems.isEmpty()) {
        qCInfo(lcAuthoring) << "content source has" << source.problems.size() << "problem(s)";
        report.problems = source.problems;
        return report;
    }
    const SheetRow &infos = source.sheet(QStringLiteral("infos.csv")).rows.constFirst();
    report.contentVersion = infos.cells.value(QStringLiteral("version")).toInt();
    report.mediaFiles = source.mediaFiles;

    // Built in a hidden sibling folder, renamed into place only when complete.
    if (!QDir().mkpath(out.absolutePath()))
        return fail(QStringLiteral("impossible de créer le dossier %1").arg(out.absolutePath()));
    QTemporaryDir work(out.absolutePath() + QStringLiteral("/.") + out.fileName() + QStringLiteral("-XXXXXX"));
    if (!work.isValid())
        return fail(QStringLiteral("impossible de créer un dossier de travail : %1").arg(work.errorString()));
    if (const QString error = writeDatabase(work.path(), source, &report.counts); !error.isEmpty())
        return fail(error, isStorageError(error));
    QString error = copyMedia(mediaRoot, work.path(), source.mediaFiles, media);
    if (error.isEmpty() && !QDir().rename(work.path(), out.absoluteFilePath()))
        error = QStringLiteral("impossible de renommer le dossier de travail en %1").arg(outDir);
    if (!error.isEmpty())
        return fail(error);
    work.setAutoRemove(false);
    qCInfo(lcAuthoring) << "content version" << report.contentVersion << "built:" << report.counts
                        << report.mediaFiles.size() << "media files";
    return report;
}

} // namespace kiosk
