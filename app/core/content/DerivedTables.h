// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QString>

class QSqlDatabase;

namespace kiosk::DerivedTables {

// Refills the tables computed from the content tables: the search index (SearchIndex) and the jobs
// grid's chip counts (job_facet_counts, db/migrations/0003_job_facets.sql). Run inside the
// transaction that wrote the content, or that migrated its schema (a migration may reshape them).
// Returns "" or what failed.
QString rebuild(QSqlDatabase &db);

} // namespace kiosk::DerivedTables
