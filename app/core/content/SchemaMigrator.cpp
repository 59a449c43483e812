// SPDX-License-Identifier: GPL-3.0-or-later
#include "SchemaMigrator.h"

#include "DerivedTables.h"
#include "Logging.h"

#include <QDir>
#include <QFile>
#include <QMap>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace kiosk {
namespace {

// Migration number → resource path, from files named NNNN_description.sql.
QMap<int, QString> migrationFiles()
{
    QMap<int, QString> files;
    const QDir dir(QStringLiteral(":/migrations"));
    for (const QString &name : dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
        bool ok = false;
        const int number = name.section(QLatin1Char('_'), 0, 0).toInt(&ok);
        if (ok && number > 0)
            files.insert(number, dir.filePath(name));
    }
    return files;
}

// QSqlQuery runs one statement at a time: split a script on ';' at the end of a line.
// (Migrations keep each statement's ';' last on its line and never inside a string literal.)
QStringList statementsOf(const QString &script)
{
    QStringList statements;
    QString current;
    for (const QString &line : script.split(QLatin1Char('\n'))) {
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(QLatin1String("--")) || trimmed.isEmpty())
            continue;
        current += line + QLatin1Char('\n');
        if (trimmed.endsWith(QLatin1Char(';'))) {
            statements << current.trimmed();
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        statements << current.trimmed();
    return statements;
}

bool exec(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    *error = query.lastError().text() + QStringLiteral(" — in: ") + sql.left(120);
    return false;
}

} // namespace

int SchemaMigrator::latestVersion()
{
    const auto files = migrationFiles();
    return files.isEmpty() ? 0 : files.lastKey();
}

int SchemaMigrator::currentVersion(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

bool SchemaMigrator::migrate(QSqlDatabase &db, QString *error)
{
    return migrateTo(db, latestVersion(), error);
}

bool SchemaMigrator::migrateTo(QSqlDatabase &db, int targetVersion, QString *error)
{
    const int from = currentVersion(db);
    if (from < 0) {
        *error = QStringLiteral("cannot read the schema version: ") + db.lastError().text();
        return false;
    }
    if (from > latestVersion()) {
        *error = QStringLiteral("the content database has schema version %1, newer than this kiosk "
                                "understands (%2): update the kiosk software")
                     .arg(from)
                     .arg(latestVersion());
        return false;
    }
    const auto files = migrationFiles();
    auto first = files.upperBound(from);
    if (first == files.end() || first.key() > targetVersion)
        return true;
    // Every step in one transaction: a failure leaves the content as it was, whole.
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    const auto fail = [&db, error](int version, const QString &why) {
        db.rollback();
        *error = QStringLiteral("migration %1 failed: %2").arg(version).arg(why);
        return false;
    };
    int version = from;
    for (auto it = first; it != files.end() && it.key() <= targetVersion; ++it) {
        version = it.key();
        QFile file(it.value());
        if (!file.open(QIODevice::ReadOnly))
            return fail(version, QStringLiteral("missing ") + it.value());
        QStringList statements = statementsOf(QString::fromUtf8(file.readAll()));
        statements << QStringLiteral("PRAGMA user_version = %1").arg(version);
        for (const QString &statement : std::as_const(statements)) {
            if (!exec(db, statement, error))
                return fail(version, *error);
        }
    }
    // Content written by an older kiosk: the derived tables may have been reshaped (emptied).
    if (from > 0 && version == latestVersion()) {
        if (const QString derived = DerivedTables::rebuild(db); !derived.isEmpty())
            return fail(version, derived);
    }
    if (!db.commit()) {
        *error = db.lastError().text();
        db.rollback();
        return false;
    }
    qCInfo(lcContent) << "content schema migrated from version" << from << "to" << version;
    return true;
}

} // namespace kiosk
