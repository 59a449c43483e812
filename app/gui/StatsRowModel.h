// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QAbstractListModel>
#include <QList>
#include <QString>
#include <QtQml/qqmlregistration.h>

// One list of the staff statistics panel (visits by hour, top job cards, interviews, quiz
// results): a label, a count, and for bar charts the count relative to the largest one.
class StatsRowModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("StatsController provides the statistics lists")
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    struct Row
    {
        QString key;     // content id or hour
        QString label;   // what staff read
        int value = 0;   // the count shown and charted
        int extra = 0;   // a second count (interviews: watched to the end)
        double rate = 0; // a share (interviews: completion rate, 0–1)
    };

    enum Roles {
        KeyRole = Qt::UserRole + 1,
        LabelRole,
        ValueRole,
        ExtraRole,
        RateRole,
        RatioRole, // value / largest value, 0–1 (bar length)
    };

    explicit StatsRowModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int count() const { return int(m_rows.size()); }
    void setRows(const QList<Row> &rows);

Q_SIGNALS:
    void countChanged();

private:
    QList<Row> m_rows;
    int m_maximum = 0;
};
