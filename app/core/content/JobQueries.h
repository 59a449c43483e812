// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "JobFilter.h"
#include "Language.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace kiosk {

class ContentStore;

// Access levels as stored in the content (job_levels.level, trainings.level): bac, bac+2, bac+3, bac+5.
inline constexpr int kLevels[] = {0, 2, 3, 5};

// A job as the grid shows it, with what the filters need.
struct JobSummary
{
    QString id;
    QString titleMasculine;
    QString titleFeminine;
    QString titleEnglish;
    QString hook;
    QString hookEnglish;
    QString image;            // relative media path, may be empty
    QStringList sectors;      // sector ids
    QList<int> levels;        // ascending
    QStringList interests;    // interest ids
};

// One value of a filter facet (a sector or an interest), in content order.
struct FacetValue
{
    QString id;
    QString name;
    QString nameEnglish;
};

struct TrainingLink
{
    QString id;
    QString name;
    QString nameEnglish;
    int level = 0;
};

struct InterviewLink
{
    QString id;
    QString person;
    QString role;
    QString roleEnglish;
    QString portrait;         // relative media path, may be empty
};

// Everything the job card shows.
struct JobRecord
{
    JobSummary summary;
    QString missions;
    QString missionsEnglish;
    QString skills;
    QString skillsEnglish;
    QString sourceUrl;
    QList<FacetValue> sectors;
    QList<TrainingLink> trainings;
    QList<InterviewLink> interviews;
};

// "Développeur · Développeuse" (one form when both are the same); in English the English title
// when the content has one.
QString jobTitle(Language language, const QString &masculine, const QString &feminine,
                 const QString &english);

// Typed reads of jobs and their facets from the active content. Errors are logged and give empty
// results: the kiosk shows less rather than failing in front of a visitor.
class JobQueries
{
public:
    explicit JobQueries(const ContentStore &store);

    // The jobs matching `filter`, in content order, from `offset`, at most `limit` (-1: all).
    // Reads a page through an index: the grid's cost does not grow with the content.
    QList<JobSummary> jobs(const JobFilter &filter = {}, int offset = 0, int limit = -1) const;
    // How many jobs match `filter` (precomputed: job_facet_counts).
    int count(const JobFilter &filter) const;
    // How many jobs would match for each value of one facet, the other facets kept as they are
    // (the live counts on the filter chips). Keys are facet ids; levels as "0", "2", "3", "5".
    QHash<QString, int> counts(const JobFilter &filter, JobFilter::Facet facet) const;
    std::optional<JobRecord> job(const QString &id) const;
    QList<FacetValue> sectors() const;
    QList<FacetValue> interests() const;

private:
    const ContentStore &m_store;
};

} // namespace kiosk
