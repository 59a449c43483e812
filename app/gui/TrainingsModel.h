// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "DepartmentsModel.h"
#include "QmlSingleton.h"

#include "content/TrainingQueries.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace kiosk {
class ContentStore;
}
class Preferences;

// The trainings list, by level (the first of each level says so: the delegate shows the level's
// heading), optionally only
// those that can be followed in one department chosen on the tile map. reset() clears the
// department for the next visitor.
class TrainingsModel : public QAbstractListModel, public QmlSingleton<TrainingsModel>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(DepartmentsModel *departments READ departments CONSTANT)
    Q_PROPERTY(QString department READ department WRITE setDepartment NOTIFY departmentChanged)
    Q_PROPERTY(QString departmentName READ departmentName NOTIFY departmentChanged)
    Q_PROPERTY(int count READ count NOTIFY departmentChanged)
    Q_PROPERTY(int total READ total NOTIFY departmentChanged)

public:
    enum Roles {
        IdRole = Qt::UserRole + 1,
        NameRole,
        LevelRole,       // 0, 2, 3, 5
        LevelNameRole,   // "Bac+2"
        DurationRole,
        PlacesRole,      // "Toulouse (31) · Albi (81)": only the chosen department's when filtered
        FirstOfLevelRole,   // the first training of its level: the delegate shows the level's heading
    };

    TrainingsModel(kiosk::ContentStore &store, Preferences &preferences, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    DepartmentsModel *departments() { return &m_departments; }
    QString department() const { return m_department; }
    void setDepartment(const QString &code);
    QString departmentName() const;
    int count() const { return int(m_visible.size()); }
    int total() const { return int(m_trainings.size()); }

    // Tapping the chosen department again shows every department.
    Q_INVOKABLE void toggleDepartment(const QString &code);

public Q_SLOTS:
    void reset();

Q_SIGNALS:
    void departmentChanged();

private:
    void reload();
    void refilter();
    QString places(const kiosk::TrainingRecord &training) const;

    kiosk::ContentStore &m_store;
    Preferences &m_preferences;
    QList<kiosk::TrainingRecord> m_trainings;
    QList<int> m_visible;   // indexes into m_trainings
    QString m_department;
    DepartmentsModel m_departments;
};
