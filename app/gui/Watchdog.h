// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QObject>
#include <QTimer>

class QQuickWindow;

// systemd integration (built only when libsystemd is found): READY=1 once the window has rendered
// its first frame, then WATCHDOG=1 from the GUI thread every half WatchdogSec. A frozen UI stops the
// pings and systemd restarts the kiosk (kiosk-config/kiosk-session.service: Type=notify,
// WatchdogSec=30, NotifyAccess=all because the kiosk runs as a child of cage).
// Outside systemd (no NOTIFY_SOCKET) it does nothing.
class Watchdog : public QObject
{
    Q_OBJECT
public:
    explicit Watchdog(QObject *parent = nullptr);

    void watch(QQuickWindow *window);

private:
    void ready();
    void ping();

    QTimer m_timer;
    QMetaObject::Connection m_firstFrame;
};
