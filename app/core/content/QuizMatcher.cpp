// SPDX-License-Identifier: GPL-3.0-or-later
#include "QuizMatcher.h"

#include "Logging.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace kiosk {

QList<QuizInterest> QuizMatcher::interests(const QSqlDatabase &db, Language language)
{
    QList<QuizInterest> interests;
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT id, name, name_en, question, question_en, icon FROM interests "
                                   "ORDER BY sort_order, id"))) {
        qCWarning(lcContent).noquote() << "quiz interests query failed:" << query.lastError().text();
        return interests;
    }
    while (query.next()) {
        interests.append({query.value(0).toString(),
                          localized(language, query.value(1).toString(), query.value(2).toString()),
                          localized(language, query.value(3).toString(), query.value(4).toString()),
                          query.value(5).toString()});
    }
    return interests;
}

QList<QList<QuizInterest>> QuizMatcher::steps(const QList<QuizInterest> &interests)
{
    constexpr qsizetype kMaxSteps = 6;
    const qsizetype total = interests.size();
    const qsizetype stepCount = std::clamp<qsizetype>(total / 2, total > 0 ? 1 : 0, kMaxSteps);
    QList<QList<QuizInterest>> steps;
    qsizetype next = 0;
    for (qsizetype step = 0; step < stepCount; ++step) {
        const qsizetype size = total / stepCount + (step < total % stepCount ? 1 : 0);
        steps.append(interests.mid(next, size));
        next += size;
    }
    return steps;
}

QList<QuizMatch> QuizMatcher::rank(const QList<JobSummary> &jobs, const QStringList &chosen, int count)
{
    struct Candidate
    {
        qsizetype order;
        QuizMatch match;
        qsizetype ownInterests;
    };
    QList<Candidate> candidates;
    for (qsizetype i = 0; i < jobs.size(); ++i) {
        const JobSummary &job = jobs.at(i);
        QStringList shared;
        for (const QString &interest : chosen) {
            if (job.interests.contains(interest) && !shared.contains(interest))
                shared.append(interest);
        }
        if (shared.isEmpty())
            continue;
        candidates.append({i, {job.id, shared}, job.interests.size()});
    }
    std::sort(candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) {
        const qsizetype sharedA = a.match.matchedInterests.size();
        const qsizetype sharedB = b.match.matchedInterests.size();
        if (sharedA != sharedB)
            return sharedA > sharedB;
        // Coverage sharedA / ownA against sharedB / ownB, without floating point.
        if (sharedA * b.ownInterests != sharedB * a.ownInterests)
            return sharedA * b.ownInterests > sharedB * a.ownInterests;
        return a.order < b.order;
    });
    QList<QuizMatch> best;
    for (qsizetype i = 0; i < candidates.size() && i < count; ++i)
        best.append(candidates.at(i).match);
    return best;
}

} // namespace kiosk
