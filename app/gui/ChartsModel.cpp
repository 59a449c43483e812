// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartsModel.h"

#include "Preferences.h"
#include "content/ContentStore.h"

#include <QVariantMap>

#include <algorithm>

using kiosk::Figure;
using kiosk::FigureChart;

namespace {

double scaleMax(const FigureChart &chart)
{
    double largest = 0;
    bool percentages = true;
    for (const Figure &figure : chart.figures) {
        largest = std::max(largest, figure.value);
        percentages = percentages && figure.unit == QLatin1String("%");
    }
    if (percentages && largest <= 100)
        return 100;
    return largest > 0 ? largest : 1;
}

// The one value every figure has for `field`, or "".
QString shared(const FigureChart &chart, QString Figure::*field)
{
    if (chart.figures.isEmpty())
        return {};
    const QString first = chart.figures.constFirst().*field;
    const bool same = std::all_of(chart.figures.cbegin(), chart.figures.cend(),
                                  [&](const Figure &figure) { return figure.*field == first; });
    return same ? first : QString();
}

QString sources(const FigureChart &chart)
{
    QStringList distinct;
    for (const Figure &figure : chart.figures) {
        if (!figure.source.isEmpty() && !distinct.contains(figure.source))
            distinct.append(figure.source);
    }
    return distinct.join(QStringLiteral(" · "));
}

} // namespace

ChartsModel::ChartsModel(kiosk::ContentStore &store, Preferences &preferences, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
    , m_preferences(preferences)
{
    connect(&store, &kiosk::ContentStore::reopened, this, &ChartsModel::reload);
    connect(&preferences, &Preferences::languageChanged, this, &ChartsModel::reload);
    reload();
}

int ChartsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_charts.size());
}

QVariant ChartsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FigureChart &chart = m_charts.at(index.row());
    switch (role) {
    case ChartIdRole: return chart.id;
    case TitleRole: return chart.title;
    case BarsRole: {
        QVariantList bars;
        for (const Figure &figure : chart.figures) {
            bars.append(QVariantMap{
                {QStringLiteral("figureId"), figure.id},
                {QStringLiteral("label"), figure.label},
                {QStringLiteral("value"), figure.value},
                {QStringLiteral("valueText"),
                 kiosk::FigureQueries::formatNumber(figure.value, m_preferences.contentLanguage())},
                {QStringLiteral("unit"), figure.unit},
                {QStringLiteral("unitText"), kiosk::FigureQueries::unitSuffix(figure.unit, m_preferences.contentLanguage())},
                {QStringLiteral("year"), figure.year}});
        }
        return bars;
    }
    case ScaleMaxRole: return scaleMax(chart);
    case YearRole: return shared(chart, &Figure::year);
    case SourceRole: return sources(chart);
    default: return {};
    }
}

QHash<int, QByteArray> ChartsModel::roleNames() const
{
    return {{ChartIdRole, "chartId"}, {TitleRole, "title"},   {BarsRole, "bars"},
            {ScaleMaxRole, "scaleMax"}, {YearRole, "year"},   {SourceRole, "source"}};
}

void ChartsModel::reload()
{
    beginResetModel();
    m_charts = kiosk::FigureQueries::charts(m_store.database(), m_preferences.contentLanguage());
    endResetModel();
    Q_EMIT countChanged();
}
