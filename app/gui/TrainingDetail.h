// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "content/Language.h"
#include "content/TrainingQueries.h"

#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace kiosk {
class ContentStore;
}
class Preferences;

// One training: what it is, where to follow it in Occitanie, the jobs it leads to. Built per
// screen by Details.training(); re-read when the content is reopened.
class TrainingDetail : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Made by Details.training()")
    Q_PROPERTY(bool found READ found NOTIFY changed)
    Q_PROPERTY(QString trainingId READ trainingId CONSTANT)
    Q_PROPERTY(QString name READ name NOTIFY changed)
    Q_PROPERTY(QString level READ level NOTIFY changed)
    Q_PROPERTY(QString duration READ duration NOTIFY changed)
    Q_PROPERTY(QString description READ description NOTIFY changed)
    Q_PROPERTY(QString sourceUrl READ sourceUrl NOTIFY changed)
    // [{establishment, town, department, departmentName}], by department
    Q_PROPERTY(QVariantList places READ places NOTIFY changed)
    // [{jobId, title}]
    Q_PROPERTY(QVariantList jobs READ jobs NOTIFY changed)

public:
    TrainingDetail(const QString &trainingId, kiosk::ContentStore &store, Preferences &preferences,
                   QObject *parent = nullptr);

    bool found() const { return m_record.has_value(); }
    QString trainingId() const { return m_id; }
    QString name() const;
    QString level() const;
    QString duration() const;
    QString description() const;
    QString sourceUrl() const;
    QVariantList places() const;
    QVariantList jobs() const;

Q_SIGNALS:
    void changed();

private:
    void reload();

    QString m_id;
    kiosk::ContentStore &m_store;
    Preferences &m_preferences;
    std::optional<kiosk::TrainingRecord> m_record;
};
