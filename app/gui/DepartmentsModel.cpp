// SPDX-License-Identifier: GPL-3.0-or-later
#include "DepartmentsModel.h"

#include "DepartmentTiles.h"
#include "content/Departments.h"

#include <algorithm>

DepartmentsModel::DepartmentsModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int DepartmentsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(departmentTiles().size());
}

QVariant DepartmentsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DepartmentTile &department = departmentTiles().at(index.row());
    switch (role) {
    case CodeRole: return department.code;
    case NameRole: return kiosk::departmentName(department.code);
    case RowRole: return department.row;
    case ColumnRole: return department.column;
    case CountRole: return m_counts.value(department.code);
    case SelectedRole: return department.code == m_selected;
    default: return {};
    }
}

QHash<int, QByteArray> DepartmentsModel::roleNames() const
{
    return {{CodeRole, "code"},  {NameRole, "name"},   {RowRole, "row"},
            {ColumnRole, "column"}, {CountRole, "count"}, {SelectedRole, "selected"}};
}

int DepartmentsModel::rows() const
{
    const auto &all = departmentTiles();
    return 1 + std::max_element(all.cbegin(), all.cend(), [](const auto &a, const auto &b) {
                   return a.row < b.row;
               })->row;
}

int DepartmentsModel::columns() const
{
    const auto &all = departmentTiles();
    return 1 + std::max_element(all.cbegin(), all.cend(), [](const auto &a, const auto &b) {
                   return a.column < b.column;
               })->column;
}

void DepartmentsModel::setCounts(const QHash<QString, int> &counts)
{
    if (counts == m_counts)
        return;
    m_counts = counts;
    emitChanged(CountRole);
}

void DepartmentsModel::setSelected(const QString &code)
{
    if (code == m_selected)
        return;
    m_selected = code;
    emitChanged(SelectedRole);
}

void DepartmentsModel::emitChanged(int role)
{
    Q_EMIT dataChanged(index(0), index(rowCount() - 1), {role});
}
