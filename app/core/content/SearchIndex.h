// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QString>
#include <QtGlobal>

class QSqlDatabase;

namespace kiosk {

// Fills the full-text index (table search_index, db/migrations/0004_search_index.sql) from the
// content tables, one row per job, training, interview, sector, "Lycée numérique" text and chart of
// key figures, and its vocabulary (search_words).
//   title    — every title form: masculine, feminine, English (person's name for an interview);
//              a training's, an interview's and a lycée text's also name their kind ("formation à
//              Montpellier", "témoignage"); a chart's is "chiffres clés key figures"
//   keywords — staff keywords and synonyms, sector names and levels of a job, type, level and
//              places of a training, "vidéo", role and employer of an interview, a lycée text's or
//              a chart's own title; a level is one word, "bac5" (SearchQuery reads "bac+5" so)
//   body     — hooks, missions, skills, descriptions, summaries and transcripts, a chart's labels and
//              sources, in both languages
namespace SearchIndex {

// Each kind owns a range of rowids (kind × kRowidStride + n, kinds in SearchHit::Kind order: job,
// training, interview, sector, lycee, chart), so that a query can rank one kind at a time with a rowid range,
// which FTS5 applies while it reads the index, without reading the stored rows.
inline constexpr qint64 kRowidStride = qint64(1) << 32;

// Replaces the whole index; run inside the importer's transaction. Returns "" or what failed.
QString rebuild(QSqlDatabase &db);

} // namespace SearchIndex
} // namespace kiosk
