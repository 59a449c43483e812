// SPDX-License-Identifier: GPL-3.0-or-later
#include "FigureQueries.h"

#include "Logging.h"

#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QtMath>

namespace kiosk {

QList<FigureChart> FigureQueries::charts(const QSqlDatabase &db, Language language)
{
    QList<FigureChart> charts;
    QSqlQuery query(db);
    // The content's row order places the charts; sort_order places the figures inside each one.
    if (!query.exec(QStringLiteral(
            "SELECT chart, chart_title, chart_title_en, id, label, label_en, value, unit, unit_en, year, source "
            "FROM figures ORDER BY min(rowid) OVER (PARTITION BY chart), sort_order, id"))) {
        qCWarning(lcContent).noquote() << "figures query failed:" << query.lastError().text();
        return charts;
    }
    while (query.next()) {
        const QString chart = query.value(0).toString();
        if (charts.isEmpty() || charts.constLast().id != chart)
            charts.append({chart, localized(language, query.value(1).toString(), query.value(2).toString()), {}});
        charts.last().figures.append({query.value(3).toString(),
                                      localized(language, query.value(4).toString(), query.value(5).toString()),
                                      query.value(6).toDouble(),
                                      localized(language, query.value(7).toString(), query.value(8).toString()),
                                      query.value(9).toString(), query.value(10).toString()});
    }
    return charts;
}

QSet<QString> FigureQueries::chartIds(const QSqlDatabase &db)
{
    QSet<QString> ids;
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT DISTINCT chart FROM figures"))) {
        qCWarning(lcContent).noquote() << "figures query failed:" << query.lastError().text();
        return ids;
    }
    while (query.next())
        ids.insert(query.value(0).toString());
    return ids;
}

QString FigureQueries::formatNumber(double value, Language language)
{
    const QLocale locale(language == Language::English ? QLocale::English : QLocale::French);
    const bool whole = qFuzzyIsNull(value - qRound64(value));
    return locale.toString(value, 'f', whole ? 0 : 1);
}

QString FigureQueries::unitSuffix(const QString &unit, Language language)
{
    if (unit.isEmpty())
        return {};
    const bool spaced = language == Language::French || unit != QLatin1String("%");
    return spaced ? QChar(0x202F) + unit : unit;
}

} // namespace kiosk
