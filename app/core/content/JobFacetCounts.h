// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QString>

class QSqlDatabase;

namespace kiosk::JobFacetCounts {

// Fills job_facet_counts (db/migrations/0003_job_facets.sql) from the jobs and their links: the
// jobs grid's chip counts for every filter state. Run inside the importer's transaction, after the
// jobs are written. Returns "" or what failed.
QString rebuild(QSqlDatabase &db);

} // namespace kiosk::JobFacetCounts
