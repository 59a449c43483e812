// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContentLibrary.h"

#include "CrashPoint.h"
#include "FileSync.h"
#include "Logging.h"
#include "content/ContentStore.h"

#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QSaveFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>

#include <cstdio>
#include <tuple>

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

QString ContentLibrary::journalPath() const
{
    return m_root + QStringLiteral("/links.journal");
}

ContentLibrary::Links ContentLibrary::links() const
{
    const auto target = [this](const QString &name) {
        const QFileInfo link(QDir(m_root).filePath(name));
        return link.isSymLink() ? QDir(m_root).relativeFilePath(link.symLinkTarget()) : QString();
    };
    return {target(kCurrent), target(kPrevious)};
}

bool ContentLibrary::setLinks(const Links &to, const char *crashPoint, QString *error)
{
    const Links now = links();
    for (const auto &[name, target, was] : {std::tuple{kPrevious, to.previous, now.previous},
                                            std::tuple{kCurrent, to.current, now.current}}) {
        const QString link = m_root + QLatin1Char('/') + name;
        if (target != was && target.isEmpty() && (!QFile::remove(link) || !FileSync::syncDirectory(m_root))) {
            *error = QStringLiteral("cannot remove ") + link;
            return false;
        }
        if (target != was && !target.isEmpty() && !FileSync::replaceSymlink(link, target, error))
            return false;
        if (name == kPrevious && crashPoint)
            CrashPoint::hit(crashPoint);
    }
    return true;
}

bool ContentLibrary::switchLinks(const Links &to, const char *crashPoint, QString *error)
{
    const Links from = links();
    const QByteArray pairs =
        QStringList{from.current, from.previous, to.current, to.previous}.join(QLatin1Char('\n')).toUtf8();
    QSaveFile journal(journalPath());
    if (!journal.open(QIODevice::WriteOnly) || journal.write(pairs) != pairs.size() || !journal.commit()
        || !FileSync::syncDirectory(m_root)) {
        *error = QStringLiteral("cannot write %1: %2").arg(journalPath(), journal.errorString());
        return false;
    }
    const bool switched = setLinks(to, crashPoint, error);
    if (!switched) {
        QString undo;
        if (!setLinks(from, nullptr, &undo)) {
            // The journal stays: the next start puts the old pair back.
            qCCritical(lcUpdate).noquote() << "content links half switched, cannot put them back:" << undo;
            return false;
        }
    }
    QFile::remove(journalPath());
    FileSync::syncDirectory(m_root);
    return switched;
}

void ContentLibrary::recoverInterruptedSwitch()
{
    QFile journal(journalPath());
    if (!journal.open(QIODevice::ReadOnly))
        return;
    const QStringList pairs = QString::fromUtf8(journal.readAll()).split(QLatin1Char('\n'));
    journal.close();
    if (pairs.size() == 4 && !(links() == Links{pairs.at(2), pairs.at(3)})) {
        QString error;
        if (!setLinks({pairs.at(0), pairs.at(1)}, nullptr, &error)) {
            qCCritical(lcUpdate).noquote() << "cannot put back the content links of an interrupted switch:" << error;
            return;
        }
        qCWarning(lcUpdate).noquote() << "content links put back as before an interrupted switch: current"
                                      << pairs.at(0) << "previous" << pairs.at(1);
    }
    QFile::remove(journalPath());
    FileSync::syncDirectory(m_root);
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

bool ContentLibrary::install(const QString &completeDir, int version, QString *error, const Accept &accept)
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

    const Links before = links();
    const QString oldActive = activeDir();
    const Links after{kVersions + QLatin1Char('/') + name,
                      oldActive.isEmpty() ? before.previous : QDir(m_root).relativeFilePath(oldActive)};
    if (!switchLinks(after, "install-previous", error))
        return false;
    if (accept && !accept(error)) {
        QString undo;
        if (!switchLinks(before, nullptr, &undo))
            qCCritical(lcUpdate).noquote() << "cannot put back the content that was active:" << undo;
        cleanUp();
        return false;
    }
    qCInfo(lcUpdate).noquote() << "content version" << version << "active in" << destination;
    cleanUp();
    return true;
}

bool ContentLibrary::rollback(QString *error)
{
    const QString active = activeDir();
    const QString previous = previousDir();
    if (previous.isEmpty() || previous == active) {
        *error = QStringLiteral("no previous content version to go back to");
        return false;
    }
    const QDir root(m_root);
    if (!switchLinks({root.relativeFilePath(previous), active.isEmpty() ? QString() : root.relativeFilePath(active)},
                     "rollback-previous", error))
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

void ContentLibrary::clearStaging()
{
    QDir(stagingDir()).removeRecursively();
}

void ContentLibrary::cleanUp()
{
    QLockFile importLock(lockFilePath());
    importLock.setStaleLockTime(0); // only a dead holder makes the lock stale, however long an import
    if (importLock.tryLock(0)) {
        recoverInterruptedSwitch();
        clearStaging();
        importLock.unlock();
    }
    QFile::remove(m_root + QLatin1Char('/') + kCurrent + QStringLiteral(".new"));
    QFile::remove(m_root + QLatin1Char('/') + kPrevious + QStringLiteral(".new"));
    const QString keepActive = activeDir();
    const QString keepPrevious = previousDir();
    if (keepActive.isEmpty() || QFileInfo::exists(journalPath()))
        return; // never delete versions while nothing valid is active or a switch is unfinished: one may be the way back
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
