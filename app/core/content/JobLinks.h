// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QList>
#include <QString>

class QSqlDatabase;

namespace kiosk {

// A job another card leads to (a training, an interview), for tapping through to the job card.
struct JobLink
{
    QString id;
    QString titleMasculine;
    QString titleFeminine;
    QString titleEnglish;
};

// The jobs linked to one training or interview through a link table of the content schema
// (job_trainings, job_interviews: job_id and `linkColumn`), in content order. An error is logged
// and gives an empty list.
QList<JobLink> linkedJobs(const QSqlDatabase &db, QLatin1String linkTable, QLatin1String linkColumn,
                          const QString &id);

} // namespace kiosk
