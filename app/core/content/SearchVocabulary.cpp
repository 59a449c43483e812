// SPDX-License-Identifier: GPL-3.0-or-later
#include "SearchVocabulary.h"

#include "EditDistance.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <numeric>

namespace kiosk {

QString spellingKey(const QString &word)
{
    QString key;
    key.reserve(word.size());
    const QString sounds = QString(word).replace(QLatin1String("ph"), QLatin1String("f"));
    for (const QChar c : sounds) {
        if (key.isEmpty() || key.back() != c)
            key.append(c);
    }
    return key;
}

SearchVocabulary SearchVocabulary::load(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    QStringList words;
    QList<int> documents;
    if (query.exec(QStringLiteral("SELECT term, documents FROM search_words"))) {
        while (query.next()) {
            words.append(query.value(0).toString());
            documents.append(query.value(1).toInt());
        }
    }
    // SQLite sorts by UTF-8 bytes, QString compares UTF-16: sort again so binary search is right.
    QList<qsizetype> order(words.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&words](qsizetype a, qsizetype b) { return words.at(a) < words.at(b); });
    SearchVocabulary vocabulary;
    vocabulary.m_terms.reserve(words.size());
    vocabulary.m_keys.reserve(words.size());
    vocabulary.m_documents.reserve(words.size());
    for (const qsizetype at : order) {
        vocabulary.m_terms.append(words.at(at));
        vocabulary.m_keys.append(spellingKey(words.at(at)));
        vocabulary.m_documents.append(documents.at(at));
    }
    return vocabulary;
}

SearchVocabulary SearchVocabulary::fromWords(const QStringList &words)
{
    SearchVocabulary vocabulary;
    vocabulary.m_terms = words;
    vocabulary.m_terms.sort();
    vocabulary.m_terms.removeDuplicates();
    for (const QString &term : std::as_const(vocabulary.m_terms)) {
        vocabulary.m_keys.append(spellingKey(term));
        vocabulary.m_documents.append(1);
    }
    return vocabulary;
}

bool SearchVocabulary::contains(const QString &word) const
{
    return std::binary_search(m_terms.cbegin(), m_terms.cend(), word);
}

bool SearchVocabulary::extends(const QString &prefix) const
{
    auto at = std::upper_bound(m_terms.cbegin(), m_terms.cend(), prefix);
    return at != m_terms.cend() && at->startsWith(prefix);
}

QStringList SearchVocabulary::nearWords(const QString &word, bool asPrefix, int count) const
{
    if (word.isEmpty())
        return {};
    const QString key = spellingKey(word);
    const qsizetype length = key.size();
    // Typos rarely hit the first letter: only words that start like this one are compared (a
    // fraction of the vocabulary, found by binary search).
    const QString first = word.left(1);
    const auto begin = std::lower_bound(m_terms.cbegin(), m_terms.cend(), first);
    const auto end = std::lower_bound(begin, m_terms.cend(), QString(QChar(first.at(0).unicode() + 1)));
    QList<qsizetype> found;
    for (qsizetype at = begin - m_terms.cbegin(); at < end - m_terms.cbegin(); ++at) {
        const QStringView term(m_keys.at(at));
        bool near = false;
        if (term.size() + 1 >= length && term.size() <= length + 1)
            near = withinOneEdit(key, term) || withinOneEdit(word, m_terms.at(at));
        // The visitor is still typing: compare with the term's beginning, one letter shorter,
        // as long, or one letter longer than what they typed.
        if (!near && asPrefix && term.size() > length) {
            near = withinOneEdit(key, term.left(length)) || withinOneEdit(key, term.left(length + 1))
                   || withinOneEdit(key, term.left(length - 1));
        }
        if (near)
            found.append(at);
    }
    std::stable_sort(found.begin(), found.end(),
                     [this](qsizetype a, qsizetype b) { return m_documents.at(a) > m_documents.at(b); });
    QStringList words;
    for (qsizetype i = 0; i < found.size() && i < count; ++i)
        words.append(m_terms.at(found.at(i)));
    return words;
}

} // namespace kiosk
