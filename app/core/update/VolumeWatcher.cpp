// SPDX-License-Identifier: GPL-3.0-or-later
#include "VolumeWatcher.h"

#include "Logging.h"
#include "PackFormat.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <fcntl.h>
#include <unistd.h>

namespace kiosk {
namespace {

QStringList subfolders(const QString &dir)
{
    QStringList out;
    const QDir parent(dir);
    for (const QString &name : parent.entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::NoSymLinks))
        out << parent.filePath(name);
    return out;
}

} // namespace

VolumeWatcher::VolumeWatcher(QStringList mountRoots, QString inboxDir, QObject *parent)
    : QObject(parent)
    , m_roots(std::move(mountRoots))
    , m_inbox(std::move(inboxDir))
{
    m_settle.setSingleShot(true);
    m_settle.setInterval(1000);
    connect(&m_settle, &QTimer::timeout, this, &VolumeWatcher::scan);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, &VolumeWatcher::somethingChanged);
}

VolumeWatcher::~VolumeWatcher()
{
    m_mounts.reset();
    if (m_mountsFd >= 0)
        ::close(m_mountsFd);
}

void VolumeWatcher::start()
{
    m_mountsFd = ::open("/proc/self/mounts", O_RDONLY | O_CLOEXEC);
    if (m_mountsFd >= 0) {
        m_mounts = std::make_unique<QSocketNotifier>(m_mountsFd, QSocketNotifier::Exception);
        connect(m_mounts.get(), &QSocketNotifier::activated, this, [this] {
            // The mount table changed: re-arm the notification by reading the file again.
            ::lseek(m_mountsFd, 0, SEEK_SET);
            char buffer[4096];
            while (::read(m_mountsFd, buffer, sizeof buffer) > 0) {
            }
            somethingChanged();
        });
    }
    scan();
}

QStringList VolumeWatcher::candidateFolders() const
{
    // Folders that may hold a kiosk-pack/ (mount points one or two levels below a root; the inbox).
    QStringList folders;
    for (const QString &root : m_roots) {
        for (const QString &level1 : subfolders(root)) {
            folders << level1;
            folders << subfolders(level1);
        }
    }
    if (!m_inbox.isEmpty())
        folders << m_inbox;
    return folders;
}

void VolumeWatcher::somethingChanged()
{
    // A pulled-out stick must stop an import at once, not after the settle time.
    const QStringList known = m_packs;
    for (const QString &pack : known) {
        if (!QFileInfo::exists(pack)) {
            qCInfo(lcUpdate).noquote() << "content pack removed:" << pack;
            m_packs.removeAll(pack);
            Q_EMIT packRemoved(pack);
        }
    }
    m_settle.start();
}

void VolumeWatcher::scan()
{
    const QStringList folders = candidateFolders();
    QStringList packs, exports, watched;
    for (const QString &root : m_roots) {
        if (QFileInfo(root).isDir())
            watched << root;
    }
    for (const QString &folder : folders) {
        if (!QFileInfo(folder).isDir())
            continue;
        watched << folder;
        const QFileInfo pack(folder + QLatin1Char('/') + PackFormat::folderName);
        if (pack.isDir() && !pack.isSymLink()) {
            packs << pack.absoluteFilePath();
            watched << pack.absoluteFilePath();
        }
        const QFileInfo exportDir(folder + QLatin1Char('/') + PackFormat::exportFolderName);
        if (exportDir.isDir() && !exportDir.isSymLink())
            exports << exportDir.absoluteFilePath();
    }
    // Watch exactly what exists now (inotify drops the watch of a folder that goes away).
    const QStringList stale = m_watcher.directories();
    if (!stale.isEmpty())
        m_watcher.removePaths(stale);
    if (!watched.isEmpty())
        m_watcher.addPaths(watched);

    for (const QString &dir : std::as_const(exports)) {
        if (!m_exports.contains(dir)) {
            qCInfo(lcUpdate).noquote() << "export folder found:" << dir;
            Q_EMIT exportFolderFound(dir);
        }
    }
    m_exports = exports;
    // Packs are re-announced after every change below them: an inbox pack may have been rewritten.
    m_packs = packs;
    Q_EMIT packsChanged(m_packs);
}

} // namespace kiosk
