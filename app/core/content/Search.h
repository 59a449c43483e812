// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "Language.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace kiosk {

class ContentStore;

struct SearchHit
{
    enum class Kind { Job, Training, Interview, Sector };
    Kind kind = Kind::Job;
    QString id;      // id in its table
    QString title;   // in the requested language
    QString detail;  // one line under the title (hook, level, role…)
    double score = 0; // higher is better
};

// Visitor search over jobs, trainings, interviews and sectors: FTS5, accent- and case-insensitive,
// prefixes, masculine/feminine forms, staff synonyms, one typo tolerated in words of 5+ letters.
class Search
{
public:
    explicit Search(const ContentStore &store);

    // Ranked hits, best first (callers group them by kind). Empty query → no hits.
    QList<SearchHit> find(const QString &query, Language language, int limit = 40) const;
    // A few words or titles to suggest when nothing matched ("essaie : …").
    QStringList suggestions(Language language, int count = 4) const;

private:
    const ContentStore &m_store;
};

} // namespace kiosk
