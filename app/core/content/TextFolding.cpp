// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextFolding.h"

#include <QRegularExpression>

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

const QList<SpelledSymbol> &spelledSymbols()
{
    static const QList<SpelledSymbol> symbols = {
        {QLatin1String("c++"), QLatin1String("cpp")},
        {QLatin1String("c#"), QLatin1String("csharp")},
    };
    return symbols;
}

namespace {

// "c++" at the start of a word → " cpp ": a separate word, even against other letters or digits
// ("c++17" → "cpp", "17").
QString withSymbolsSpelled(QString folded)
{
    static const QList<std::pair<QRegularExpression, QString>> patterns = [] {
        QList<std::pair<QRegularExpression, QString>> list;
        for (const SpelledSymbol &symbol : spelledSymbols())
            list.append({QRegularExpression(QStringLiteral("(?<![\\p{L}\\p{N}])") + QRegularExpression::escape(symbol.typed)),
                         QLatin1Char(' ') + symbol.spelled + QLatin1Char(' ')});
        return list;
    }();
    if (!folded.contains(QLatin1Char('+')) && !folded.contains(QLatin1Char('#')))
        return folded;   // nearly every text: no regular expression to run
    for (const auto &[pattern, spelled] : patterns)
        folded.replace(pattern, spelled);
    return folded;
}

} // namespace

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
    for (const char32_t c : withSymbolsSpelled(foldText(text)).toUcs4()) {
        if (QChar::isLetterOrNumber(c))
            word.append(c);
        else
            endWord();
    }
    endWord();
    return words;
}

} // namespace kiosk
