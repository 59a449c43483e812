// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "Language.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

namespace kiosk {

class ContentStore;

struct SearchHit
{
    enum class Kind { Job, Training, Interview, Sector, Lycee, Chart };
    Kind kind = Kind::Job;
    QString id;      // id in its table
    QString title;   // in the requested language
    QString detail;  // one line under the title (hook, level, role…)
    double score = 0; // higher is better
};

// The kind's name in the index, the usage statistics and kioskctl's JSON: "job", "training",
// "interview", "sector", "lycee", "chart".
QString searchKindKey(SearchHit::Kind kind);

// Visitor search over jobs, trainings, interviews, sectors, the "Lycée numérique" texts and the
// charts of key figures: FTS5, accent- and case-insensitive, prefixes, masculine/feminine forms,
// staff synonyms, levels ("bac+2"), verbs by their stem, one typo tolerated in words of 5+ letters
// (SearchQuery explains how the visitor's words are rewritten). Ranked with bm25, a title match
// weighing most, then keywords, then the body text.
//
// The index vocabulary and the prepared statement are kept for the connection they were read from:
// a content update (ContentStore::reopen) makes a new connection, and the cache follows it. It is
// filled when the content opens, not at the visitor's first key press.
class Search
{
public:
    explicit Search(const ContentStore &store);
    ~Search();
    Search(const Search &) = delete;
    Search &operator=(const Search &) = delete;

    // Hits in the order a visitor reads them: one block per kind, best first inside it, the block
    // holding the best hit first ("BTS SIO": the BTS before the jobs whose text names it; equal
    // bests: jobs, trainings, interviews, sectors, lycée, charts). At most `limit` of each kind; of the
    // lycée texts, the best of each topic only, in the screen's order (a tap opens the screen on
    // the topic).
    // A visitor asking where to learn ("formation cybersécurité", "études à Montpellier") gets
    // the other words' hits, trainings first: those whose text says it, then those of the jobs
    // titled so and of the best sector's jobs.
    // Empty query, or no word known to the content → no hits.
    QList<SearchHit> find(const QString &query, Language language, int limit = 40) const;
    // A few words or titles to suggest when nothing matched ("essaie : …"): the content's sectors.
    QStringList suggestions(Language language, int count = 4) const;

private:
    struct Cache;
    Cache *cache() const;

    const ContentStore &m_store;
    mutable std::unique_ptr<Cache> m_cache;
    QMetaObject::Connection m_reopened;
};

} // namespace kiosk
