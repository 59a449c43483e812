// SPDX-License-Identifier: GPL-3.0-or-later
#include "FileSync.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace kiosk::FileSync {
namespace {

bool syncPath(const QString &path, int flags)
{
    const int fd = ::open(QFile::encodeName(path).constData(), flags | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

QString systemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

} // namespace

bool syncDirectory(const QString &path)
{
    return syncPath(path, O_RDONLY | O_DIRECTORY);
}

bool syncFile(const QString &path)
{
    return syncPath(path, O_RDONLY);
}

bool syncTree(const QString &root, QString *error)
{
    QStringList paths{root};
    QDirIterator it(root, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        paths << it.next();
    // Folders too: a new name in a folder is durable only once that folder is synced.
    for (const QString &path : std::as_const(paths)) {
        const QFileInfo entry(path);
        if (entry.isSymLink()) {
            *error = QStringLiteral("fsync %1: symlink").arg(path);
            return false;
        }
        if (!(entry.isFile() ? syncFile(path) : syncDirectory(path))) {
            *error = QStringLiteral("fsync %1: %2").arg(path, systemError());
            return false;
        }
    }
    return true;
}

bool replaceSymlink(const QString &link, const QString &target, QString *error)
{
    const QString temporary = link + QStringLiteral(".new");
    QFile::remove(temporary);
    if (::symlink(QFile::encodeName(target).constData(), QFile::encodeName(temporary).constData()) != 0) {
        *error = QStringLiteral("symlink %1: %2").arg(temporary, systemError());
        return false;
    }
    if (::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(link).constData()) != 0) {
        *error = QStringLiteral("rename %1: %2").arg(link, systemError());
        QFile::remove(temporary);
        return false;
    }
    if (!syncDirectory(QFileInfo(link).absolutePath())) {
        *error = QStringLiteral("fsync %1: %2").arg(QFileInfo(link).absolutePath(), systemError());
        return false;
    }
    return true;
}

bool copyTree(const QString &from, const QString &to, QString *error)
{
    // Absolute, so that the entries' paths relative to it are (a relative "build/x" would not be).
    const QDir source(QFileInfo(from).absoluteFilePath());
    if (!QDir().mkpath(to)) {
        *error = QStringLiteral("cannot create ") + to;
        return false;
    }
    QDirIterator it(source.path(), QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo entry(it.next());
        const QString target = QDir(to).filePath(source.relativeFilePath(entry.filePath()));
        if (entry.isSymLink() || !(entry.isFile() || entry.isDir())) {
            *error = QStringLiteral("refusing to copy %1: not a plain file").arg(entry.filePath());
            return false;
        }
        if (entry.isDir()) {
            if (!QDir().mkpath(target)) {
                *error = QStringLiteral("cannot create ") + target;
                return false;
            }
            continue;
        }
        QFile::remove(target);
        if (!QFile::copy(entry.filePath(), target)) {
            *error = QStringLiteral("cannot copy %1 to %2").arg(entry.filePath(), target);
            return false;
        }
    }
    return syncTree(to, error);
}

bool writeAll(int fd, const char *data, qint64 size)
{
    while (size > 0) {
        const ssize_t n = ::write(fd, data, size_t(size));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        data += n;
        size -= n;
    }
    return true;
}

} // namespace kiosk::FileSync
