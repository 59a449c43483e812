// SPDX-License-Identifier: GPL-3.0-or-later
#include "FilterOptionsModel.h"

#include <algorithm>

FilterOptionsModel::FilterOptionsModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int FilterOptionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_options.size());
}

QVariant FilterOptionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Option &option = m_options.at(index.row());
    switch (role) {
    case KeyRole: return option.key;
    case LabelRole: return option.label;
    case CountRole: return m_counts.value(option.key);
    case SelectedRole: return option.key == m_selected;
    default: return {};
    }
}

QHash<int, QByteArray> FilterOptionsModel::roleNames() const
{
    return {{KeyRole, "key"}, {LabelRole, "label"}, {CountRole, "count"}, {SelectedRole, "selected"}};
}

void FilterOptionsModel::setOptions(const QList<Option> &options)
{
    const bool sameKeys = std::equal(options.cbegin(), options.cend(), m_options.cbegin(),
                                     m_options.cend(),
                                     [](const Option &a, const Option &b) { return a.key == b.key; });
    if (sameKeys) {
        m_options = options;
        if (!m_options.isEmpty())
            Q_EMIT dataChanged(index(0), index(rowCount() - 1), {LabelRole});
        return;
    }
    beginResetModel();
    m_options = options;
    endResetModel();
    const bool selectionKept = std::any_of(options.cbegin(), options.cend(),
                                           [this](const Option &o) { return o.key == m_selected; });
    if (!selectionKept)
        setSelectedKey({});
}

void FilterOptionsModel::setCounts(const QHash<QString, int> &counts)
{
    if (counts == m_counts)
        return;
    m_counts = counts;
    if (!m_options.isEmpty())
        Q_EMIT dataChanged(index(0), index(rowCount() - 1), {CountRole});
}

void FilterOptionsModel::setSelectedKey(const QString &key)
{
    if (key == m_selected)
        return;
    m_selected = key;
    if (!m_options.isEmpty())
        Q_EMIT dataChanged(index(0), index(rowCount() - 1), {SelectedRole});
    Q_EMIT selectedKeyChanged();
}

void FilterOptionsModel::toggle(const QString &key)
{
    setSelectedKey(key == m_selected ? QString() : key);
}
