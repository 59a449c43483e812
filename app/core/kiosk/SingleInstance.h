// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QLockFile>
#include <QString>

#include <memory>

namespace kiosk {

// One kiosk per data directory: a lock file (<data dir>/kiosk.lock) held for the life of the
// process. A lock left by a crashed kiosk is stale (its process is gone) and taken over.
class SingleInstance
{
public:
    explicit SingleInstance(const QString &dataDir);

    // False when another kiosk holds the lock; *message says so in French (with its PID).
    bool acquire(QString *message);
    // Lets a new kiosk start before this process has ended (restart).
    void release() { m_lock.reset(); }

private:
    QString m_path;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace kiosk
