// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QDateTime>
#include <QString>
#include <QTime>

#include <array>

namespace kiosk {

// When the kiosk is open to visitors (kiosk.ini [hours]). Outside these hours the screen is dimmed
// and the attract loop paused. The default is always open.
class OpeningHours
{
public:
    // Always open.
    OpeningHours() { m_days.fill(true); }

    // times: "" (all day) or "HH:MM-HH:MM" (closing after opening); days: "" (every day) or a
    // comma list of French day names or ranges: "lun-ven", "lun,mer,ven", "lun-ven,sam".
    // Returns false (and leaves *hours unchanged) when a value cannot be read.
    static bool parse(const QString &times, const QString &days, OpeningHours *hours);

    bool isOpen(const QDateTime &at) const;
    bool isAlwaysOpen() const;

private:
    QTime m_open;    // invalid: all day
    QTime m_close;
    std::array<bool, 7> m_days{};   // Monday first
};

} // namespace kiosk
