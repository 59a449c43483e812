// SPDX-License-Identifier: GPL-3.0-or-later
// kioskctl stats: the anonymous usage statistics (today, this event, all time) and their export.
#include "Command.h"

#include "analytics/ItemTitles.h"
#include "analytics/UsageExport.h"
#include "analytics/UsageLog.h"
#include "content/ContentStore.h"
#include "kiosk/Config.h"
#include "kiosk/DataPaths.h"
#include "update/ContentLibrary.h"

#include <QFileInfo>
#include <QJsonDocument>

namespace {

const QString kJson = QStringLiteral("json");
const QString kOut = QStringLiteral("out");
const QString kKioskId = QStringLiteral("kiosk-id");

// Opens the kiosk's statistics database; prints why not and returns false when it cannot.
bool openLog(const kiosk::DataPaths &paths, kiosk::UsageLog &log, int *exitCode)
{
    const QString path = paths.analyticsDatabase();
    if (!QFileInfo::exists(path)) {
        *exitCode = fail(QStringLiteral("aucune statistique enregistrée (%1 n'existe pas)").arg(path), 3);
        return false;
    }
    if (!log.open(path)) {
        *exitCode = fail(QStringLiteral("statistiques illisibles : ") + log.errorString());
        return false;
    }
    return true;
}

// Titles of the active content, so staff read names rather than ids (ids when it is unreadable).
kiosk::ItemTitles activeTitles(const kiosk::DataPaths &paths)
{
    const kiosk::ContentLibrary library(paths.contentRoot());
    kiosk::ContentStore store;
    if (library.activeDir().isEmpty() || !store.open(library.activeDir()))
        return {};
    return kiosk::ItemTitles::fromContent(store);
}

void declareKioskId(QCommandLineParser &parser)
{
    parser.addOption({kKioskId, QStringLiteral("Nom du kiosque dans l'export (par défaut : [kiosk] id de kiosk.ini)."),
                      QStringLiteral("ID")});
}

// --kiosk-id, else the kiosk's own name (kiosk.ini [kiosk] id), as the kiosk names its exports.
QString kioskId(const QCommandLineParser &parser, const kiosk::DataPaths &paths)
{
    const QString chosen = parser.value(kKioskId);
    return kiosk::UsageExport::kioskId(
        chosen.isEmpty() ? kiosk::Config::load(kiosk::Config::locate({}, paths.dataDir())).kioskId : chosen);
}

QString duration(qint64 seconds)
{
    return seconds >= 60 ? QStringLiteral("%1 min %2 s").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'))
                         : QStringLiteral("%1 s").arg(seconds);
}

QString rankedLine(const QList<kiosk::RankedItem> &items, const kiosk::ItemTitles &titles)
{
    QStringList parts;
    for (const kiosk::RankedItem &item : items)
        parts << QStringLiteral("%1 (%2)").arg(titles.title(item.kind, item.id)).arg(item.count);
    return parts.isEmpty() ? QStringLiteral("—") : parts.join(QStringLiteral(", "));
}

void printReport(const QString &label, const kiosk::UsageReport &report, const kiosk::ItemTitles &titles)
{
    out() << '\n' << label << " : " << report.sessions << " visite(s), durée moyenne "
          << duration(qRound64(report.meanSessionSeconds())) << '\n';
    QStringList hours;
    for (int hour = 0; hour < 24; ++hour) {
        if (report.visitsByHour[size_t(hour)] > 0)
            hours << QStringLiteral("%1 h : %2").arg(hour).arg(report.visitsByHour[size_t(hour)]);
    }
    out() << "  Visites par heure : " << (hours.isEmpty() ? QStringLiteral("—") : hours.join(QStringLiteral(" · ")))
          << '\n';
    out() << "  Fiches métiers les plus vues : " << rankedLine(report.topJobs, titles) << '\n';
    out() << "  Témoignages :";
    if (report.interviews.isEmpty())
        out() << " —";
    for (const kiosk::VideoStats &video : report.interviews)
        out() << "\n    " << titles.title(QStringLiteral("interview"), video.id) << " : " << video.starts
              << " lancement(s), " << qRound(video.completionRate() * 100) << " % jusqu'au bout";
    out() << '\n';
    out() << "  Quiz terminés : " << report.quizCompletions
          << " ; métiers proposés : " << rankedLine(report.quizProposals, titles) << '\n';
    out() << "  Recherches : " << report.searches + report.searchesWithoutResult << " (dont "
          << report.searchesWithoutResult << " sans résultat)\n";
}

int stats(QCommandLineParser &parser)
{
    const kiosk::DataPaths paths(dataDirectory(parser));
    kiosk::UsageLog log;
    int exitCode = 0;
    if (!openLog(paths, log, &exitCode))
        return exitCode;
    const kiosk::ItemTitles titles = activeTitles(paths);
    if (parser.isSet(kJson)) {
        out() << QJsonDocument(kiosk::UsageExport::summary(log, titles, kioskId(parser, paths)))
                     .toJson(QJsonDocument::Indented);
    } else {
        out() << "Statistiques : " << log.path() << '\n'
              << "Événement en cours depuis le " << log.eventStarted().toString(QStringLiteral("dd/MM/yyyy à HH:mm"))
              << " ; données gardées " << log.retentionDays() << " jours\n";
        printReport(QStringLiteral("Aujourd'hui"), log.report(kiosk::UsagePeriod::Today), titles);
        printReport(QStringLiteral("Cet événement"), log.report(kiosk::UsagePeriod::Event), titles);
        printReport(QStringLiteral("Depuis le début"), log.report(kiosk::UsagePeriod::AllTime), titles);
    }
    out().flush();
    return 0;
}

int exportStats(QCommandLineParser &parser)
{
    if (!parser.isSet(kOut))
        return fail(QStringLiteral("indiquez le dossier de destination avec --out DIR"), 2);
    const kiosk::DataPaths paths(dataDirectory(parser));
    kiosk::UsageLog log;
    int exitCode = 0;
    if (!openLog(paths, log, &exitCode))
        return exitCode;
    const kiosk::UsageExport::Result result = kiosk::UsageExport::write(
        log, activeTitles(paths), parser.value(kOut), kioskId(parser, paths));
    if (!result.ok)
        return fail(QStringLiteral("export impossible : ") + result.error);
    out() << result.csvPath << '\n' << result.jsonPath << '\n';
    out().flush();
    return 0;
}

} // namespace

CommandList statsCommands()
{
    return {{{QStringLiteral("stats")},
             QStringLiteral("[--json]"),
             QStringLiteral("Statistiques de fréquentation anonymes : aujourd'hui, cet événement, depuis le début."),
             [](QCommandLineParser &parser) {
                 parser.addOption({kJson, QStringLiteral("Sortie JSON (le résumé de l'export).")});
                 declareKioskId(parser);
             },
             stats},
            {{QStringLiteral("stats"), QStringLiteral("export")},
             QStringLiteral("--out DIR [--kiosk-id ID]"),
             QStringLiteral("Écrit les statistiques en CSV (Excel, LibreOffice) et un résumé JSON dans DIR."),
             [](QCommandLineParser &parser) {
                 parser.addOption({kOut, QStringLiteral("Dossier de destination (créé si besoin)."), QStringLiteral("DIR")});
                 declareKioskId(parser);
             },
             exportStats}};
}
