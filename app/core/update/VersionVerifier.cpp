// SPDX-License-Identifier: GPL-3.0-or-later
#include "VersionVerifier.h"

#include "content/ContentStore.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>

namespace kiosk::VersionVerifier {
namespace {

QString checkDatabase(QSqlDatabase &db, int expectedVersion)
{
    if (!db.open())
        return QStringLiteral("base de contenu illisible");
    QSqlQuery query(db);
    for (const char *pragma : {"PRAGMA trusted_schema = OFF", "PRAGMA cell_size_check = ON", "PRAGMA mmap_size = 0"})
        query.exec(QString::fromLatin1(pragma));
    if (!query.exec(QStringLiteral("PRAGMA integrity_check")) || !query.next()
        || query.value(0).toString() != QLatin1String("ok"))
        return QStringLiteral("la base de contenu est abîmée (integrity_check)");
    if (!query.exec(QStringLiteral("PRAGMA foreign_key_check")) || query.next())
        return QStringLiteral("la base de contenu a des références cassées (foreign_key_check)");
    if (!query.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'version'")) || !query.next()
        || query.value(0).toInt() != expectedVersion)
        return QStringLiteral("la base de contenu n'est pas la version %1").arg(expectedVersion);
    return {};
}

} // namespace

QString verify(const QString &versionDir, int expectedVersion, const QStringList &mediaFiles)
{
    const QDir dir(versionDir);
    const QString connection = QStringLiteral("verify-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(dir.filePath(QLatin1String(ContentStore::kDatabaseFileName)));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        error = QFileInfo::exists(db.databaseName()) ? checkDatabase(db, expectedVersion)
                                                     : QStringLiteral("base de contenu absente");
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    if (!error.isEmpty())
        return error;
    for (const QString &media : mediaFiles) {
        const QFileInfo file(dir.filePath(media));
        if (!file.isFile() || file.isSymLink())
            return QStringLiteral("média manquant : ") + media;
    }
    return {};
}

} // namespace kiosk::VersionVerifier
