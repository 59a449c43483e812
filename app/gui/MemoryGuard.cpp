// SPDX-License-Identifier: GPL-3.0-or-later
#include "MemoryGuard.h"

#include "Logging.h"
#include "VisitorSession.h"

MemoryGuard::MemoryGuard(VisitorSession &session, int boundMib, Reader residentMib, std::chrono::milliseconds interval,
                         QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_boundMib(boundMib)
    , m_residentMib(std::move(residentMib))
{
    if (m_boundMib <= 0)
        return;   // never
    m_timer.setInterval(interval);
    connect(&m_timer, &QTimer::timeout, this, &MemoryGuard::check);
    m_timer.start();
}

void MemoryGuard::check()
{
    if (m_boundMib <= 0 || m_session.isActive())
        return;
    const double resident = m_residentMib();
    if (resident <= m_boundMib)
        return;
    qCWarning(lcApp).noquote() << QStringLiteral("kiosk event=restart reason=memory rss_mib=%1 bound_mib=%2")
                                      .arg(resident, 0, 'f', 1)
                                      .arg(m_boundMib);
    m_timer.stop();
    Q_EMIT restartNeeded(resident);
}
