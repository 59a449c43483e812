// SPDX-License-Identifier: GPL-3.0-or-later
#include "UsageLog.h"

#include "AnalyticsSchema.h"
#include "Logging.h"
#include "Visit.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariantList>

namespace kiosk {
namespace {

const QString kDayFormat = QStringLiteral("yyyy-MM-dd");

enum class Prepared { Ok, Corrupt, Failed };

QSqlQuery run(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    bool ok = query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    ok = ok && query.exec();
    if (!ok)
        qCWarning(lcAnalytics).noquote() << "query failed:" << query.lastError().text() << "in" << sql.left(100);
    return query;
}

// The WHERE clause (and its values) selecting one period's rows.
struct Filter
{
    QString where;
    QVariantList values;
};

Filter filterFor(UsagePeriod period, const QDate &today, int event)
{
    switch (period) {
    case UsagePeriod::Today:
        return {QStringLiteral("day = ?"), {today.toString(kDayFormat)}};
    case UsagePeriod::Event:
        return {QStringLiteral("event = ?"), {event}};
    case UsagePeriod::AllTime:
        break;
    }
    return {QStringLiteral("1 = 1"), {}};
}

// Items of one metric (and kind, unless empty), most counted first.
QList<RankedItem> ranked(const QSqlDatabase &db, const Filter &filter, const QString &metric,
                         const QString &kind, int limit)
{
    QVariantList values = filter.values;
    values << metric;
    QString sql = QStringLiteral("SELECT kind, item, SUM(count) AS total FROM counts WHERE ") + filter.where
                  + QStringLiteral(" AND metric = ?");
    if (!kind.isEmpty()) {
        sql += QStringLiteral(" AND kind = ?");
        values << kind;
    }
    sql += QStringLiteral(" GROUP BY kind, item ORDER BY total DESC, kind, item LIMIT ?");
    values << limit;
    QSqlQuery query = run(db, sql, values);
    QList<RankedItem> items;
    while (query.next())
        items.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toInt()});
    return items;
}

int total(const QSqlDatabase &db, const Filter &filter, const QString &metric)
{
    QSqlQuery query = run(db, QStringLiteral("SELECT COALESCE(SUM(count), 0) FROM counts WHERE ") + filter.where
                                  + QStringLiteral(" AND metric = ?"),
                          filter.values + QVariantList{metric});
    return query.next() ? query.value(0).toInt() : 0;
}

QMap<QString, int> byItem(const QSqlDatabase &db, const Filter &filter, const QString &metric)
{
    QSqlQuery query = run(db, QStringLiteral("SELECT item, SUM(count) FROM counts WHERE ") + filter.where
                                  + QStringLiteral(" AND metric = ? GROUP BY item"),
                          filter.values + QVariantList{metric});
    QMap<QString, int> counts;
    while (query.next())
        counts.insert(query.value(0).toString(), query.value(1).toInt());
    return counts;
}

QList<VideoStats> videoStats(const QSqlDatabase &db, const Filter &filter, int limit)
{
    const QString sql = QStringLiteral(
                            "SELECT item,"
                            " SUM(CASE WHEN metric = ? THEN count ELSE 0 END) AS starts,"
                            " SUM(CASE WHEN metric = ? THEN count ELSE 0 END),"
                            " SUM(CASE WHEN metric = ? THEN count ELSE 0 END),"
                            " SUM(CASE WHEN metric = ? THEN count ELSE 0 END),"
                            " SUM(CASE WHEN metric = ? THEN count ELSE 0 END)"
                            " FROM counts WHERE kind = 'interview' AND ")
                        + filter.where + QStringLiteral(" GROUP BY item HAVING starts > 0"
                                                        " ORDER BY starts DESC, item LIMIT ?");
    QVariantList values{UsageMetric::VideoStart, UsageMetric::Video25, UsageMetric::Video50,
                        UsageMetric::Video75, UsageMetric::Video100};
    values << filter.values << limit;
    QSqlQuery query = run(db, sql, values);
    QList<VideoStats> videos;
    while (query.next()) {
        VideoStats video;
        video.id = query.value(0).toString();
        video.starts = query.value(1).toInt();
        for (int quarter = 0; quarter < 4; ++quarter)
            video.reached[size_t(quarter)] = query.value(2 + quarter).toInt();
        videos << video;
    }
    return videos;
}

// A corrupt database is kept for inspection under another name; the kiosk starts a new one.
void moveAside(const QString &path, const QDateTime &now)
{
    const QString aside = path + QStringLiteral(".corrupt-") + now.toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QFile::rename(path, aside);
    QFile::rename(path + QStringLiteral("-wal"), aside + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    qCWarning(lcAnalytics).noquote() << "statistics database was corrupt, moved to" << aside;
}

} // namespace

