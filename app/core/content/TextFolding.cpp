// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextFolding.h"

namespace kiosk {

QString foldText(const QString &text)
{
    // Decompose, compatibility forms included (é → e + ◌́, ﬁ → fi, ｊ → j), drop the combining
    // marks, then lower-case.
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            folded.append(c);
    }
    return folded.toLower();
}

QStringList foldedWords(const QString &text)
{
    QStringList words;
    QList<char32_t> word;
    const auto endWord = [&] {
        if (!word.isEmpty())
            words.append(QString::fromUcs4(word.constData(), word.size()));
        word.clear();
    };
    // By code point, so that a letter outside the BMP stays in its word and an emoji typed against
    // a word ("jeux😍") separates like any other symbol.
    for (const char32_t c : foldText(text).toUcs4()) {
        if (QChar::isLetterOrNumber(c))
            word.append(c);
        else
            endWord();
    }
    endWord();
    return words;
}

} // namespace kiosk
