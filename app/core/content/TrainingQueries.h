// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "JobLinks.h"

#include <QList>
#include <QString>

#include <optional>

namespace kiosk {

class ContentStore;

// Where a training can be followed.
struct TrainingPlace
{
    QString establishment;
    QString town;
    QString department;   // "09", "31"…
};

struct TrainingRecord
{
    QString id;
    QString name;
    QString nameEnglish;
    QString kind;         // bts, but, licence… (authoring format)
    int level = 0;        // level reached: 0 = bac, 2, 3, 5
    QString duration;
    QString description;
    QString descriptionEnglish;
    QString sourceUrl;
    QList<TrainingPlace> places;   // by department, town
    QList<JobLink> jobs;           // the jobs it leads to; filled by training() only
};

// Typed reads of trainings and where to follow them. Errors are logged and give empty results.
class TrainingQueries
{
public:
    explicit TrainingQueries(const ContentStore &store);

    // Every training with its places, by level then content order.
    QList<TrainingRecord> trainings() const;
    std::optional<TrainingRecord> training(const QString &id) const;

private:
    const ContentStore &m_store;
};

} // namespace kiosk