UsageLog::UsageLog(Clock clock, QObject *parent)
    : QObject(parent)
    , m_clock(std::move(clock))
    , m_connectionName(QStringLiteral("analytics-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

UsageLog::~UsageLog()
{
    close();
}

QSqlDatabase UsageLog::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool UsageLog::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && database().isOpen();
}

bool UsageLog::open(const QString &path, int retentionDays)
{
    close();
    m_path = QFileInfo(path).absoluteFilePath();
    m_retentionDays = retentionDays > 0 ? retentionDays : kDefaultRetentionDays;
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    for (int attempt = 0; attempt < 2; ++attempt) {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
            db.setDatabaseName(m_path);
            db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        }
        QString error;
        const bool ok = prepare(&error);
        if (ok) {
            qCInfo(lcAnalytics).noquote() << "statistics database opened:" << m_path;
            removeExpired();
            return true;
        }
        const bool corrupt = error.startsWith(QLatin1String("corrupt"));
        close();
        m_error = QStringLiteral("cannot open the statistics database %1: %2").arg(m_path, error);
        if (!corrupt || attempt > 0)
            break;
        moveAside(m_path, m_clock());
    }
    qCWarning(lcAnalytics).noquote() << m_error;
    return false;
}

bool UsageLog::prepare(QString *error)
{
    QSqlDatabase db = database();
    if (!db.open()) {
        *error = db.lastError().text();
        return false;
    }
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA quick_check")) || !query.next()
        || query.value(0).toString() != QLatin1String("ok")) {
        *error = QStringLiteral("corrupt (%1)").arg(query.lastError().isValid() ? query.lastError().text()
                                                                                 : query.value(0).toString());
        return false;
    }
    // WAL + FULL: every committed visit is on disk before record() returns.
    if (!query.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !query.next()
        || query.value(0).toString() != QLatin1String("wal")) {
        *error = QStringLiteral("cannot switch to WAL: ") + query.lastError().text();
        return false;
    }
    for (const QString &pragma : {QStringLiteral("PRAGMA synchronous = FULL"), QStringLiteral("PRAGMA foreign_keys = ON")}) {
        if (!query.exec(pragma)) {
            *error = query.lastError().text();
            return false;
        }
    }
    if (!AnalyticsSchema::migrate(db, error))
        return false;
    if (currentEvent() == 0
        && !run(db, QStringLiteral("INSERT INTO events (started) VALUES (?)"),
                {m_clock().toLocalTime().toString(Qt::ISODate)})
                .isActive()) {
        *error = QStringLiteral("cannot start the first event");
        return false;
    }
    return true;
}

void UsageLog::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    database().close();
    QSqlDatabase::removeDatabase(m_connectionName);
}

