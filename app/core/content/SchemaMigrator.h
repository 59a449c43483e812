// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QString>

class QSqlDatabase;

namespace kiosk {

// Brings a content database to the schema this build knows (db/migrations/NNNN_name.sql, compiled
// in as resources). The schema version lives in PRAGMA user_version. The pending migrations and the
// version bump run in one transaction, so a failure leaves the previous version intact; content
// written by an older kiosk then has its derived tables (search index, chip counts) rebuilt in it.
class SchemaMigrator
{
public:
    static int latestVersion();

    // Returns false and fills *error when the database is newer than this build or a step fails.
    static bool migrate(QSqlDatabase &db, QString *error);

    // Applies migrations up to targetVersion only (tests build every older schema with it).
    static bool migrateTo(QSqlDatabase &db, int targetVersion, QString *error);

    static int currentVersion(QSqlDatabase &db);
};

} // namespace kiosk
