// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTimer>

#include <chrono>
#include <functional>

class VisitorSession;

// Restarts the kiosk at a quiet moment once its memory has grown past a bound (kiosk.ini
// [kiosk] restart_above_mib): a slow leak in a library (Qt 6.4's media player keeps a few KiB of
// every player it makes, docs/benchmarks.md) must never become a kiosk out of memory, weeks
// later, in front of a visitor. Read after each visit's clean-up and every hour, never during a
// visit; the restart (about two seconds) lands on the attract loop.
class MemoryGuard : public QObject
{
    Q_OBJECT

public:
    using Reader = std::function<double()>;   // resident memory, MiB
    MemoryGuard(VisitorSession &session, int boundMib, Reader residentMib,
                std::chrono::milliseconds interval = std::chrono::hours(1), QObject *parent = nullptr);

    // Reads the memory now; emits restartNeeded() when it is over the bound and nobody is there.
    void check();

Q_SIGNALS:
    void restartNeeded(double residentMib);

private:
    VisitorSession &m_session;
    const int m_boundMib;
    const Reader m_residentMib;
    QTimer m_timer;
};