int UsageLog::currentEvent() const
{
    QSqlQuery query = run(database(), QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM events"));
    return query.next() ? query.value(0).toInt() : 0;
}

QDateTime UsageLog::eventStarted() const
{
    if (!isOpen())
        return {};
    QSqlQuery query = run(database(), QStringLiteral("SELECT started FROM events ORDER BY id DESC LIMIT 1"));
    return query.next() ? QDateTime::fromString(query.value(0).toString(), Qt::ISODate) : QDateTime();
}

bool UsageLog::record(const Visit &visit)
{
    if (!isOpen())
        return false;
    QSqlDatabase db = database();
    const int event = currentEvent();
    const QDateTime start = visit.start().toLocalTime();
    if (!db.transaction()) {
        qCWarning(lcAnalytics).noquote() << "cannot record a visit:" << db.lastError().text();
        return false;
    }
    bool ok = run(db,
                  QStringLiteral("INSERT INTO visits VALUES (?, ?, ?, 1, ?, ?) ON CONFLICT (event, day, hour)"
                                 " DO UPDATE SET sessions = sessions + 1, seconds = seconds + excluded.seconds,"
                                 " screens = screens + excluded.screens"),
                  {event, start.date().toString(kDayFormat), start.time().hour(), visit.durationSeconds(),
                   visit.screens()})
                  .isActive();
    QSqlQuery counts(db);
    ok = ok
         // An empty QString may bind as NULL: kind and item are '' when there is none.
         && counts.prepare(QStringLiteral("INSERT INTO counts VALUES (?, ?, ?, ?, COALESCE(?, ''), COALESCE(?, ''), ?)"
                                          " ON CONFLICT (event, day, hour, metric, kind, item)"
                                          " DO UPDATE SET count = count + excluded.count"));
    for (auto it = visit.counts().cbegin(); ok && it != visit.counts().cend(); ++it) {
        const UsageCountKey &key = it.key();
        const QVariantList values{event, key.day.toString(kDayFormat), key.hour, key.metric,
                                  key.kind, key.item, it.value()};
        for (int i = 0; i < values.size(); ++i)
            counts.bindValue(i, values.at(i));
        ok = counts.exec();
    }
    if (!ok || !db.commit()) {
        qCWarning(lcAnalytics).noquote() << "cannot record a visit:" << counts.lastError().text()
                                         << db.lastError().text();
        db.rollback();
        return false;
    }
    if (m_lastRetention != m_clock().toLocalTime().date())
        removeExpired();
    Q_EMIT changed();
    return true;
}

bool UsageLog::startNewEvent()
{
    if (!isOpen())
        return false;
    const QDateTime now = m_clock().toLocalTime();
    if (!run(database(), QStringLiteral("INSERT INTO events (started) VALUES (?)"), {now.toString(Qt::ISODate)})
             .isActive())
        return false;
    qCInfo(lcAnalytics).noquote() << "statistics reset: new event from" << now.toString(Qt::ISODate);
    Q_EMIT changed();
    return true;
}

int UsageLog::removeExpired()
{
    if (!isOpen())
        return 0;
    const QDate today = m_clock().toLocalTime().date();
    const QString cutoff = today.addDays(-m_retentionDays).toString(kDayFormat);
    int removed = 0;
    for (const QString &table : {QStringLiteral("visits"), QStringLiteral("counts")}) {
        QSqlQuery query = run(database(), QStringLiteral("DELETE FROM %1 WHERE day < ?").arg(table), {cutoff});
        removed += qMax(0, query.numRowsAffected());
    }
    m_lastRetention = today;
    if (removed > 0) {
        qCInfo(lcAnalytics).noquote() << "removed" << removed << "statistics rows older than" << cutoff;
        Q_EMIT changed();
    }
    return removed;
}

UsageReport UsageLog::report(UsagePeriod period) const
{
    UsageReport report;
    report.period = period;
    if (!isOpen())
        return report;
    const QSqlDatabase db = database();
    report.eventStarted = eventStarted();
    const Filter filter = filterFor(period, m_clock().toLocalTime().date(), currentEvent());

    QSqlQuery totals = run(db,
                           QStringLiteral("SELECT COALESCE(SUM(sessions), 0), COALESCE(SUM(seconds), 0),"
                                          " COALESCE(SUM(screens), 0) FROM visits WHERE ")
                               + filter.where,
                           filter.values);
    if (totals.next()) {
        report.sessions = totals.value(0).toInt();
        report.totalSeconds = totals.value(1).toLongLong();
        report.screens = totals.value(2).toInt();
    }
    QSqlQuery hours = run(db, QStringLiteral("SELECT hour, SUM(sessions) FROM visits WHERE ") + filter.where
                                  + QStringLiteral(" GROUP BY hour"),
                          filter.values);
    while (hours.next())
        report.visitsByHour[size_t(std::clamp(hours.value(0).toInt(), 0, 23))] = hours.value(1).toInt();

    const int top = UsageReport::kTopCount;
    report.topJobs = ranked(db, filter, UsageMetric::View, QStringLiteral("job"), top);
    report.topTrainings = ranked(db, filter, UsageMetric::View, QStringLiteral("training"), top);
    report.interviews = videoStats(db, filter, top);
    report.quizCompletions = total(db, filter, UsageMetric::QuizCompleted);
    report.quizProposals = ranked(db, filter, UsageMetric::QuizProposed, QStringLiteral("job"), top);
    report.searches = total(db, filter, UsageMetric::Search);
    report.searchesWithoutResult = total(db, filter, UsageMetric::SearchEmpty);
    report.searchMatches = ranked(db, filter, UsageMetric::SearchMatch, {}, top);
    report.toggles = byItem(db, filter, UsageMetric::Toggle);
    report.screensByPage = byItem(db, filter, UsageMetric::Screen);
    return report;
}

QList<UsageRow> UsageLog::rows() const
{
    QList<UsageRow> rows;
    if (!isOpen())
        return rows;
    QSqlQuery query = run(database(),
                          QStringLiteral("SELECT event, day, hour, metric, kind, item, value FROM ("
                                         " SELECT event, day, hour, 0 AS rank, 'sessions' AS metric, '' AS kind,"
                                         "  '' AS item, sessions AS value FROM visits"
                                         " UNION ALL SELECT event, day, hour, 1, 'seconds', '', '', seconds FROM visits"
                                         " UNION ALL SELECT event, day, hour, 2, 'screens', '', '', screens FROM visits"
                                         " UNION ALL SELECT event, day, hour, 3, metric, kind, item, count FROM counts)"
                                         " ORDER BY day, hour, event, rank, metric, kind, item"));
    while (query.next()) {
        rows.append({query.value(0).toInt(), query.value(1).toString(), query.value(2).toInt(),
                     query.value(3).toString(), query.value(4).toString(), query.value(5).toString(),
                     query.value(6).toLongLong()});
    }
    return rows;
}

bool UsageLog::integrityOk(QString *detail) const
{
    if (!isOpen())
        return false;
    QSqlQuery query = run(database(), QStringLiteral("PRAGMA integrity_check"));
    const QString result = query.next() ? query.value(0).toString() : query.lastError().text();
    if (detail)
        *detail = result;
    return result == QLatin1String("ok");
}

} // namespace kiosk
