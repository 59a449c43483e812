// SPDX-License-Identifier: GPL-3.0-or-later
#include "SearchQuery.h"

#include "SearchVocabulary.h"
#include "SearchWords.h"
#include "TextFolding.h"

namespace kiosk {
namespace {

constexpr int kTypoMinimumLength = 5;
constexpr int kTypoCandidates = 5;
constexpr int kNearDistance = 1; // one word in between: room for "de", "en", "et"…

// Folded words hold only letters and digits: inside double quotes they are plain FTS5 strings.
QString exact(const QString &words)
{
    return QLatin1Char('"') + words + QLatin1Char('"');
}

QString prefix(const QString &word)
{
    return exact(word) + QLatin1Char('*');
}

bool allIndexed(const QString &phrase, const SearchVocabulary &vocabulary)
{
    for (const QString &word : phrase.split(QLatin1Char(' '))) {
        if (!vocabulary.contains(word))
            return false;
    }
    return true;
}

// "webdesigner" → "web designer" when both halves (3+ letters) are indexed words; the longest
// first half wins.
QString splitCompound(const QString &word, const SearchVocabulary &vocabulary)
{
    constexpr qsizetype kShortest = 3;
    for (qsizetype at = word.size() - kShortest; at >= kShortest; --at) {
        if (vocabulary.contains(word.left(at)) && vocabulary.contains(word.mid(at)))
            return word.left(at) + QLatin1Char(' ') + word.mid(at);
    }
    return {};
}

// "bac+5", "Bac + 5", "bac 5" → "bac5", the word the index holds for a level (SearchIndex): apart,
// the digit is too short to search and "bac" alone matches every training.
QStringList withLevelsJoined(QStringList words)
{
    for (qsizetype at = 0; at + 1 < words.size(); ++at) {
        const QString &next = words.at(at + 1);
        if (words.at(at) == QLatin1String("bac") && next.size() == 1 && next.front().isDigit()) {
            words[at] += next;
            words.removeAt(at + 1);
        }
    }
    return words;
}

// The alternatives for one word, and its own form (exact or prefix, "" when it has none) for the
// proximity boost.
QStringList alternatives(const QString &word, bool typing, const SearchVocabulary &vocabulary, QString *own)
{
    QStringList found;
    const auto add = [&found](const QString &alternative) {
        if (!found.contains(alternative))
            found.append(alternative);
    };
    const QStringList synonyms = SearchWords::synonyms(word);
    const bool stopWord = SearchWords::isStopWord(word);
    if (!stopWord) {
        const bool indexed = vocabulary.contains(word);
        if (indexed)
            add(exact(word));
        // A word that is a known synonym ("fac", "insta", "app") means its synonyms, not every
        // longer word it starts (facile, installer, apprentissage).
        const bool meansSynonyms = !indexed && !synonyms.isEmpty();
        if ((typing || !indexed) && !meansSynonyms && vocabulary.extends(word)) {
            add(prefix(word));
            // A title that starts with the word ("robot" → Roboticien) outranks the same prefix in
            // a body: the column-filtered phrase is rarer, so bm25 weighs it more.
            add(QStringLiteral("title : ") + prefix(word));
        }
        if (!found.isEmpty())
            *own = found.first();
        for (const QString &form : SearchWords::variants(word)) {
            if (vocabulary.contains(form))
                add(exact(form));
        }
        if (const QString stem = SearchWords::verbStem(word); !stem.isEmpty() && vocabulary.extends(stem))
            add(prefix(stem));   // "j'aime dessiner" → dessin, "réparer" → réparation
    }
    for (const QString &synonym : synonyms) {
        if (allIndexed(synonym, vocabulary))
            add(exact(synonym));
    }
    if (stopWord)
        return found;
    if (const QString parts = splitCompound(word, vocabulary); !parts.isEmpty())
        add(exact(parts));
    if (!found.isEmpty() || word.size() < kTypoMinimumLength)
        return found;
    for (const QString &near : vocabulary.nearWords(word, typing, kTypoCandidates)) {
        if (!SearchWords::isStopWord(near)) // "faure" is not "faire"
            add(exact(near));
    }
    return found;
}

// "cyber sécurité" → "cybersecurite", "data base" → "database": two words typed apart that the
// index holds as one ("" when it holds no such word).
QString joinedWord(const QString &word, const QString &next, bool typingNext, const SearchVocabulary &vocabulary)
{
    const QString joined = word + next;
    if (vocabulary.contains(joined))
        return exact(joined);
    if (typingNext && vocabulary.extends(joined))
        return prefix(joined);
    return {};
}

QString anyOf(const QStringList &alternatives)
{
    return QLatin1Char('(') + alternatives.join(QStringLiteral(" OR ")) + QLatin1Char(')');
}

} // namespace

SearchQuery SearchQuery::parse(const QString &text, const SearchVocabulary &vocabulary)
{
    SearchQuery query;
    QStringList own; // each kept word's own form, for NEAR
    const QStringList words = withLevelsJoined(foldedWords(text));
    // The last word is still being typed unless the text ends with a separator.
    const bool typingLast = !text.isEmpty() && (text.back().isLetterOrNumber() || text.back().isMark());
    const auto typing = [&](qsizetype index) { return typingLast && index == words.size() - 1; };
    for (qsizetype at = 0; at < words.size(); ++at) {
        const QString &word = words.at(at);
        if (word.size() < 2) {
            // A single letter says nothing, and as a prefix it would match everything. A digit
            // after a word may say which one ("niveau 3"): it keeps no row out ("licence 3"
            // still lists every licence), but NEAR ranks first the rows where it stands by that word.
            if (at > 0 && word.front().isDigit() && vocabulary.contains(word))
                own.append(exact(word));
            continue;
        }
        QString form;
        const QStringList found = alternatives(word, typing(at), vocabulary, &form);
        if (!found.isEmpty()) {
            QString group = anyOf(found);
            // Either both words, or the one word they make together.
            if (at + 1 < words.size() && words.at(at + 1).size() >= 2) {
                const QString &next = words.at(at + 1);
                if (const QString joined = joinedWord(word, next, typing(at + 1), vocabulary); !joined.isEmpty()) {
                    QString nextForm;
                    const QStringList nextFound = alternatives(next, typing(at + 1), vocabulary, &nextForm);
                    const QString both = nextFound.isEmpty() ? group : group + QStringLiteral(" AND ") + anyOf(nextFound);
                    group = QStringLiteral("((%1) OR %2)").arg(both, joined);
                    form.clear(); // no single form for NEAR
                    ++at;
                }
            }
            if (!query.m_groups.contains(group)) {
                query.m_groups.append(group);
                own.append(form);
            }
        }
    }
    // Words typed together rank higher where they stand together ("BUT informatique", "chef de
    // projet"). Only when every word has its own form: NEAR then implies every group, so it adds
    // to the ranking without adding rows.
    if (own.size() > 1 && !own.contains(QString()))
        query.m_near = QStringLiteral("NEAR(%1, %2)").arg(own.join(QLatin1Char(' '))).arg(kNearDistance);
    return query;
}

QString SearchQuery::allWords() const
{
    // NEAR implies every group: the OR adds no row, only a better score where the words are close.
    return m_near.isEmpty() ? allWordsUnranked() : QStringLiteral("(%1) OR %2").arg(allWordsUnranked(), m_near);
}

QString SearchQuery::allWordsUnranked() const
{
    return m_groups.join(QStringLiteral(" AND "));
}

QString SearchQuery::anyWord() const
{
    return m_groups.join(QStringLiteral(" OR "));
}

} // namespace kiosk
