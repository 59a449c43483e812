// SPDX-License-Identifier: GPL-3.0-or-later
#include "JobDetail.h"

#include "LevelNames.h"
#include "MediaUrl.h"
#include "Preferences.h"

#include <QStringList>

using kiosk::localized;

JobDetail::JobDetail(const QString &jobId, kiosk::ContentStore &store, Preferences &preferences,
                     QObject *parent)
    : QObject(parent)
    , m_id(jobId)
    , m_store(store)
    , m_preferences(preferences)
{
    connect(&store, &kiosk::ContentStore::reopened, this, &JobDetail::reload);
    connect(&preferences, &Preferences::languageChanged, this, &JobDetail::changed);
    reload();
}

void JobDetail::reload()
{
    m_record = kiosk::JobQueries(m_store).job(m_id);
    Q_EMIT changed();
}

kiosk::Language JobDetail::language() const
{
    return m_preferences.contentLanguage();
}

QString JobDetail::title() const
{
    if (!m_record)
        return {};
    const kiosk::JobSummary &job = m_record->summary;
    return kiosk::jobTitle(language(), job.titleMasculine, job.titleFeminine, job.titleEnglish);
}

QString JobDetail::titleMasculine() const
{
    return m_record ? m_record->summary.titleMasculine : QString();
}

QString JobDetail::titleFeminine() const
{
    return m_record ? m_record->summary.titleFeminine : QString();
}

QString JobDetail::hook() const
{
    return m_record ? localized(language(), m_record->summary.hook, m_record->summary.hookEnglish)
                    : QString();
}

QString JobDetail::missions() const
{
    return m_record ? localized(language(), m_record->missions, m_record->missionsEnglish) : QString();
}

QString JobDetail::skills() const
{
    return m_record ? localized(language(), m_record->skills, m_record->skillsEnglish) : QString();
}

QUrl JobDetail::image() const
{
    return m_record ? mediaUrl(m_store, m_record->summary.image) : QUrl();
}

QString JobDetail::levels() const
{
    return m_record ? levelNames(m_record->summary.levels) : QString();
}

QString JobDetail::sectors() const
{
    if (!m_record)
        return {};
    QStringList names;
    for (const kiosk::FacetValue &sector : m_record->sectors)
        names.append(localized(language(), sector.name, sector.nameEnglish));
    return names.join(QStringLiteral(" · "));
}

QString JobDetail::sourceUrl() const
{
    return m_record ? m_record->sourceUrl : QString();
}

QVariantList JobDetail::trainings() const
{
    QVariantList list;
    if (!m_record)
        return list;
    for (const kiosk::TrainingLink &training : m_record->trainings) {
        list.append(QVariantMap{{QStringLiteral("trainingId"), training.id},
                                {QStringLiteral("name"),
                                 localized(language(), training.name, training.nameEnglish)},
                                {QStringLiteral("level"), levelName(training.level)}});
    }
    return list;
}

QVariantList JobDetail::interviews() const
{
    QVariantList list;
    if (!m_record)
        return list;
    for (const kiosk::InterviewLink &interview : m_record->interviews) {
        list.append(QVariantMap{{QStringLiteral("interviewId"), interview.id},
                                {QStringLiteral("person"), interview.person},
                                {QStringLiteral("role"),
                                 localized(language(), interview.role, interview.roleEnglish)},
                                {QStringLiteral("portrait"), mediaUrl(m_store, interview.portrait)}});
    }
    return list;
}
