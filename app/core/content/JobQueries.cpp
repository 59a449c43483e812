// SPDX-License-Identifier: GPL-3.0-or-later
#include "JobQueries.h"

#include "ContentStore.h"
#include "Logging.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace kiosk {
namespace {

// Runs a read query; logs and returns false on failure.
bool run(QSqlQuery &query, const QString &sql, const QString &id = {})
{
    if (!query.prepare(sql)) {
        qCWarning(lcContent).noquote() << "query failed:" << query.lastError().text();
        return false;
    }
    if (!id.isNull())
        query.addBindValue(id);
    if (!query.exec()) {
        qCWarning(lcContent).noquote() << "query failed:" << query.lastError().text();
        return false;
    }
    return true;
}

// job id → list of values, from a two-column link query ordered as it should be shown.
QHash<QString, QStringList> linkMap(const QSqlDatabase &db, const QString &sql)
{
    QHash<QString, QStringList> map;
    QSqlQuery query(db);
    if (!run(query, sql))
        return map;
    while (query.next())
        map[query.value(0).toString()].append(query.value(1).toString());
    return map;
}

QList<FacetValue> facetValues(const QSqlDatabase &db, const QString &sql, const QString &id = {})
{
    QList<FacetValue> values;
    QSqlQuery query(db);
    if (!run(query, sql, id))
        return values;
    while (query.next())
        values.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString()});
    return values;
}

const QString kJobColumns = QStringLiteral(
    "SELECT id, title_m, title_f, title_en, hook, hook_en, image FROM jobs");

JobSummary summaryFrom(const QSqlQuery &query)
{
    JobSummary job;
    job.id = query.value(0).toString();
    job.titleMasculine = query.value(1).toString();
    job.titleFeminine = query.value(2).toString();
    job.titleEnglish = query.value(3).toString();
    job.hook = query.value(4).toString();
    job.hookEnglish = query.value(5).toString();
    job.image = query.value(6).toString();
    return job;
}

// Fills the facet lists of jobs from the link tables (small tables: read whole).
void addFacets(const QSqlDatabase &db, QList<JobSummary> &jobs)
{
    const auto levels = linkMap(db, QStringLiteral("SELECT job_id, level FROM job_levels ORDER BY level"));
    const auto sectors = linkMap(db, QStringLiteral(
        "SELECT js.job_id, js.sector_id FROM job_sectors js JOIN sectors s ON s.id = js.sector_id"
        " ORDER BY s.sort_order, s.id"));
    const auto interests = linkMap(db, QStringLiteral(
        "SELECT ji.job_id, ji.interest_id FROM job_interests ji"
        " JOIN interests i ON i.id = ji.interest_id ORDER BY i.sort_order, i.id"));
    for (JobSummary &job : jobs) {
        for (const QString &level : levels.value(job.id))
            job.levels.append(level.toInt());
        job.sectors = sectors.value(job.id);
        job.interests = interests.value(job.id);
    }
}

} // namespace

QString jobTitle(Language language, const QString &masculine, const QString &feminine,
                 const QString &english)
{
    if (language == Language::English && !english.isEmpty())
        return english;
    if (feminine.isEmpty() || feminine == masculine)
        return masculine;
    return masculine + QStringLiteral(" · ") + feminine;
}

JobQueries::JobQueries(const ContentStore &store)
    : m_store(store)
{
}

QList<JobSummary> JobQueries::jobs() const
{
    QList<JobSummary> jobs;
    const QSqlDatabase db = m_store.database();
    QSqlQuery query(db);
    if (!run(query, kJobColumns + QStringLiteral(" ORDER BY sort_order, id")))
        return jobs;
    while (query.next())
        jobs.append(summaryFrom(query));
    addFacets(db, jobs);
    return jobs;
}

std::optional<JobRecord> JobQueries::job(const QString &id) const
{
    const QSqlDatabase db = m_store.database();
    QSqlQuery query(db);
    if (!run(query, QStringLiteral(
                 "SELECT id, title_m, title_f, title_en, hook, hook_en, image, missions, missions_en,"
                 " skills, skills_en, source_url FROM jobs WHERE id = ?"), id)
        || !query.next())
        return std::nullopt;
    JobRecord record;
    record.summary = summaryFrom(query);
    record.missions = query.value(7).toString();
    record.missionsEnglish = query.value(8).toString();
    record.skills = query.value(9).toString();
    record.skillsEnglish = query.value(10).toString();
    record.sourceUrl = query.value(11).toString();
    QList<JobSummary> one{record.summary};
    addFacets(db, one);
    record.summary = one.constFirst();

    record.sectors = facetValues(db, QStringLiteral(
        "SELECT s.id, s.name, s.name_en FROM sectors s JOIN job_sectors js ON js.sector_id = s.id"
        " WHERE js.job_id = ? ORDER BY s.sort_order, s.id"), id);

    QSqlQuery trainings(db);
    if (run(trainings, QStringLiteral(
            "SELECT t.id, t.name, t.name_en, t.level FROM trainings t"
            " JOIN job_trainings jt ON jt.training_id = t.id WHERE jt.job_id = ?"
            " ORDER BY t.level, t.sort_order, t.id"), id)) {
        while (trainings.next())
            record.trainings.append({trainings.value(0).toString(), trainings.value(1).toString(),
                                     trainings.value(2).toString(), trainings.value(3).toInt()});
    }

    QSqlQuery interviews(db);
    if (run(interviews, QStringLiteral(
            "SELECT i.id, i.person, i.role, i.role_en, i.portrait FROM interviews i"
            " JOIN job_interviews ji ON ji.interview_id = i.id WHERE ji.job_id = ?"
            " ORDER BY i.sort_order, i.id"), id)) {
        while (interviews.next())
            record.interviews.append({interviews.value(0).toString(), interviews.value(1).toString(),
                                      interviews.value(2).toString(), interviews.value(3).toString(),
                                      interviews.value(4).toString()});
    }
    return record;
}

QList<FacetValue> JobQueries::sectors() const
{
    return facetValues(m_store.database(),
                       QStringLiteral("SELECT id, name, name_en FROM sectors ORDER BY sort_order, id"));
}

QList<FacetValue> JobQueries::interests() const
{
    return facetValues(m_store.database(),
                       QStringLiteral("SELECT id, name, name_en FROM interests ORDER BY sort_order, id"));
}

} // namespace kiosk
