// SPDX-License-Identifier: GPL-3.0-or-later
#include "JobLinkList.h"

#include "content/JobQueries.h"

QVariantList jobLinkList(const QList<kiosk::JobLink> &jobs, kiosk::Language language)
{
    QVariantList list;
    for (const kiosk::JobLink &job : jobs) {
        list.append(QVariantMap{{QStringLiteral("jobId"), job.id},
                                {QStringLiteral("title"),
                                 kiosk::jobTitle(language, job.titleMasculine, job.titleFeminine,
                                                 job.titleEnglish)}});
    }
    return list;
}
