// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContentSummary.h"

#include "Preferences.h"
#include "content/ContentStore.h"

using kiosk::localized;

ContentSummary::ContentSummary(kiosk::ContentStore &store, Preferences &preferences, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_preferences(preferences)
{
    connect(&store, &kiosk::ContentStore::reopened, this, &ContentSummary::reload);
    connect(&preferences, &Preferences::languageChanged, this, &ContentSummary::changed);
    reload();
}

QString ContentSummary::homeTitle() const
{
    return localized(m_preferences.contentLanguage(), m_title, m_titleEn);
}

QString ContentSummary::homeSubtitle() const
{
    return localized(m_preferences.contentLanguage(), m_subtitle, m_subtitleEn);
}

void ContentSummary::reload()
{
    const kiosk::ContentInfo info = m_store.info();
    m_title = info.homeTitle;
    m_titleEn = info.homeTitleEn;
    m_subtitle = info.homeSubtitle;
    m_subtitleEn = info.homeSubtitleEn;
    m_version = info.version;
    m_jobs = qMax(0, m_store.count(QStringLiteral("jobs")));
    m_interviews = qMax(0, m_store.count(QStringLiteral("interviews")));
    m_trainings = qMax(0, m_store.count(QStringLiteral("trainings")));
    m_figures = qMax(0, m_store.count(QStringLiteral("figures")));
    Q_EMIT changed();
}
