// SPDX-License-Identifier: GPL-3.0-or-later
#include "SearchQuery.h"

#include "SearchVocabulary.h"
#include "SearchWords.h"
#include "TextFolding.h"

#include <QRegularExpression>

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

// A title that starts with the word ("robot" → Roboticien) outranks the same word in a body: the
// column-filtered phrase is rarer, so bm25 weighs it more.
QString titlePrefix(const QString &word)
{
    return QStringLiteral("title : ") + prefix(word);
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
// first half wins. Also the e- of "e-santé" or "e-commerce" typed without its hyphen: "esante" →
// "e sante", which as a phrase finds only the two words side by side.
QString splitCompound(const QString &word, const SearchVocabulary &vocabulary)
{
    constexpr qsizetype kShortest = 3;
    for (qsizetype at = word.size() - kShortest; at >= kShortest; --at) {
        if (vocabulary.contains(word.left(at)) && vocabulary.contains(word.mid(at)))
            return word.left(at) + QLatin1Char(' ') + word.mid(at);
    }
    const QString afterE = word.mid(1);
    if (word.startsWith(QLatin1Char('e')) && afterE.size() >= kShortest && vocabulary.contains(afterE)
        && vocabulary.contains(QStringLiteral("e")))
        return QStringLiteral("e ") + afterE;
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

// "bac4" when no training or job is at that level: the levels just below and above it that some are
// at ("bac3", "bac5"), rather than nothing.
QStringList nearestLevels(const QString &word, const SearchVocabulary &vocabulary)
{
    static const QRegularExpression level(QStringLiteral("^bac(\\d)$"));
    const QRegularExpressionMatch match = level.match(word);
    if (!match.hasMatch() || vocabulary.contains(word))
        return {};
    const int wanted = match.captured(1).toInt();
    QStringList levels;
    for (const int near : {wanted - 1, wanted + 1}) {
        const QString other = QStringLiteral("bac%1").arg(near);
        if (near > 0 && vocabulary.contains(other))
            levels.append(other);
    }
    return levels;
}

// "e sport" → "esport", "e learning" → "elearning", "3 d" → "3d": a letter or digit typed apart
// from the word it begins, when the content or the built-in synonyms know the word they make
// (alone, a letter is dropped).
QStringList withLettersJoined(QStringList words, const SearchVocabulary &vocabulary)
{
    for (qsizetype at = 0; at + 1 < words.size(); ++at) {
        if (words.at(at).size() != 1)
            continue;
        const QString joined = words.at(at) + words.at(at + 1);
        if (vocabulary.contains(joined) || !SearchWords::synonyms(joined).isEmpty()) {
            words[at] = joined;
            words.removeAt(at + 1);
        }
    }
    return words;
}

// "linfo", "lordi", "dinformatique": an elided article typed without its apostrophe, for a word
// that means nothing as it is. "" when the word does not start that way.
QString withoutElision(const QString &word)
{
    static const QString articles = QStringLiteral("cdjlmnst");
    static const QString vowels = QStringLiteral("aeiouyh");
    if (word.size() < 3 || !articles.contains(word.front()) || !vowels.contains(word.at(1)))
        return {};
    return word.mid(1);
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
            add(titlePrefix(word));
        }
        if (!found.isEmpty())
            *own = found.first();
        for (const QString &form : SearchWords::variants(word)) {
            if (vocabulary.contains(form))
                add(exact(form));
        }
        if (const QString stem = SearchWords::verbStem(word); !meansSynonyms && !stem.isEmpty() && vocabulary.extends(stem))
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
    for (const QString &level : nearestLevels(word, vocabulary))
        add(exact(level));
    // A word not finished may already be most of a word only the built-in synonyms know
    // ("mixi" → mixité → femmes, filles).
    if (found.isEmpty() && typing) {
        for (const QString &meaning : SearchWords::synonymsOfWordsStartingWith(word)) {
            if (allIndexed(meaning, vocabulary))
                add(exact(meaning));
        }
    }
    if (const QString elided = withoutElision(word); found.isEmpty() && !elided.isEmpty()) {
        QString elidedOwn;
        for (const QString &alternative : alternatives(elided, typing, vocabulary, &elidedOwn))
            add(alternative);
    }
    if (!found.isEmpty() || word.size() < kTypoMinimumLength)
        return found;
    // A word one typo away is taken as the visitor meant it. While typing, the likeliest one (the
    // most frequent) is also a prefix a title may start with, as the word typed right would be
    // ("infomatique" → informatique*, which covers "informatiques" too: alone, that rarer word
    // would outweigh it in bm25).
    QString likeliest;
    for (const QString &near : vocabulary.nearWords(word, typing, kTypoCandidates)) {
        if (SearchWords::isStopWord(near)) // "faure" is not "faire"
            continue;
        if (!likeliest.isEmpty() && near.startsWith(likeliest))
            continue;
        add(exact(near));
        if (typing && likeliest.isEmpty()) {
            likeliest = near;
            add(prefix(near));
            add(titlePrefix(near));
        }
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
    QList<std::pair<QString, QString>> numbered; // a word's own form and the digit typed after it
    const QStringList words = withLevelsJoined(withLettersJoined(foldedWords(text), vocabulary));
    // The last word is still being typed unless the text ends with a separator.
    const bool typingLast = !text.isEmpty() && (text.back().isLetterOrNumber() || text.back().isMark());
    const auto typing = [&](qsizetype index) { return typingLast && index == words.size() - 1; };
    QString previous; // the own form of the word just before, "" when there is none
    for (qsizetype at = 0; at < words.size(); ++at) {
        const QString &word = words.at(at);
        if (word.size() < 2) {
            // A single letter says nothing, and as a prefix it would match everything. A digit
            // after a word may say which one ("niveau 3"): it keeps no row out ("licence 3"
            // still lists every licence), but NEAR ranks first the rows where it stands by that word.
            if (!previous.isEmpty() && word.front().isDigit() && vocabulary.contains(word))
                numbered.append({previous, exact(word)});
            previous.clear();
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
        previous = form;
    }
    // Ranking boosts, each implying every group so that it adds no row. Words typed together rank
    // higher where they stand together ("BUT informatique", "chef de projet"): only when every
    // word has its own form, which NEAR then implies.
    const auto near = [](const QStringList &forms) {
        return QStringLiteral("NEAR(%1, %2)").arg(forms.join(QLatin1Char(' '))).arg(kNearDistance);
    };
    if (own.size() > 1 && !own.contains(QString()))
        query.m_boosts.append(near(own));
    // A digit by its word ("label niveau 3": Niveau 3 first, whatever the other words).
    for (const auto &[form, digit] : std::as_const(numbered)) {
        const QString boost = near({form, digit});
        query.m_boosts.append(query.m_groups.size() == 1
                                  ? boost
                                  : QStringLiteral("(%1) AND %2").arg(query.allWordsUnranked(), boost));
    }
    return query;
}

QString SearchQuery::allWords() const
{
    // Each boost implies every group: the ORs add no row, only a better score.
    return m_boosts.isEmpty() ? allWordsUnranked()
                              : QStringLiteral("(%1) OR ").arg(allWordsUnranked()) + m_boosts.join(QStringLiteral(" OR "));
}

QString SearchQuery::allWordsUnranked() const
{
    return m_groups.join(QStringLiteral(" AND "));
}

QString SearchQuery::allWordsInTitle() const
{
    return isEmpty() ? QString() : QStringLiteral("title : (%1)").arg(allWordsUnranked());
}

QString SearchQuery::anyWord() const
{
    return m_groups.join(QStringLiteral(" OR "));
}

} // namespace kiosk
