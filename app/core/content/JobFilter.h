// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "JobQueries.h"

#include <QHash>

namespace kiosk {

// The visitor's choice on the jobs grid: at most one value per facet ("" / kAnyLevel = any).
struct JobFilter
{
    static constexpr int kAnyLevel = -1;
    enum class Facet { Sector, Level, Interest };

    QString sector;
    int level = kAnyLevel;
    QString interest;

    bool isEmpty() const { return sector.isEmpty() && level == kAnyLevel && interest.isEmpty(); }
    bool matches(const JobSummary &job) const;

    // How many jobs would match for each value of one facet, the other facets kept as they are
    // (the live counts on the filter chips). Keys are facet ids; levels as "0", "2", "3", "5".
    QHash<QString, int> counts(const QList<JobSummary> &jobs, Facet facet) const;
};

} // namespace kiosk
