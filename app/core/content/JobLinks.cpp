// SPDX-License-Identifier: GPL-3.0-or-later
#include "JobLinks.h"

#include "Logging.h"

#include <QSqlError>
#include <QSqlQuery>

namespace kiosk {

QList<JobLink> linkedJobs(const QSqlDatabase &db, QLatin1String linkTable, QLatin1String linkColumn,
                          const QString &id)
{
    QList<JobLink> links;
    QSqlQuery jobs(db);
    jobs.prepare(QStringLiteral("SELECT j.id, j.title_m, j.title_f, j.title_en FROM jobs j"
                                " JOIN %1 l ON l.job_id = j.id WHERE l.%2 = ?"
                                " ORDER BY j.sort_order, j.id").arg(linkTable, linkColumn));
    jobs.addBindValue(id);
    if (!jobs.exec()) {
        qCWarning(lcContent).noquote() << "linked jobs query failed:" << jobs.lastError().text();
        return links;
    }
    while (jobs.next()) {
        links.append({jobs.value(0).toString(), jobs.value(1).toString(), jobs.value(2).toString(),
                      jobs.value(3).toString()});
    }
    return links;
}

} // namespace kiosk
