// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QAbstractListModel>
#include <QHash>
#include <QtQml/qqmlregistration.h>

// The department tiles of the trainings screen: code, name, place on the tile map, how many
// trainings can be followed there, and whether it is the department the list is filtered on.
class DepartmentsModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by TrainingsModel")
    Q_PROPERTY(int rows READ rows CONSTANT)
    Q_PROPERTY(int columns READ columns CONSTANT)

public:
    enum Roles { CodeRole = Qt::UserRole + 1, NameRole, RowRole, ColumnRole, CountRole, SelectedRole };

    explicit DepartmentsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int rows() const;
    int columns() const;

    void setCounts(const QHash<QString, int> &counts);
    void setSelected(const QString &code);

private:
    void emitChanged(int role);

    QHash<QString, int> m_counts;
    QString m_selected;
};
