// SPDX-License-Identifier: GPL-3.0-or-later
#include "AnalyticsSchema.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <vector>

namespace kiosk {
namespace {

// Step N brings the database from version N-1 to N. Append steps; never edit a released one.
// Every aggregate is per (event, day, hour): no row ever describes one visitor.
const std::vector<std::vector<const char *>> kSteps = {
    {
        // An event is the time since staff last reset the statistics ("this event").
        "CREATE TABLE events (id INTEGER PRIMARY KEY, started TEXT NOT NULL)",
        // Visitor sessions that started in that hour: how many, total seconds, screens opened.
        "CREATE TABLE visits (event INTEGER NOT NULL REFERENCES events(id),"
        " day TEXT NOT NULL, hour INTEGER NOT NULL CHECK (hour BETWEEN 0 AND 23),"
        " sessions INTEGER NOT NULL, seconds INTEGER NOT NULL, screens INTEGER NOT NULL,"
        " PRIMARY KEY (event, day, hour)) WITHOUT ROWID",
        // Counters: metric (view, video_start, quiz_completed…), kind (job, training…) and the
        // content id it is about; kind and item are '' when the metric needs none.
        "CREATE TABLE counts (event INTEGER NOT NULL REFERENCES events(id),"
        " day TEXT NOT NULL, hour INTEGER NOT NULL CHECK (hour BETWEEN 0 AND 23),"
        " metric TEXT NOT NULL, kind TEXT NOT NULL, item TEXT NOT NULL, count INTEGER NOT NULL,"
        " PRIMARY KEY (event, day, hour, metric, kind, item)) WITHOUT ROWID",
        "CREATE INDEX visits_day ON visits(day)",
        "CREATE INDEX counts_day ON counts(day)",
    },
};

bool exec(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    *error = query.lastError().text() + QStringLiteral(" — in: ") + sql.left(120);
    return false;
}

int currentVersion(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

} // namespace

int AnalyticsSchema::latestVersion()
{
    return int(kSteps.size());
}

bool AnalyticsSchema::migrate(QSqlDatabase &db, QString *error)
{
    const int from = currentVersion(db);
    if (from < 0) {
        *error = QStringLiteral("cannot read the analytics schema version: ") + db.lastError().text();
        return false;
    }
    if (from > latestVersion()) {
        *error = QStringLiteral("the statistics database has schema version %1, newer than this kiosk "
                                "understands (%2)")
                     .arg(from)
                     .arg(latestVersion());
        return false;
    }
    for (int version = from + 1; version <= latestVersion(); ++version) {
        if (!db.transaction()) {
            *error = db.lastError().text();
            return false;
        }
        bool ok = true;
        for (const char *statement : kSteps[size_t(version - 1)])
            ok = ok && exec(db, QString::fromUtf8(statement), error);
        ok = ok && exec(db, QStringLiteral("PRAGMA user_version = %1").arg(version), error);
        if (!ok || !db.commit()) {
            if (ok)
                *error = db.lastError().text();
            db.rollback();
            return false;
        }
    }
    return true;
}

} // namespace kiosk
