// SPDX-License-Identifier: GPL-3.0-or-later
#include "Watchdog.h"

#include "Logging.h"

#include <QQuickWindow>

#include <systemd/sd-daemon.h>

Watchdog::Watchdog(QObject *parent)
    : QObject(parent)
{
    connect(&m_timer, &QTimer::timeout, this, &Watchdog::ping);
}

void Watchdog::watch(QQuickWindow *window)
{
    // frameSwapped comes from the render thread: queue it to this (GUI) thread.
    m_firstFrame = connect(window, &QQuickWindow::frameSwapped, this, &Watchdog::ready, Qt::QueuedConnection);
    uint64_t usec = 0;
    if (sd_watchdog_enabled(0, &usec) > 0 && usec > 0) {
        m_timer.start(int(usec / 2000));
        qCInfo(lcApp).noquote() << QStringLiteral("watchdog enabled interval_ms=%1").arg(usec / 2000);
    }
}

void Watchdog::ready()
{
    if (!m_firstFrame)
        return;   // a frame queued before the disconnect
    disconnect(m_firstFrame);
    m_firstFrame = {};
    qCInfo(lcApp).noquote() << "kiosk event=first_frame";
    sd_notify(0, "READY=1");
}

void Watchdog::ping()
{
    sd_notify(0, "WATCHDOG=1");
}
