// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "QmlSingleton.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace kiosk {
class ContentStore;
}
class Preferences;

// What the home screen says about the active content: its titles (in the visitor's language) and
// how much there is to see. Re-read when the content is reopened after an update.
class ContentSummary : public QObject, public QmlSingleton<ContentSummary>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString homeTitle READ homeTitle NOTIFY changed)
    Q_PROPERTY(QString homeSubtitle READ homeSubtitle NOTIFY changed)
    Q_PROPERTY(int version READ version NOTIFY changed)
    Q_PROPERTY(int jobCount READ jobCount NOTIFY changed)
    Q_PROPERTY(int interviewCount READ interviewCount NOTIFY changed)
    Q_PROPERTY(int trainingCount READ trainingCount NOTIFY changed)
    Q_PROPERTY(int figureCount READ figureCount NOTIFY changed)

public:
    ContentSummary(kiosk::ContentStore &store, Preferences &preferences, QObject *parent = nullptr);

    QString homeTitle() const;
    QString homeSubtitle() const;
    int version() const { return m_version; }
    int jobCount() const { return m_jobs; }
    int interviewCount() const { return m_interviews; }
    int trainingCount() const { return m_trainings; }
    int figureCount() const { return m_figures; }

Q_SIGNALS:
    void changed();

private:
    void reload();

    kiosk::ContentStore &m_store;
    Preferences &m_preferences;
    QString m_title, m_titleEn, m_subtitle, m_subtitleEn;
    int m_version = 0, m_jobs = 0, m_interviews = 0, m_trainings = 0, m_figures = 0;
};
