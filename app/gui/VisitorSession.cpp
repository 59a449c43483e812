// SPDX-License-Identifier: GPL-3.0-or-later
#include "VisitorSession.h"

#include "Logging.h"

VisitorSession::VisitorSession(QObject *parent)
    : QObject(parent)
{
}

void VisitorSession::begin()
{
    if (m_active)
        return;
    m_active = true;
    m_visit.start();
    qCInfo(lcIdle).noquote() << "visitor event=start";
    Q_EMIT activeChanged();
    Q_EMIT started();
}

void VisitorSession::reset(const QString &reason, int idleSeconds)
{
    const qint64 visitSeconds = m_active ? m_visit.elapsed() / 1000 : 0;
    qCInfo(lcIdle).noquote() << QStringLiteral("visitor event=reset reason=%1 idle_s=%2 visit_s=%3")
                                    .arg(reason)
                                    .arg(idleSeconds)
                                    .arg(visitSeconds);
    const bool wasActive = m_active;
    m_active = false;
    Q_EMIT resetting(reason);
    if (wasActive)
        Q_EMIT activeChanged();
}
