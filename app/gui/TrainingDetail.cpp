// SPDX-License-Identifier: GPL-3.0-or-later
#include "TrainingDetail.h"

#include "JobLinkList.h"
#include "LevelNames.h"
#include "Preferences.h"
#include "content/ContentStore.h"
#include "content/Departments.h"

using kiosk::localized;

TrainingDetail::TrainingDetail(const QString &trainingId, kiosk::ContentStore &store,
                               Preferences &preferences, QObject *parent)
    : QObject(parent)
    , m_id(trainingId)
    , m_store(store)
    , m_preferences(preferences)
{
    connect(&store, &kiosk::ContentStore::reopened, this, &TrainingDetail::reload);
    connect(&preferences, &Preferences::languageChanged, this, &TrainingDetail::changed);
    reload();
}

void TrainingDetail::reload()
{
    m_record = kiosk::TrainingQueries(m_store).training(m_id);
    Q_EMIT changed();
}

QString TrainingDetail::name() const
{
    return m_record ? localized(m_preferences.contentLanguage(), m_record->name, m_record->nameEnglish)
                    : QString();
}

QString TrainingDetail::level() const
{
    return m_record ? levelName(m_record->level) : QString();
}

QString TrainingDetail::duration() const
{
    return m_record ? m_record->duration : QString();
}

QString TrainingDetail::description() const
{
    return m_record ? localized(m_preferences.contentLanguage(), m_record->description,
                                m_record->descriptionEnglish)
                    : QString();
}

QString TrainingDetail::sourceUrl() const
{
    return m_record ? m_record->sourceUrl : QString();
}

QVariantList TrainingDetail::places() const
{
    QVariantList list;
    if (!m_record)
        return list;
    for (const kiosk::TrainingPlace &place : m_record->places) {
        list.append(QVariantMap{{QStringLiteral("establishment"), place.establishment},
                                {QStringLiteral("town"), place.town},
                                {QStringLiteral("department"), place.department},
                                {QStringLiteral("departmentName"), kiosk::departmentName(place.department)}});
    }
    return list;
}

QVariantList TrainingDetail::jobs() const
{
    return m_record ? jobLinkList(m_record->jobs, m_preferences.contentLanguage()) : QVariantList();
}
