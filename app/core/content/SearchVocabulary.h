// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QList>
#include <QString>
#include <QStringList>

class QSqlDatabase;

namespace kiosk {

// Every word of the search index (table search_words), already folded by the tokenizer,
// held in memory to rewrite a visitor's words before they reach FTS5: exact word, longer words
// it starts, and typo candidates.
class SearchVocabulary
{
public:
    SearchVocabulary() = default;
    // Reads the vocabulary; an empty one when the index is empty or missing.
    static SearchVocabulary load(const QSqlDatabase &db);
    // A vocabulary from a word list (tests).
    static SearchVocabulary fromWords(const QStringList &words);

    bool isEmpty() const { return m_terms.isEmpty(); }
    qsizetype size() const { return m_terms.size(); }
    bool contains(const QString &word) const;
    // Some indexed word is longer than `prefix` and starts with it.
    bool extends(const QString &prefix) const;

    // Indexed words one typo away from `word` (insertion, deletion, substitution or swap of two
    // neighbours, not on the first letter; doubled letters and "ph" for "f" count for nothing:
    // "devlopeur" ≈ "developpeur", "infografiste" = "infographiste"), most frequent first, at most
    // `count`. With `asPrefix`, words whose beginning is one typo away ("devlop" → "developpeur",
    // "developpement"…), for the word the visitor is still typing.
    QStringList nearWords(const QString &word, bool asPrefix, int count) const;

private:
    QStringList m_terms;    // sorted
    QStringList m_keys;     // spellingKey() of each of m_terms
    QList<int> m_documents; // how many rows hold each term
};

// "developpeur" → "developeur", "graphiste" → "grafiste": doubled letters and "ph" written as it
// sounds are the commonest French spelling slips.
QString spellingKey(const QString &word);

} // namespace kiosk
