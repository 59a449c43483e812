// SPDX-License-Identifier: GPL-3.0-or-later
#include "DerivedTables.h"

#include "SearchIndex.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace kiosk::DerivedTables {

QString rebuild(QSqlDatabase &db)
{
    QSqlQuery query(db);
    for (const char *statement : {"DELETE FROM job_facet_counts",
                                  "INSERT INTO job_facet_counts SELECT sector, level, interest, jobs FROM job_facet_cube"}) {
        if (!query.exec(QString::fromLatin1(statement)))
            return QStringLiteral("compteurs des filtres : %1").arg(query.lastError().text());
    }
    return SearchIndex::rebuild(db);
}

} // namespace kiosk::DerivedTables
