// SPDX-License-Identifier: GPL-3.0-or-later
#include "StatsController.h"

#include "analytics/UsageExport.h"
#include "analytics/UsageLog.h"
#include "content/ContentStore.h"

#include <QFileInfo>
#include <QThread>

#include <algorithm>
#include <memory>

namespace {

QList<StatsRowModel::Row> rankedRows(const QList<kiosk::RankedItem> &items, const kiosk::ItemTitles &titles)
{
    QList<StatsRowModel::Row> rows;
    for (const kiosk::RankedItem &item : items)
        rows.append({item.id, titles.title(item.kind, item.id), item.count, 0, 0});
    return rows;
}

kiosk::UsagePeriod usagePeriod(StatsController::Period period)
{
    switch (period) {
    case StatsController::Today:
        return kiosk::UsagePeriod::Today;
    case StatsController::Event:
        return kiosk::UsagePeriod::Event;
    case StatsController::AllTime:
        break;
    }
    return kiosk::UsagePeriod::AllTime;
}

} // namespace

StatsController::StatsController(kiosk::UsageLog &log, kiosk::ContentStore &store, const QString &kioskId,
                                 QObject *parent)
    : QObject(parent)
    , m_log(log)
    , m_store(store)
    , m_kioskId(kioskId)
{
    connect(&log, &kiosk::UsageLog::changed, this, &StatsController::refresh);
    connect(&store, &kiosk::ContentStore::reopened, this, [this] {
        reloadTitles();
        refresh();
    });
    reloadTitles();
    refresh();
}

StatsController::~StatsController()
{
    if (m_exportThread)
        m_exportThread->wait();
}

void StatsController::reloadTitles()
{
    m_titles = kiosk::ItemTitles::fromContent(m_store);
}

void StatsController::setPeriod(Period period)
{
    if (period == m_period)
        return;
    m_period = period;
    Q_EMIT periodChanged();
    refresh();
}

bool StatsController::available() const
{
    return m_log.isOpen();
}

double StatsController::meanScreens() const
{
    return m_report.sessions > 0 ? double(m_report.screens) / m_report.sessions : 0.0;
}

int StatsController::busiestHour() const
{
    const auto busiest = std::max_element(m_report.visitsByHour.cbegin(), m_report.visitsByHour.cend());
    return *busiest > 0 ? int(busiest - m_report.visitsByHour.cbegin()) : -1;
}

void StatsController::refresh()
{
    m_report = m_log.report(usagePeriod(m_period));
    QList<StatsRowModel::Row> hours;
    for (int hour = 0; hour < 24; ++hour)
        hours.append({QString::number(hour), QString::number(hour), m_report.visitsByHour[size_t(hour)], 0, 0});
    m_hours.setRows(hours);
    m_topJobs.setRows(rankedRows(m_report.topJobs, m_titles));
    m_quizJobs.setRows(rankedRows(m_report.quizProposals, m_titles));
    QList<StatsRowModel::Row> interviews;
    for (const kiosk::VideoStats &video : std::as_const(m_report.interviews)) {
        interviews.append({video.id, m_titles.title(QStringLiteral("interview"), video.id), video.starts,
                           video.reached[3], video.completionRate()});
    }
    m_interviews.setRows(interviews);
    Q_EMIT refreshed();
}

bool StatsController::resetStatistics()
{
    return m_log.startNewEvent(); // changed() → refresh()
}

void StatsController::setExportFolder(const QString &folder)
{
    if (folder == m_exportFolder)
        return;
    m_exportFolder = folder;
    Q_EMIT exportFolderChanged();
}

void StatsController::finishExport(bool ok, const QString &message)
{
    m_exportMessage = message;
    Q_EMIT exportingChanged();
    Q_EMIT exported(ok, m_exportMessage);
}

bool StatsController::exportTo(const QString &folder)
{
    if (m_exportThread || folder.isEmpty())
        return false;
    if (!m_log.isOpen()) {
        finishExport(false, tr("Les statistiques ne sont pas disponibles."));
        return true;
    }
    // Never create it: a stick pulled out leaves its bare mount point, on the kiosk's own disk.
    if (!QFileInfo(folder).isDir()) {
        if (folder == m_exportFolder)
            setExportFolder({});
        finishExport(false, tr("Le dossier %1 n'est plus là : la clé a-t-elle été retirée ?").arg(folder));
        return true;
    }
    // Read the database here (its connection belongs to this thread); write to the stick apart.
    const kiosk::UsageExport::Files files = kiosk::UsageExport::render(m_log, m_titles, m_kioskId);
    auto result = std::make_shared<kiosk::UsageExport::Result>();
    m_exportThread = QThread::create([files, folder, result] { *result = kiosk::UsageExport::writeFiles(files, folder); });
    connect(m_exportThread, &QThread::finished, this, [this, result] {
        m_exportThread->deleteLater();
        m_exportThread = nullptr;
        finishExport(result->ok, result->ok ? tr("Statistiques exportées : %1 et %2")
                                                  .arg(QFileInfo(result->csvPath).fileName(),
                                                       QFileInfo(result->jsonPath).fileName())
                                            : tr("L'export a échoué : %1").arg(result->error));
    });
    m_exportThread->start();
    Q_EMIT exportingChanged();
    return true;
}
