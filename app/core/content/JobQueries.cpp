// SPDX-License-Identifier: GPL-3.0-or-later
#include "JobQueries.h"

#include "ContentStore.h"
#include "Logging.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace kiosk {
namespace {

// Runs a read query with its values bound in order; logs and returns false on failure.
bool run(QSqlQuery &query, const QString &sql, const QVariantList &values = {})
{
    if (!query.prepare(sql)) {
        qCWarning(lcContent).noquote() << "query failed:" << query.lastError().text();
        return false;
    }
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        qCWarning(lcContent).noquote() << "query failed:" << query.lastError().text();
        return false;
    }
    return true;
}

// job id → list of values, from a two-column link query ordered as it should be shown, for the
// jobs whose ids are bound as one JSON array (one parameter, however many jobs).
QHash<QString, QStringList> linkMap(const QSqlDatabase &db, const QString &sql, const QString &jobIds)
{
    QHash<QString, QStringList> map;
    QSqlQuery query(db);
    if (!run(query, sql, {jobIds}))
        return map;
    while (query.next())
        map[query.value(0).toString()].append(query.value(1).toString());
    return map;
}

QList<FacetValue> facetValues(const QSqlDatabase &db, const QString &sql, const QVariantList &bound = {})
{
    QList<FacetValue> values;
    QSqlQuery query(db);
    if (!run(query, sql, bound))
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

// Fills the facet lists of jobs from the link tables.
void addFacets(const QSqlDatabase &db, QList<JobSummary> &jobs)
{
    QJsonArray ids;
    for (const JobSummary &job : std::as_const(jobs))
        ids.append(job.id);
    const QString jobIds = QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact));
    const auto levels = linkMap(db, QStringLiteral(
        "SELECT job_id, level FROM job_levels WHERE job_id IN (SELECT value FROM json_each(?)) ORDER BY level"), jobIds);
    const auto sectors = linkMap(db, QStringLiteral(
        "SELECT js.job_id, js.sector_id FROM job_sectors js JOIN sectors s ON s.id = js.sector_id"
        " WHERE js.job_id IN (SELECT value FROM json_each(?)) ORDER BY s.sort_order, s.id"), jobIds);
    const auto interests = linkMap(db, QStringLiteral(
        "SELECT ji.job_id, ji.interest_id FROM job_interests ji JOIN interests i ON i.id = ji.interest_id"
        " WHERE ji.job_id IN (SELECT value FROM json_each(?)) ORDER BY i.sort_order, i.id"), jobIds);
    for (JobSummary &job : jobs) {
        for (const QString &level : levels.value(job.id))
            job.levels.append(level.toInt());
        job.sectors = sectors.value(job.id);
        job.interests = interests.value(job.id);
    }
}

// A filter's facet ids as SQL values: "" (not NULL) for "any".
QString facetId(const QString &id)
{
    return id.isNull() ? QStringLiteral("") : id;
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

QList<JobSummary> JobQueries::jobs(const JobFilter &filter, int offset, int limit) const
{
    QList<JobSummary> jobs;
    const QSqlDatabase db = m_store.database();
    QSqlQuery query(db);
    query.setForwardOnly(true);
    const QString sector = facetId(filter.sector), interest = facetId(filter.interest);
    if (!run(query, kJobColumns + QStringLiteral(
            " j WHERE (? = '' OR EXISTS (SELECT 1 FROM job_sectors WHERE job_id = j.id AND sector_id = ?))"
            " AND (? < 0 OR EXISTS (SELECT 1 FROM job_levels WHERE job_id = j.id AND level = ?))"
            " AND (? = '' OR EXISTS (SELECT 1 FROM job_interests WHERE job_id = j.id AND interest_id = ?))"
            " ORDER BY sort_order, id LIMIT ? OFFSET ?"),
             {sector, sector, filter.level, filter.level, interest, interest, limit, offset}))
        return jobs;
    while (query.next())
        jobs.append(summaryFrom(query));
    addFacets(db, jobs);
    return jobs;
}

int JobQueries::count(const JobFilter &filter) const
{
    QSqlQuery query(m_store.database());
    if (!run(query, QStringLiteral("SELECT jobs FROM job_facet_counts WHERE sector = ? AND level = ? AND interest = ?"),
             {facetId(filter.sector), filter.level, facetId(filter.interest)}))
        return 0;
    return query.next() ? query.value(0).toInt() : 0;   // no row: no job has that combination
}

QHash<QString, int> JobQueries::counts(const JobFilter &filter, JobFilter::Facet facet) const
{
    // The counted facet takes every value but "any"; the two others keep the visitor's choice.
    QString sql;
    QVariantList others;
    switch (facet) {
    case JobFilter::Facet::Sector:
        sql = QStringLiteral("SELECT sector, jobs FROM job_facet_counts WHERE level = ? AND interest = ? AND sector <> ''");
        others = {filter.level, facetId(filter.interest)};
        break;
    case JobFilter::Facet::Level:
        sql = QStringLiteral("SELECT level, jobs FROM job_facet_counts WHERE sector = ? AND interest = ? AND level <> -1");
        others = {facetId(filter.sector), facetId(filter.interest)};
        break;
    case JobFilter::Facet::Interest:
        sql = QStringLiteral("SELECT interest, jobs FROM job_facet_counts WHERE sector = ? AND level = ? AND interest <> ''");
        others = {facetId(filter.sector), filter.level};
        break;
    }
    QHash<QString, int> counts;
    QSqlQuery query(m_store.database());
    if (!run(query, sql, others))
        return counts;
    while (query.next())
        counts.insert(query.value(0).toString(), query.value(1).toInt());
    return counts;
}

std::optional<JobRecord> JobQueries::job(const QString &id) const
{
    const QSqlDatabase db = m_store.database();
    QSqlQuery query(db);
    if (!run(query, QStringLiteral(
                 "SELECT id, title_m, title_f, title_en, hook, hook_en, image, missions, missions_en,"
                 " skills, skills_en, source_url FROM jobs WHERE id = ?"), {id})
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
        " WHERE js.job_id = ? ORDER BY s.sort_order, s.id"), {id});

    QSqlQuery trainings(db);
    if (run(trainings, QStringLiteral(
            "SELECT t.id, t.name, t.name_en, t.level FROM trainings t"
            " JOIN job_trainings jt ON jt.training_id = t.id WHERE jt.job_id = ?"
            " ORDER BY t.level, t.sort_order, t.id"), {id})) {
        while (trainings.next())
            record.trainings.append({trainings.value(0).toString(), trainings.value(1).toString(),
                                     trainings.value(2).toString(), trainings.value(3).toInt()});
    }

    QSqlQuery interviews(db);
    if (run(interviews, QStringLiteral(
            "SELECT i.id, i.person, i.role, i.role_en, i.portrait FROM interviews i"
            " JOIN job_interviews ji ON ji.interview_id = i.id WHERE ji.job_id = ?"
            " ORDER BY i.sort_order, i.id"), {id})) {
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
