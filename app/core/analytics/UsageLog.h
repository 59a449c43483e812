// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "UsageReport.h"

#include <QDateTime>
#include <QObject>
#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace kiosk {

class Visit;

// One hourly aggregate row, as the CSV export lists them. For visits, metric is "sessions",
// "seconds" or "screens" and kind/item are empty.
struct UsageRow
{
    int event = 0;
    QString day; // yyyy-MM-dd, local time
    int hour = 0;
    QString metric;
    QString kind;
    QString item;
    qint64 value = 0;
};

// The anonymous usage statistics: hourly aggregates in their own SQLite database (WAL,
// synchronous=FULL), outside the swapped content so updates and rollbacks keep them. A finished
// visit is written in one transaction; a power cut loses at most the visit in progress.
// Rows older than the retention period are removed. Opening a corrupt database moves it aside
// (…corrupt-<date>) and starts an empty one: statistics must never keep the kiosk from running.
class UsageLog : public QObject
{
    Q_OBJECT
public:
    using Clock = std::function<QDateTime()>;
    static constexpr int kDefaultRetentionDays = 400;

    explicit UsageLog(Clock clock = &QDateTime::currentDateTime, QObject *parent = nullptr);
    ~UsageLog() override;

    // Opens (creating if needed) and migrates the database, then applies the retention.
    bool open(const QString &path, int retentionDays = kDefaultRetentionDays);
    void close();
    bool isOpen() const;
    QString errorString() const { return m_error; }
    QString path() const { return m_path; }
    int retentionDays() const { return m_retentionDays; }
    QDateTime now() const { return m_clock(); }

    // Adds a finished visit to the aggregates of the current event.
    bool record(const Visit &visit);
    // Starts a new event (staff "reset the statistics"): "this event" counts from now on; all-time
    // figures keep what was before.
    bool startNewEvent();
    QDateTime eventStarted() const;
    // Removes the rows of days older than the retention period; returns how many went.
    int removeExpired();

    UsageReport report(UsagePeriod period) const;
    // Every aggregate row, oldest first (for the CSV export).
    QList<UsageRow> rows() const;
    // PRAGMA integrity_check says "ok".
    bool integrityOk(QString *detail = nullptr) const;

Q_SIGNALS:
    // The figures changed (a visit was recorded, an event started, old rows removed).
    void changed();

private:
    bool prepare(QString *error);
    int currentEvent() const;
    QSqlDatabase database() const;

    Clock m_clock;
    QString m_connectionName;
    QString m_path;
    QString m_error;
    int m_retentionDays = kDefaultRetentionDays;
    QDate m_lastRetention;
};

} // namespace kiosk
