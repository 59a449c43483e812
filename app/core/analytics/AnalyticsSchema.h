// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QString>

class QSqlDatabase;

namespace kiosk {

// The schema of the analytics database (PRAGMA user_version), kept apart from the content schema:
// the content database is replaced at every update, this one lives for years. Each step runs in a
// transaction with its version bump, so a failure or a power cut leaves the previous version.
class AnalyticsSchema
{
public:
    static int latestVersion();
    // Returns false and fills *error when the database is newer than this build or a step fails.
    static bool migrate(QSqlDatabase &db, QString *error);
};

} // namespace kiosk
