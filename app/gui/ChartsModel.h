// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "QmlSingleton.h"

#include "content/FigureQueries.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace kiosk {
class ContentStore;
}
class Preferences;

// The key figures as charts: one row per `graphique` of chiffres.csv, with its bars. Re-read on a
// content update or a language change.
class ChartsModel : public QAbstractListModel, public QmlSingleton<ChartsModel>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Roles {
        ChartIdRole = Qt::UserRole + 1,
        TitleRole,
        // [{figureId, label, value, valueText ("26 000"), unit, unitText (" %", "%" in English), year}]
        // in content order
        BarsRole,
        // The value a full-length bar stands for: 100 when every bar is a percentage, else the largest.
        ScaleMaxRole,
        YearRole,     // the year every bar shares; "" when they differ (each bar then shows its own)
        SourceRole,   // the distinct sources, " · " between them
    };
    Q_ENUM(Roles)

    ChartsModel(kiosk::ContentStore &store, Preferences &preferences, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void countChanged();

private:
    void reload();

    kiosk::ContentStore &m_store;
    Preferences &m_preferences;
    QList<kiosk::FigureChart> m_charts;
};
