// SPDX-License-Identifier: GPL-3.0-or-later
#include "TrainingQueries.h"

#include "ContentStore.h"
#include "Logging.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace kiosk {
namespace {

const QString kColumns = QStringLiteral(
    "SELECT id, name, name_en, kind, level, duration, description, description_en, source_url"
    " FROM trainings");

bool exec(QSqlQuery &query)
{
    if (query.exec())
        return true;
    qCWarning(lcContent).noquote() << "query failed:" << query.lastError().text();
    return false;
}

TrainingRecord recordFrom(const QSqlQuery &query)
{
    TrainingRecord record;
    record.id = query.value(0).toString();
    record.name = query.value(1).toString();
    record.nameEnglish = query.value(2).toString();
    record.kind = query.value(3).toString();
    record.level = query.value(4).toInt();
    record.duration = query.value(5).toString();
    record.description = query.value(6).toString();
    record.descriptionEnglish = query.value(7).toString();
    record.sourceUrl = query.value(8).toString();
    return record;
}

// training id → places, ordered by department then town.
QHash<QString, QList<TrainingPlace>> placesById(const QSqlDatabase &db)
{
    QHash<QString, QList<TrainingPlace>> places;
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT training_id, establishment, town, department"
                                 " FROM training_places ORDER BY department, town, establishment"));
    if (!exec(query))
        return places;
    while (query.next()) {
        places[query.value(0).toString()].append(
            {query.value(1).toString(), query.value(2).toString(), query.value(3).toString()});
    }
    return places;
}

} // namespace

TrainingQueries::TrainingQueries(const ContentStore &store)
    : m_store(store)
{
}

QList<TrainingRecord> TrainingQueries::trainings() const
{
    QList<TrainingRecord> trainings;
    const QSqlDatabase db = m_store.database();
    QSqlQuery query(db);
    query.prepare(kColumns + QStringLiteral(" ORDER BY level, sort_order, id"));
    if (!exec(query))
        return trainings;
    const auto places = placesById(db);
    while (query.next()) {
        TrainingRecord record = recordFrom(query);
        record.places = places.value(record.id);
        trainings.append(record);
    }
    return trainings;
}

std::optional<TrainingRecord> TrainingQueries::training(const QString &id) const
{
    const QSqlDatabase db = m_store.database();
    QSqlQuery query(db);
    query.prepare(kColumns + QStringLiteral(" WHERE id = ?"));
    query.addBindValue(id);
    if (!exec(query) || !query.next())
        return std::nullopt;
    TrainingRecord record = recordFrom(query);
    record.places = placesById(db).value(id);

    record.jobs = linkedJobs(db, QLatin1String("job_trainings"), QLatin1String("training_id"), id);
    return record;
}

} // namespace kiosk
