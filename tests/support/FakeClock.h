// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "kiosk/Clock.h"

namespace kiosk::test {

// A clock for tests: time moves only when told (no sleeps in tests).
class FakeClock final : public Clock
{
public:
    qint64 monotonicMs() const override { return m_ms; }
    QDateTime now() const override { return m_start.addMSecs(m_ms); }
    void advance(qint64 ms) { m_ms += ms; }
    void setWallClock(const QDateTime &at) { m_start = at.addMSecs(-m_ms); }

private:
    qint64 m_ms = 0;
    QDateTime m_start = QDateTime(QDate(2026, 1, 5), QTime(10, 0));   // a Monday, 10:00
};

} // namespace kiosk::test
