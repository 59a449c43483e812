// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContentLibrary.h"

#include "CrashPoint.h"
#include "FileSync.h"
#include "Logging.h"
#include "content/ContentStore.h"

#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>

#include <cstdio>

namespace kiosk {
namespace {

const QString kCurrent = QStringLiteral("current");
const QString kPrevious = QStringLiteral("previous");
const QString kVersions = QStringLiteral("versions");

} // namespace

ContentLibrary::ContentLibrary(const QString &contentRoot)
    : m_root(QDir(contentRoot).absolutePath())
{
}

QString ContentLibrary::stagingDir() const
{
    return m_root + QStringLiteral("/staging");
}

QString ContentLibrary::lockFilePath() const
{
    return m_root + QStringLiteral("/import.lock");
}

QString ContentLibrary::linkTarget(const QString &linkName) const
{
    const QFileInfo link(QDir(m_root).filePath(linkName));
    if (!link.isSymLink())
        return {};
    const QFileInfo target(link.symLinkTarget());
    if (!QFileInfo::exists(QDir(target.filePath()).filePath(QLatin1String(ContentStore::kDatabaseFileName))))
        return {};
    return target.canonicalFilePath();
}

QString ContentLibrary::activeDir() const
{
    return linkTarget(kCurrent);
}

QString ContentLibrary::previousDir() const
{
    return linkTarget(kPrevious);
}

int ContentLibrary::versionOf(const QString &versionDir)
{
    const QString connection = QStringLiteral("version-") + QUuid::createUuid().toString();
    int version = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(QDir(versionDir).filePath(QLatin1String(ContentStore::kDatabaseFileName)));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'version'")) && query.next())
                version = query.value(0).toInt();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return version;
}

QString ContentLibrary::uniqueVersionName(int version) const
{
    const QDir versions(m_root + QLatin1Char('/') + kVersions);
    QString name = QString::number(version);
    for (int n = 2; versions.exists(name); ++n)
        name = QStringLiteral("%1.%2").arg(version).arg(n);
    return name;
}

bool ContentLibrary::install(const QString &completeDir, int version, QString *error)
{
    const QString versionsDir = m_root + QLatin1Char('/') + kVersions;
    if (!QDir().mkpath(versionsDir)) {
        *error = QStringLiteral("cannot create ") + versionsDir;
        return false;
    }
    const QString name = uniqueVersionName(version);
    const QString destination = versionsDir + QLatin1Char('/') + name;
    if (::rename(QFile::encodeName(completeDir).constData(), QFile::encodeName(destination).constData()) != 0) {
        *error = QStringLiteral("cannot move %1 to %2").arg(completeDir, destination);
        return false;
    }
    FileSync::syncDirectory(versionsDir);
    FileSync::syncDirectory(QFileInfo(completeDir).absolutePath());
    CrashPoint::hit("install-moved");

    // previous first: a cut between the two steps leaves current == previous, both complete.
    const QString oldActive = activeDir();
    if (!oldActive.isEmpty()
        && !FileSync::replaceSymlink(m_root + QLatin1Char('/') + kPrevious,
                                     QDir(m_root).relativeFilePath(oldActive), error))
        return false;
    CrashPoint::hit("install-previous");
    if (!FileSync::replaceSymlink(m_root + QLatin1Char('/') + kCurrent, kVersions + QLatin1Char('/') + name, error))
        return false;
    qCInfo(lcUpdate).noquote() << "content version" << version << "active in" << destination;
    cleanUp();
    return true;
}

bool ContentLibrary::rollback(QString *error)
{
    const QString active = activeDir();
    const QString previous = previousDir();
    if (previous.isEmpty()) {
        *error = QStringLiteral("no previous content version to go back to");
        return false;
    }
    if (!FileSync::replaceSymlink(m_root + QLatin1Char('/') + kCurrent, QDir(m_root).relativeFilePath(previous), error))
        return false;
    if (!active.isEmpty()
        && !FileSync::replaceSymlink(m_root + QLatin1Char('/') + kPrevious, QDir(m_root).relativeFilePath(active), error))
        return false;
    qCInfo(lcUpdate).noquote() << "rolled back to" << previous;
    return true;
}

bool ContentLibrary::seedIfEmpty(const QString &builtContentDir, QString *error)
{
    if (!activeDir().isEmpty())
        return true;
    const int version = versionOf(builtContentDir);
    if (version <= 0) {
        *error = QStringLiteral("no usable content in ") + builtContentDir;
        return false;
    }
    const QString work = stagingDir() + QStringLiteral("/seed");
    QDir(work).removeRecursively();
    if (!FileSync::copyTree(builtContentDir, work, error))
        return false;
    qCInfo(lcUpdate).noquote() << "seeding content version" << version << "from" << builtContentDir;
    return install(work, version, error);
}

void ContentLibrary::cleanUp()
{
    QLockFile importLock(lockFilePath());
    importLock.setStaleLockTime(0); // only a dead holder makes the lock stale, however long an import
    if (importLock.tryLock(0)) {
        QDir(stagingDir()).removeRecursively();
        importLock.unlock();
    }
    QFile::remove(m_root + QLatin1Char('/') + kCurrent + QStringLiteral(".new"));
    QFile::remove(m_root + QLatin1Char('/') + kPrevious + QStringLiteral(".new"));
    const QString keepActive = activeDir();
    const QString keepPrevious = previousDir();
    if (keepActive.isEmpty())
        return; // never delete versions while nothing valid is active: one may be the way back
    const QDir versions(m_root + QLatin1Char('/') + kVersions);
    for (const QFileInfo &entry : versions.entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QString path = entry.canonicalFilePath();
        if (path != keepActive && path != keepPrevious) {
            qCInfo(lcUpdate).noquote() << "removing old content version" << path;
            QDir(path).removeRecursively();
        }
    }
}

} // namespace kiosk
