// SPDX-License-Identifier: GPL-3.0-or-later
#include "OpeningHours.h"

#include <QStringList>

#include <algorithm>

namespace kiosk {
namespace {

// Index 0 = Monday, as QDate::dayOfWeek() - 1.
int dayIndex(const QString &name)
{
    static const QStringList names = {QStringLiteral("lun"), QStringLiteral("mar"), QStringLiteral("mer"),
                                      QStringLiteral("jeu"), QStringLiteral("ven"), QStringLiteral("sam"),
                                      QStringLiteral("dim")};
    return int(names.indexOf(name.trimmed().toLower().left(3)));
}

bool parseDays(const QString &text, std::array<bool, 7> *days)
{
    std::array<bool, 7> chosen{};
    if (text.trimmed().isEmpty()) {
        chosen.fill(true);
        *days = chosen;
        return true;
    }
    for (const QString &part : text.split(QLatin1Char(','))) {
        const QStringList range = part.split(QLatin1Char('-'));
        if (range.size() > 2)
            return false;
        const int first = dayIndex(range.constFirst());
        const int last = dayIndex(range.constLast());
        if (first < 0 || last < 0)
            return false;
        // "ven-lun" wraps over the week-end.
        for (int day = first;; day = (day + 1) % 7) {
            chosen[size_t(day)] = true;
            if (day == last)
                break;
        }
    }
    *days = chosen;
    return true;
}

} // namespace

bool OpeningHours::parse(const QString &times, const QString &days, OpeningHours *hours)
{
    OpeningHours parsed;
    if (!parseDays(days, &parsed.m_days))
        return false;
    if (!times.trimmed().isEmpty()) {
        const QStringList range = times.trimmed().split(QLatin1Char('-'));
        if (range.size() != 2)
            return false;
        parsed.m_open = QTime::fromString(range[0].trimmed(), QStringLiteral("H:mm"));
        parsed.m_close = QTime::fromString(range[1].trimmed(), QStringLiteral("H:mm"));
        if (!parsed.m_open.isValid() || !parsed.m_close.isValid() || parsed.m_close <= parsed.m_open)
            return false;
    }
    *hours = parsed;
    return true;
}

bool OpeningHours::isOpen(const QDateTime &at) const
{
    if (!m_days[size_t(at.date().dayOfWeek() - 1)])
        return false;
    if (!m_open.isValid())
        return true;
    const QTime time = at.time();
    return time >= m_open && time < m_close;
}

bool OpeningHours::isAlwaysOpen() const
{
    return !m_open.isValid() && std::all_of(m_days.begin(), m_days.end(), [](bool open) { return open; });
}

} // namespace kiosk
