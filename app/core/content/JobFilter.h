// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QString>

namespace kiosk {

// The visitor's choice on the jobs grid: at most one value per facet ("" / kAnyLevel = any).
// JobQueries reads the jobs and the chip counts of a filter.
struct JobFilter
{
    static constexpr int kAnyLevel = -1;   // as stored in job_facet_counts.level
    enum class Facet { Sector, Level, Interest };

    QString sector;
    int level = kAnyLevel;
    QString interest;

    bool isEmpty() const { return sector.isEmpty() && level == kAnyLevel && interest.isEmpty(); }
};

} // namespace kiosk
