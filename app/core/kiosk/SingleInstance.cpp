// SPDX-License-Identifier: GPL-3.0-or-later
#include "SingleInstance.h"

namespace kiosk {

SingleInstance::SingleInstance(const QString &dataDir)
    : m_path(dataDir + QStringLiteral("/kiosk.lock"))
{
}

bool SingleInstance::acquire(QString *message)
{
    m_lock = std::make_unique<QLockFile>(m_path);
    m_lock->setStaleLockTime(0);   // never stale by age: only when its process is gone
    if (m_lock->tryLock(0))
        return true;
    qint64 pid = 0;
    QString host, application;
    if (m_lock->error() == QLockFile::LockFailedError && m_lock->getLockInfo(&pid, &host, &application)) {
        *message = QStringLiteral("Le kiosque est déjà lancé (processus %1, verrou %2). "
                                  "Un seul kiosque peut tourner par dossier de données.")
                       .arg(pid)
                       .arg(m_path);
    } else {
        *message = QStringLiteral("Impossible de créer le verrou %1 (dossier de données en lecture seule ?).").arg(m_path);
    }
    m_lock.reset();
    return false;
}

} // namespace kiosk
