// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "JobQueries.h"
#include "Language.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace kiosk {

// One answer the quiz offers: an interest (sheet interets.csv), in the wanted language.
struct QuizInterest
{
    QString id;
    QString name;
    QString question;   // "J'aime inventer des choses…"
    QString icon;       // icon name from docs/authoring.md, may be empty
};

// A job the quiz proposes, and the chosen interests it shares (ids, in the order they were chosen).
struct QuizMatch
{
    QString jobId;
    QStringList matchedInterests;
};

// "Quel métier pour moi ?": the visitor picks interests, the quiz proposes the jobs that share the
// most of them.
class QuizMatcher
{
public:
    // The interests the quiz asks about, in content order.
    static QList<QuizInterest> interests(const QSqlDatabase &db, Language language);

    // Splits the interests into 1 to 6 steps of 2 or more answers each (one tap per step), sizes
    // differing by one at most, earlier steps larger: 8 interests → 4 steps of 2.
    static QList<QList<QuizInterest>> steps(const QList<QuizInterest> &interests);

    // The `count` best jobs: most chosen interests shared first; on a tie, the job whose own
    // interests are most covered by the choice (a closer fit), then content order. Jobs sharing no
    // chosen interest are never proposed.
    static QList<QuizMatch> rank(const QList<JobSummary> &jobs, const QStringList &chosen, int count = 3);
};

} // namespace kiosk
