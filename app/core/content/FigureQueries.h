// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "Language.h"

#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

namespace kiosk {

// One key figure (a row of chiffres.csv), in the wanted language.
struct Figure
{
    QString id;
    QString label;
    double value = 0;
    QString unit;     // "%", "salariés" ("employees" in English), may be empty
    QString year;     // "2018", "2017-2018", may be empty
    QString source;
};

// The figures sharing one `graphique` id: one chart on screen.
struct FigureChart
{
    QString id;
    QString title;
    QList<Figure> figures;   // in content order
};

class FigureQueries
{
public:
    // Every chart, in the order the content first mentions it.
    static QList<FigureChart> charts(const QSqlDatabase &db, Language language);
    // The ids of those charts, in no order: what says whether a chart exists, without reading it.
    static QSet<QString> chartIds(const QSqlDatabase &db);

    // 26000 → "26 000" (French) or "26,000" (English); one decimal when the value has one.
    static QString formatNumber(double value, Language language);
    // What follows the number: "" without a unit; French puts a narrow non-breaking space before
    // every unit ("33 %"), English before a word only ("33%", "26,000 employees").
    static QString unitSuffix(const QString &unit, Language language);
};

} // namespace kiosk
