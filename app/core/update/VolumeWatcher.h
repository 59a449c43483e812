// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QFileSystemWatcher>
#include <QObject>
#include <QSocketNotifier>
#include <QStringList>
#include <QTimer>

#include <memory>

namespace kiosk {

// Notices content packs appearing and disappearing, without busy polling:
//  - USB sticks mounted under the mount roots (default /media, /run/media, /mnt): a pack is
//    <root>/<volume>/kiosk-pack or <root>/<user or kiosk>/<volume>/kiosk-pack;
//  - the inbox folder (a network share or a Syncthing folder): <inbox>/kiosk-pack.
// Inotify (QFileSystemWatcher) watches the roots, the folders below them and the packs; the mount
// table (/proc/self/mounts, which signals changes as an exceptional condition) catches a stick
// mounted on a folder that already existed. Changes are gathered for a short while (files still
// being written) before the folders are scanned again.
class VolumeWatcher : public QObject
{
    Q_OBJECT
public:
    VolumeWatcher(QStringList mountRoots, QString inboxDir, QObject *parent = nullptr);
    ~VolumeWatcher() override;

    // Scans now and starts watching.
    void start();
    QStringList packDirs() const { return m_packs; }
    // How long changes are gathered before a scan (tests shorten it).
    void setSettleTime(int milliseconds) { m_settle.setInterval(milliseconds); }

Q_SIGNALS:
    // The set of pack folders present changed (a pack appeared, changed or went away).
    void packsChanged(const QStringList &packDirs);
    // A pack folder went away (stick pulled out): emitted at once, before the next scan.
    void packRemoved(const QString &packDir);
    // A stick carries a kiosk-export/ folder: staff want the usage statistics written there.
    // (Hook for the usage statistics issue; nothing is connected to it yet.)
    void exportFolderFound(const QString &exportDir);

private:
    void somethingChanged();
    void scan();
    QStringList candidateFolders() const;

    QStringList m_roots;
    QString m_inbox;
    QFileSystemWatcher m_watcher;
    QTimer m_settle;
    std::unique_ptr<QSocketNotifier> m_mounts;
    int m_mountsFd = -1;
    QStringList m_packs;
    QStringList m_exports;
};

} // namespace kiosk
