// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "PackFormat.h"
#include "PackInspector.h"

#include <QObject>
#include <QString>

#include <atomic>

namespace kiosk {

class ContentLibrary;
class UpdateState;

// Imports an inspected pack (PackInspector) as a new content version, with nothing changed on any
// refusal or interruption:
//   1. lock, replay check (version ≤ accepted one needs allowOlderVersion), disk space check;
//   2. copy every listed file into content/staging, hashing while copying (HashingCopy: each byte
//      read once), file types checked from their first bytes;
//   3. ContentBuilder::build — the one import path — into a version folder in staging, its media
//      hard links to the staged files (no second copy);
//   4. VersionVerifier: integrity_check, foreign_key_check, version, media present; then every file
//      and folder of the version fsync'd;
//   5. ContentLibrary::install — one atomic switch; the old version stays as `previous`.
// importPack() blocks: the GUI runs it in a worker thread, kioskctl in its main thread. Signals are
// emitted from the thread that runs it.
class PackImporter : public QObject
{
    Q_OBJECT
public:
    enum class Step { Checking, Copying, Building, Verifying, Switching, Done };
    Q_ENUM(Step)

    struct Options
    {
        bool allowOlderVersion = false; // staff chose explicitly to install an older or equal version
    };

    struct Result
    {
        PackError error;
        int version = 0;
        QString versionDir;
        bool ok() const { return error.ok(); }
    };

    PackImporter(ContentLibrary &library, UpdateState &state, PackLimits limits, QObject *parent = nullptr);

    // A pack must carry a content version above this to be installed without staff's explicit choice:
    // the highest version ever accepted, or the active one if higher.
    int replayFloor() const;

    Result importPack(const PackInfo &pack, Options options);
    // Stops a running import as soon as possible (thread-safe). Nothing is changed.
    void cancel();

Q_SIGNALS:
    void stepChanged(kiosk::PackImporter::Step step);
    void progress(qint64 bytesDone, qint64 bytesTotal, int filesDone, int filesTotal);

private:
    PackError checkSpace(qint64 packBytes) const;
    PackError copyFiles(const PackInfo &pack, const QString &sourceDir);
    PackError buildAndVerify(const PackInfo &pack, const QString &sourceDir, const QString &versionDir);

    ContentLibrary &m_library;
    UpdateState &m_state;
    PackLimits m_limits;
    std::atomic_bool m_cancelled{false};
};

} // namespace kiosk
