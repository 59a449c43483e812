// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContentStore.h"

#include "Logging.h"
#include "SchemaMigrator.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace kiosk {
namespace {

bool prepare(QSqlDatabase &db, ContentStore::Access access, QString *error);

// Runs the pending migrations of the database at `path` (one transaction: all or nothing).
bool migrateInPlace(const QString &path, QString *error)
{
    const QString name = QStringLiteral("content-migration-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ok = prepare(db, ContentStore::Access::ReadWrite, error);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

// Opens the connection and checks it speaks our schema, migrating it first when it is older.
bool prepare(QSqlDatabase &db, ContentStore::Access access, QString *error)
{
    if (!db.open()) {
        *error = db.lastError().text();
        return false;
    }
    QSqlQuery pragma(db);
    if (!pragma.exec(QStringLiteral("PRAGMA foreign_keys = ON"))) {
        *error = pragma.lastError().text();
        return false;
    }
    if (access == ContentStore::Access::ReadWrite && !SchemaMigrator::migrate(db, error))
        return false;
    int version = SchemaMigrator::currentVersion(db);
    // Content built by an older kiosk (before a software update): brought to this schema once,
    // in place, through a connection of its own, then read as asked.
    if (access == ContentStore::Access::ReadOnly && version >= 0 && version < SchemaMigrator::latestVersion()) {
        if (!migrateInPlace(db.databaseName(), error))
            return false;
        version = SchemaMigrator::currentVersion(db);
    }
    if (version != SchemaMigrator::latestVersion()) {
        *error = QStringLiteral("content schema version %1, this kiosk needs %2")
                     .arg(version)
                     .arg(SchemaMigrator::latestVersion());
        return false;
    }
    return true;
}

} // namespace

ContentStore::ContentStore(QObject *parent)
    : QObject(parent)
    , m_connectionName(QStringLiteral("content-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

ContentStore::~ContentStore()
{
    close();
}

bool ContentStore::open(const QString &contentDir, Access access)
{
    close();
    const QString path = QDir(contentDir).filePath(QLatin1String(kDatabaseFileName));
    QString error;
    bool ok = false;
    if (!QFileInfo::exists(path)) {
        error = QStringLiteral("no content database");
    } else {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(path);
        if (access == Access::ReadOnly)
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        ok = prepare(db, access, &error);
        if (!ok)
            db.close();
    }
    if (!ok) {
        QSqlDatabase::removeDatabase(m_connectionName);
        m_error = QStringLiteral("cannot open %1: %2").arg(path, error);
        qCWarning(lcContent).noquote() << m_error;
        return false;
    }
    m_contentDir = QDir(contentDir).absolutePath();
    qCInfo(lcContent).noquote() << "content opened:" << path << "version" << info().version;
    return true;
}

bool ContentStore::reopen(const QString &contentDir)
{
    if (!open(contentDir))
        return false;
    Q_EMIT reopened();
    return true;
}

void ContentStore::close()
{
    m_error.clear();
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    QSqlDatabase::database(m_connectionName, false).close();
    QSqlDatabase::removeDatabase(m_connectionName);
    m_contentDir.clear();
}

bool ContentStore::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName)
           && QSqlDatabase::database(m_connectionName, false).isOpen();
}

QString ContentStore::errorString() const
{
    return m_error;
}

QString ContentStore::contentDir() const
{
    return m_contentDir;
}

QSqlDatabase ContentStore::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QString ContentStore::mediaPath(const QString &relativePath) const
{
    if (relativePath.isEmpty() || m_contentDir.isEmpty())
        return {};
    return QDir(m_contentDir).filePath(relativePath);
}

ContentInfo ContentStore::info() const
{
    ContentInfo info;
    QSqlQuery query(database());
    if (!query.exec(QStringLiteral("SELECT key, value FROM meta")))
        return info;
    while (query.next()) {
        const QString key = query.value(0).toString();
        const QString value = query.value(1).toString();
        if (key == QLatin1String("version"))
            info.version = value.toInt();
        else if (key == QLatin1String("title"))
            info.title = value;
        else if (key == QLatin1String("created"))
            info.created = value;
        else if (key == QLatin1String("author"))
            info.author = value;
        else if (key == QLatin1String("home_title"))
            info.homeTitle = value;
        else if (key == QLatin1String("home_title_en"))
            info.homeTitleEn = value;
        else if (key == QLatin1String("home_subtitle"))
            info.homeSubtitle = value;
        else if (key == QLatin1String("home_subtitle_en"))
            info.homeSubtitleEn = value;
    }
    return info;
}

int ContentStore::count(const QString &table) const
{
    // Table names cannot be bound: accept only plain identifiers.
    for (const QChar c : table) {
        if (!(c.isLetterOrNumber() || c == QLatin1Char('_')))
            return -1;
    }
    QSqlQuery query(database());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM ") + table) || !query.next())
        return -1;
    return query.value(0).toInt();
}

} // namespace kiosk
