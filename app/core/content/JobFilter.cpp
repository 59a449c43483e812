// SPDX-License-Identifier: GPL-3.0-or-later
#include "JobFilter.h"

namespace kiosk {

bool JobFilter::matches(const JobSummary &job) const
{
    return (sector.isEmpty() || job.sectors.contains(sector))
           && (level == kAnyLevel || job.levels.contains(level))
           && (interest.isEmpty() || job.interests.contains(interest));
}

QHash<QString, int> JobFilter::counts(const QList<JobSummary> &jobs, Facet facet) const
{
    JobFilter others = *this;
    switch (facet) {
    case Facet::Sector: others.sector.clear(); break;
    case Facet::Level: others.level = kAnyLevel; break;
    case Facet::Interest: others.interest.clear(); break;
    }
    QHash<QString, int> counts;
    for (const JobSummary &job : jobs) {
        if (!others.matches(job))
            continue;
        switch (facet) {
        case Facet::Sector:
            for (const QString &id : job.sectors)
                ++counts[id];
            break;
        case Facet::Level:
            for (const int level : job.levels)
                ++counts[QString::number(level)];
            break;
        case Facet::Interest:
            for (const QString &id : job.interests)
                ++counts[id];
            break;
        }
    }
    return counts;
}

} // namespace kiosk
