// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "Language.h"

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

    QList<JobSummary> jobs() const;   // in content order
    std::optional<JobRecord> job(const QString &id) const;
    QList<FacetValue> sectors() const;
    QList<FacetValue> interests() const;

private:
    const ContentStore &m_store;
};

} // namespace kiosk
