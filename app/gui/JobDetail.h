// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "content/JobQueries.h"

#include <QObject>
#include <QUrl>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace kiosk {
class ContentStore;
}
class Preferences;

// One job card: what the job screen shows, in the visitor's language. Built per screen by
// Details.job() (a stack can hold two job screens at once); re-read when the content is reopened.
class JobDetail : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Made by Details.job()")
    Q_PROPERTY(bool found READ found NOTIFY changed)
    Q_PROPERTY(QString jobId READ jobId CONSTANT)
    Q_PROPERTY(QString title READ title NOTIFY changed)
    Q_PROPERTY(QString titleMasculine READ titleMasculine NOTIFY changed)
    Q_PROPERTY(QString titleFeminine READ titleFeminine NOTIFY changed)
    Q_PROPERTY(QString hook READ hook NOTIFY changed)
    Q_PROPERTY(QString missions READ missions NOTIFY changed)
    Q_PROPERTY(QString skills READ skills NOTIFY changed)
    Q_PROPERTY(QUrl image READ image NOTIFY changed)
    Q_PROPERTY(QString levels READ levels NOTIFY changed)
    Q_PROPERTY(QString sectors READ sectors NOTIFY changed)
    Q_PROPERTY(QString sourceUrl READ sourceUrl NOTIFY changed)
    // [{trainingId, name, level}], by level
    Q_PROPERTY(QVariantList trainings READ trainings NOTIFY changed)
    // [{interviewId, person, role, portrait}]
    Q_PROPERTY(QVariantList interviews READ interviews NOTIFY changed)

public:
    JobDetail(const QString &jobId, kiosk::ContentStore &store, Preferences &preferences,
              QObject *parent = nullptr);

    bool found() const { return m_record.has_value(); }
    QString jobId() const { return m_id; }
    QString title() const;
    QString titleMasculine() const;
    QString titleFeminine() const;
    QString hook() const;
    QString missions() const;
    QString skills() const;
    QUrl image() const;
    QString levels() const;
    QString sectors() const;
    QString sourceUrl() const;
    QVariantList trainings() const;
    QVariantList interviews() const;

Q_SIGNALS:
    void changed();

private:
    void reload();
    kiosk::Language language() const;

    QString m_id;
    kiosk::ContentStore &m_store;
    Preferences &m_preferences;
    std::optional<kiosk::JobRecord> m_record;
};
