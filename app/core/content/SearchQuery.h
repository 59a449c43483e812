// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QString>
#include <QStringList>

namespace kiosk {

class SearchVocabulary;

// A visitor's text turned into an FTS5 query. The text never reaches FTS5 as typed: it is cut into
// folded words (so quotes, *, -, NEAR, parentheses… are just separators or plain words), and each
// word becomes a group of quoted alternatives found in the vocabulary:
//   the word itself, and as a prefix when it is the word being typed ("dévelop" → "develop"*),
//   also restricted to titles to rank a title starting with it first;
//   its other forms (plural, feminine/masculine) and built-in synonyms ("ia" → "intelligence
//   artificielle"); two indexed words glued together ("webdesigner" → "web designer");
//   failing that, the synonyms of a word being typed ("mixi" → mixité's), the word without an
//   elided article ("linfo" → "info") and, for words of 5+ letters, indexed words one typo away
//   ("robotisien" → "roboticien").
// A letter typed apart from its word is joined to it ("e sport" → "esport"), a level is one word
// ("bac + 2" → "bac2"; a level nothing is at means the levels around it: "bac+4" → bac+3, bac+5), and a digit after a word ranks first the rows where it stands by it
// ("label niveau 3"). Words that match nothing in the content are left out, so they cannot empty
// the result.
class SearchQuery
{
public:
    static SearchQuery parse(const QString &text, const SearchVocabulary &vocabulary);

    bool isEmpty() const { return m_groups.isEmpty(); }
    // Every kept word must match (one of its alternatives); rows where the words stand close
    // together rank higher.
    QString allWords() const;
    // The same rows as allWords() without its ranking boost: cheaper where nothing is ranked
    // (counting the matches, listing them in content order).
    QString allWordsUnranked() const;
    // Any kept word may match (a looser second try when allWords() finds nothing).
    QString anyWord() const;
    int wordCount() const { return int(m_groups.size()); }
    // The same words, all found in a row's title ("cybersécurité" → the jobs titled so), unranked.
    QString allWordsInTitle() const;

private:
    QStringList m_groups; // "(\"jeu\" OR \"jeux\")" per kept word
    QStringList m_boosts; // NEAR("chef" "projet", 1)…: ranking only, each implies every group
};

} // namespace kiosk
