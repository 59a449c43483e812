// SPDX-License-Identifier: GPL-3.0-or-later
#include "AfterVisitCleanup.h"

#include "Logging.h"
#include "ProcessMemory.h"
#include "VisitorSession.h"

#include <QQmlEngine>
#include <QQuickWindow>

AfterVisitCleanup::AfterVisitCleanup(VisitorSession &session, QQmlEngine &engine, std::chrono::milliseconds delay,
                                     QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_engine(engine)
{
    m_delay.setSingleShot(true);
    m_delay.setInterval(delay);
    connect(&m_delay, &QTimer::timeout, this, &AfterVisitCleanup::run);
    connect(&session, &VisitorSession::resetting, &m_delay, qOverload<>(&QTimer::start));
}

void AfterVisitCleanup::watch(QQuickWindow *window)
{
    m_window = window;
    window->setPersistentSceneGraph(false);
    window->setPersistentGraphics(false);
}

void AfterVisitCleanup::run()
{
    if (m_session.isActive())
        return;
    const double before = residentMib();
    m_engine.collectGarbage();
    m_engine.trimComponentCache();
    if (m_window && m_window->isVisible()) {
        m_window->setVisible(false);   // the render thread drops the scene graph and the OpenGL context
        m_window->setVisible(true);    // same geometry and state (full screen) as before
    }
    Q_EMIT memoryReleased();
    qCInfo(lcIdle).noquote() << QStringLiteral("visitor event=cleanup rss_mib_before=%1 rss_mib_after=%2")
                                    .arg(before, 0, 'f', 1)
                                    .arg(residentMib(), 0, 'f', 1);
}
