// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QDateTime>
#include <QElapsedTimer>

namespace kiosk {

// Time as the kiosk's timers see it, behind an interface so that tests advance a fake clock instead
// of sleeping. monotonicMs() never jumps (idle and lockout durations); now() is the wall clock
// (opening hours).
class Clock
{
public:
    virtual ~Clock() = default;
    virtual qint64 monotonicMs() const = 0;
    virtual QDateTime now() const = 0;
};

class SystemClock final : public Clock
{
public:
    SystemClock() { m_timer.start(); }
    qint64 monotonicMs() const override { return m_timer.elapsed(); }
    QDateTime now() const override { return QDateTime::currentDateTime(); }

private:
    QElapsedTimer m_timer;
};

} // namespace kiosk
