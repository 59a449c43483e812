// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "QmlSingleton.h"
#include "StatsRowModel.h"

#include "analytics/ItemTitles.h"
#include "analytics/UsageReport.h"

#include <QDateTime>
#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace kiosk {
class ContentStore;
class UsageLog;
} // namespace kiosk
class QThread;

// The usage statistics the staff screen shows (qml/components/StatsPanel.qml): today, this event
// (since staff last reset the statistics) or all time. Re-read when a visit is recorded, when the
// period changes and when the content changes (titles). Reset and export are staff actions: the
// staff screen confirms the reset with the PIN before calling resetStatistics().
class StatsController : public QObject, public QmlSingleton<StatsController>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(Period period READ period WRITE setPeriod NOTIFY periodChanged)
    Q_PROPERTY(bool available READ available NOTIFY refreshed)
    Q_PROPERTY(int sessions READ sessions NOTIFY refreshed)
    Q_PROPERTY(int meanSessionSeconds READ meanSessionSeconds NOTIFY refreshed)
    Q_PROPERTY(double meanScreens READ meanScreens NOTIFY refreshed)
    Q_PROPERTY(int busiestHour READ busiestHour NOTIFY refreshed)
    Q_PROPERTY(int quizCompletions READ quizCompletions NOTIFY refreshed)
    Q_PROPERTY(int searches READ searches NOTIFY refreshed)
    Q_PROPERTY(QDateTime eventStarted READ eventStarted NOTIFY refreshed)
    Q_PROPERTY(StatsRowModel *hours READ hours CONSTANT)
    Q_PROPERTY(StatsRowModel *topJobs READ topJobs CONSTANT)
    Q_PROPERTY(StatsRowModel *interviews READ interviews CONSTANT)
    Q_PROPERTY(StatsRowModel *quizJobs READ quizJobs CONSTANT)
    // Where the staff screen's "Exporter" writes: the kiosk-export/ folder of the stick last
    // plugged in ("" when none).
    Q_PROPERTY(QString exportFolder READ exportFolder WRITE setExportFolder NOTIFY exportFolderChanged)
    Q_PROPERTY(bool exporting READ exporting NOTIFY exportingChanged)
    Q_PROPERTY(QString exportMessage READ exportMessage NOTIFY exportingChanged)

public:
    enum Period { Today, Event, AllTime };
    Q_ENUM(Period)

    StatsController(kiosk::UsageLog &log, kiosk::ContentStore &store, const QString &kioskId,
                    QObject *parent = nullptr);
    ~StatsController() override;

    Period period() const { return m_period; }
    void setPeriod(Period period);
    bool available() const;
    int sessions() const { return m_report.sessions; }
    int meanSessionSeconds() const { return qRound(m_report.meanSessionSeconds()); }
    double meanScreens() const;
    int busiestHour() const; // -1 when there was no visit
    int quizCompletions() const { return m_report.quizCompletions; }
    int searches() const { return m_report.searches + m_report.searchesWithoutResult; }
    QDateTime eventStarted() const { return m_report.eventStarted; }
    StatsRowModel *hours() { return &m_hours; }
    StatsRowModel *topJobs() { return &m_topJobs; }
    StatsRowModel *interviews() { return &m_interviews; }
    StatsRowModel *quizJobs() { return &m_quizJobs; }
    QString exportFolder() const { return m_exportFolder; }
    void setExportFolder(const QString &folder);
    bool exporting() const { return m_exportThread != nullptr; }
    QString exportMessage() const { return m_exportMessage; }

    Q_INVOKABLE void refresh();
    // Starts a new event ("Remettre à zéro"), once staff confirmed with the PIN.
    Q_INVOKABLE bool resetStatistics();
    // Writes the CSV + JSON export into folder (e.g. the stick's kiosk-export/), which must exist,
    // in the background; exported() tells how it went. Returns false when an export is already
    // running.
    Q_INVOKABLE bool exportTo(const QString &folder);

Q_SIGNALS:
    void periodChanged();
    void refreshed();
    void exportFolderChanged();
    void exportingChanged();
    void exported(bool ok, const QString &message);

private:
    void reloadTitles();
    void finishExport(bool ok, const QString &message);

    kiosk::UsageLog &m_log;
    kiosk::ContentStore &m_store;
    QString m_kioskId;
    kiosk::ItemTitles m_titles;
    Period m_period = Event;
    kiosk::UsageReport m_report;
    StatsRowModel m_hours, m_topJobs, m_interviews, m_quizJobs;
    QString m_exportFolder;
    QThread *m_exportThread = nullptr;
    QString m_exportMessage;
};
