// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextFolding.h"

namespace kiosk {

QString foldText(const QString &text)
{
    // Decompose (é → e + ◌́), drop the combining marks, then lower-case.
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
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
    QString word;
    for (const QChar c : foldText(text)) {
        // Surrogate pairs are kept whole (letters outside the BMP are rare but valid words).
        if (c.isLetterOrNumber() || c.isSurrogate()) {
            word.append(c);
        } else if (!word.isEmpty()) {
            words.append(word);
            word.clear();
        }
    }
    if (!word.isEmpty())
        words.append(word);
    return words;
}

} // namespace kiosk
