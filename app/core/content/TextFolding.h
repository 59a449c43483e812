// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QString>
#include <QStringList>

namespace kiosk {

// The same folding the search index applies (SQLite FTS5 tokenizer
// "unicode61 remove_diacritics 2"): lower case, accents removed. "Cybersécurité" → "cybersecurite".
// Ligatures and full-width letters become plain letters too ("ﬁbre" → "fibre", "ｊｅｕ" → "jeu").
QString foldText(const QString &text);

// Splits folded text into the words the index holds: runs of letters and digits, everything else
// (spaces, apostrophes, hyphens, quotes, *, parentheses, emoji…) separates. "l'IA" → {"l", "ia"}.
// A language named with symbols is one word, spelled as the index holds it: "C++" → "cpp".
QStringList foldedWords(const QString &text);

// Programming languages whose names FTS5's tokenizer would cut down to "c" ("C++", "C#"): the
// index holds them spelled (SearchIndex), and foldedWords spells them the same way.
struct SpelledSymbol
{
    QLatin1String typed;   // folded: "c++"
    QLatin1String spelled; // "cpp"
};
const QList<SpelledSymbol> &spelledSymbols();

} // namespace kiosk
