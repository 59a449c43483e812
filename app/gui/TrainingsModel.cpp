// SPDX-License-Identifier: GPL-3.0-or-later
#include "TrainingsModel.h"

#include "LevelNames.h"
#include "Preferences.h"
#include "content/ContentStore.h"
#include "content/Departments.h"

#include <QSet>
#include <QStringList>

#include <algorithm>

namespace {

bool taughtIn(const kiosk::TrainingRecord &training, const QString &department)
{
    return std::any_of(training.places.cbegin(), training.places.cend(),
                       [&](const kiosk::TrainingPlace &place) { return place.department == department; });
}

} // namespace

TrainingsModel::TrainingsModel(kiosk::ContentStore &store, Preferences &preferences, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
    , m_preferences(preferences)
{
    connect(&store, &kiosk::ContentStore::reopened, this, &TrainingsModel::reload);
    connect(&preferences, &Preferences::languageChanged, this, [this] {
        if (!m_visible.isEmpty())
            Q_EMIT dataChanged(index(0), index(rowCount() - 1), {NameRole, LevelNameRole});
    });
    reload();
}

int TrainingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant TrainingsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const kiosk::TrainingRecord &training = m_trainings.at(m_visible.at(index.row()));
    switch (role) {
    case IdRole: return training.id;
    case NameRole:
        return kiosk::localized(m_preferences.contentLanguage(), training.name, training.nameEnglish);
    case LevelRole: return training.level;
    case LevelNameRole: return levelName(training.level);
    case DurationRole: return training.duration;
    case PlacesRole: return places(training);
    case FirstOfLevelRole:
        return index.row() == 0 || m_trainings.at(m_visible.at(index.row() - 1)).level != training.level;
    default: return {};
    }
}

QHash<int, QByteArray> TrainingsModel::roleNames() const
{
    return {{IdRole, "trainingId"},       {NameRole, "name"},         {LevelRole, "level"},
            {LevelNameRole, "levelName"}, {DurationRole, "duration"}, {PlacesRole, "places"},
            {FirstOfLevelRole, "firstOfLevel"}};
}

void TrainingsModel::setDepartment(const QString &code)
{
    if (code == m_department)
        return;
    m_department = code;
    refilter();
}

QString TrainingsModel::departmentName() const
{
    return m_department.isEmpty() ? QString() : kiosk::departmentName(m_department);
}

void TrainingsModel::toggleDepartment(const QString &code)
{
    setDepartment(code == m_department ? QString() : code);
}

void TrainingsModel::reset()
{
    setDepartment({});
}

void TrainingsModel::reload()
{
    m_trainings = kiosk::TrainingQueries(m_store).trainings();
    QHash<QString, int> counts;
    for (const kiosk::TrainingRecord &training : m_trainings) {
        QSet<QString> departments;
        for (const kiosk::TrainingPlace &place : training.places)
            departments.insert(place.department);
        for (const QString &department : departments)
            ++counts[department];
    }
    m_departments.setCounts(counts);
    refilter();
}

void TrainingsModel::refilter()
{
    beginResetModel();
    m_visible.clear();
    for (int i = 0; i < m_trainings.size(); ++i) {
        if (m_department.isEmpty() || taughtIn(m_trainings.at(i), m_department))
            m_visible.append(i);
    }
    endResetModel();
    m_departments.setSelected(m_department);
    Q_EMIT departmentChanged();
}

QString TrainingsModel::places(const kiosk::TrainingRecord &training) const
{
    QStringList towns;
    for (const kiosk::TrainingPlace &place : training.places) {
        const QString town = QStringLiteral("%1 (%2)").arg(place.town, place.department);
        if ((m_department.isEmpty() || place.department == m_department) && !towns.contains(town))
            towns.append(town);
    }
    return towns.join(QStringLiteral(" · "));
}
