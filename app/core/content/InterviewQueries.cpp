// SPDX-License-Identifier: GPL-3.0-or-later
#include "InterviewQueries.h"

#include "Logging.h"

#include <QSqlError>
#include <QSqlQuery>

namespace kiosk {
namespace {

const QLatin1String kSelect("SELECT id, person, role, role_en, employer, summary, summary_en, video, captions, "
                            "transcript, portrait FROM interviews ");

Interview read(const QSqlQuery &q, Language language)
{
    return Interview{q.value(0).toString(),
                     q.value(1).toString(),
                     localized(language, q.value(2).toString(), q.value(3).toString()),
                     q.value(4).toString(),
                     localized(language, q.value(5).toString(), q.value(6).toString()),
                     q.value(7).toString(),
                     q.value(8).toString(),
                     q.value(9).toString(),
                     q.value(10).toString(),
                     {}};
}

// Every interview, or the one with *id.
QVector<Interview> select(const QSqlDatabase &db, Language language, const QString *id)
{
    QVector<Interview> interviews;
    QSqlQuery query(db);
    query.prepare(kSelect + (id ? QLatin1String("WHERE id = ? ") : QLatin1String()) + QLatin1String("ORDER BY sort_order, id"));
    if (id)
        query.addBindValue(*id);
    if (!query.exec()) {
        qCWarning(lcContent).noquote() << "interview query failed:" << query.lastError().text();
        return interviews;
    }
    while (query.next())
        interviews << read(query, language);
    return interviews;
}

} // namespace

QVector<Interview> InterviewQueries::all(const QSqlDatabase &db, Language language)
{
    return select(db, language, nullptr);
}

std::optional<Interview> InterviewQueries::byId(const QSqlDatabase &db, Language language, const QString &id)
{
    const QVector<Interview> found = select(db, language, &id);
    if (found.isEmpty())
        return std::nullopt;
    Interview interview = found.constFirst();
    interview.jobs = linkedJobs(db, QLatin1String("job_interviews"), QLatin1String("interview_id"), id);
    return interview;
}

} // namespace kiosk
