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
QStringList foldedWords(const QString &text);

} // namespace kiosk
