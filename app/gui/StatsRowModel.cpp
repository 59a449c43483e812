// SPDX-License-Identifier: GPL-3.0-or-later
#include "StatsRowModel.h"

StatsRowModel::StatsRowModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int StatsRowModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant StatsRowModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case KeyRole:
        return row.key;
    case Qt::DisplayRole:
    case LabelRole:
        return row.label;
    case ValueRole:
        return row.value;
    case ExtraRole:
        return row.extra;
    case RateRole:
        return row.rate;
    case RatioRole:
        return m_maximum > 0 ? double(row.value) / m_maximum : 0.0;
    default:
        return {};
    }
}

QHash<int, QByteArray> StatsRowModel::roleNames() const
{
    return {{KeyRole, "key"},     {LabelRole, "label"}, {ValueRole, "value"},
            {ExtraRole, "extra"}, {RateRole, "rate"},   {RatioRole, "ratio"}};
}

void StatsRowModel::setRows(const QList<Row> &rows)
{
    int maximum = 0;
    for (const Row &row : rows)
        maximum = qMax(maximum, row.value);
    if (rows.size() == m_rows.size()) {
        // Same shape (the 24 hours): update in place so the bars move instead of being rebuilt.
        m_rows = rows;
        m_maximum = maximum;
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1));
        return;
    }
    beginResetModel();
    m_rows = rows;
    m_maximum = maximum;
    endResetModel();
    Q_EMIT countChanged();
}
