// SPDX-License-Identifier: GPL-3.0-or-later
#include "UsageExport.h"

#include "ItemTitles.h"
#include "Logging.h"
#include "Visit.h"
#include "update/FileSync.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSysInfo>

namespace kiosk::UsageExport {
namespace {

// French labels of the CSV "mesure" and "type" columns (codes the database uses → staff words).
const QHash<QString, QString> &measureLabels()
{
    static const QHash<QString, QString> labels = {
        {QStringLiteral("sessions"), QStringLiteral("visites")},
        {QStringLiteral("seconds"), QStringLiteral("durée des visites (s)")},
        {QStringLiteral("screens"), QStringLiteral("écrans ouverts")},
        {UsageMetric::Screen, QStringLiteral("écran")},
        {UsageMetric::View, QStringLiteral("fiche consultée")},
        {UsageMetric::VideoStart, QStringLiteral("vidéo lancée")},
        {UsageMetric::Video25, QStringLiteral("vidéo vue à 25 %")},
        {UsageMetric::Video50, QStringLiteral("vidéo vue à 50 %")},
        {UsageMetric::Video75, QStringLiteral("vidéo vue à 75 %")},
        {UsageMetric::Video100, QStringLiteral("vidéo vue jusqu'au bout")},
        {UsageMetric::QuizCompleted, QStringLiteral("quiz terminé")},
        {UsageMetric::QuizProposed, QStringLiteral("métier proposé par le quiz")},
        {UsageMetric::Search, QStringLiteral("recherche avec résultats")},
        {UsageMetric::SearchEmpty, QStringLiteral("recherche sans résultat")},
        {UsageMetric::SearchMatch, QStringLiteral("résultat de recherche")},
        {UsageMetric::Toggle, QStringLiteral("option utilisée")},
    };
    return labels;
}

const QHash<QString, QString> &kindLabels()
{
    static const QHash<QString, QString> labels = {
        {QStringLiteral("job"), QStringLiteral("métier")},
        {QStringLiteral("training"), QStringLiteral("formation")},
        {QStringLiteral("interview"), QStringLiteral("témoignage")},
        {QStringLiteral("sector"), QStringLiteral("secteur")},
        {QStringLiteral("lycee"), QStringLiteral("lycée numérique")},
        {QStringLiteral("chart"), QStringLiteral("chiffres clés")},
    };
    return labels;
}

// One CSV field: quoted when it holds the separator, a quote or a line break. A text starting
// like a formula gets a leading apostrophe so a spreadsheet shows it instead of evaluating it.
QString field(QString text, bool freeText = false)
{
    static const QRegularExpression formulaStart(QStringLiteral("^[=+\\-@]"));
    if (freeText && formulaStart.match(text).hasMatch())
        text.prepend(QLatin1Char('\''));
    if (text.contains(QLatin1Char(';')) || text.contains(QLatin1Char('"')) || text.contains(QLatin1Char('\n'))
        || text.contains(QLatin1Char('\r'))) {
        text.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        return QLatin1Char('"') + text + QLatin1Char('"');
    }
    return text;
}

QJsonArray rankedJson(const QList<RankedItem> &items, const ItemTitles &titles, const QString &countName)
{
    QJsonArray array;
    for (const RankedItem &item : items) {
        QJsonObject object{{QStringLiteral("id"), item.id},
                           {QStringLiteral("title"), titles.title(item.kind, item.id)},
                           {countName, item.count}};
        if (item.kind != QLatin1String("job"))
            object[QStringLiteral("kind")] = item.kind;
        array.append(object);
    }
    return array;
}

QJsonObject countsJson(const QMap<QString, int> &counts)
{
    QJsonObject object;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        object[it.key()] = it.value();
    return object;
}

bool writeAtomically(const QString &path, const QByteArray &data, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    // The rename is durable only once the folder holding it is synced.
    FileSync::syncDirectory(QFileInfo(path).absolutePath());
    return true;
}

} // namespace

QString kioskId(const QString &raw)
{
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9_-]+"));
    // "Lycée n°1" → "Lycee-n-1": accents dropped (decomposed, marks removed), the rest replaced.
    QString id = (raw.isEmpty() ? QSysInfo::machineHostName() : raw).normalized(QString::NormalizationForm_KD);
    id.removeIf([](QChar c) { return c.category() == QChar::Mark_NonSpacing; });
    id.replace(unsafe, QStringLiteral("-"));
    while (id.startsWith(QLatin1Char('-')))
        id.remove(0, 1);
    while (id.endsWith(QLatin1Char('-')))
        id.chop(1);
    id.truncate(40);
    return id.isEmpty() ? QStringLiteral("kiosque") : id;
}

QString baseName(const QString &kioskId, const QDate &date)
{
    return QStringLiteral("statistiques-%1-%2").arg(kioskId, date.toString(Qt::ISODate));
}

QByteArray csv(const QList<UsageRow> &rows, const ItemTitles &titles)
{
    QString text = QStringLiteral("date;heure;événement;mesure;type;identifiant;titre;valeur\r\n");
    for (const UsageRow &row : rows) {
        const QString title = row.kind.isEmpty() ? QString() : titles.title(row.kind, row.item);
        const QStringList fields{row.day,
                                 QString::number(row.hour),
                                 QString::number(row.event),
                                 field(measureLabels().value(row.metric, row.metric)),
                                 field(kindLabels().value(row.kind, row.kind)),
                                 field(row.item),
                                 field(title, true),
                                 QString::number(row.value)};
        text += fields.join(QLatin1Char(';')) + QStringLiteral("\r\n");
    }
    return QByteArrayLiteral("\xEF\xBB\xBF") + text.toUtf8();
}

QJsonObject reportJson(const UsageReport &report, const ItemTitles &titles)
{
    QJsonArray hours;
    for (int visits : report.visitsByHour)
        hours.append(visits);
    QJsonArray interviews;
    for (const VideoStats &video : report.interviews) {
        interviews.append(QJsonObject{
            {QStringLiteral("id"), video.id},
            {QStringLiteral("title"), titles.title(QStringLiteral("interview"), video.id)},
            {QStringLiteral("starts"), video.starts},
            {QStringLiteral("reached25"), video.reached[0]},
            {QStringLiteral("reached50"), video.reached[1]},
            {QStringLiteral("reached75"), video.reached[2]},
            {QStringLiteral("completed"), video.reached[3]},
            {QStringLiteral("completionRate"), qRound(video.completionRate() * 1000) / 1000.0},
        });
    }
    return QJsonObject{
        {QStringLiteral("sessions"), report.sessions},
        {QStringLiteral("meanSessionSeconds"), qRound(report.meanSessionSeconds())},
        {QStringLiteral("screens"), report.screens},
        {QStringLiteral("visitsByHour"), hours},
        {QStringLiteral("topJobs"), rankedJson(report.topJobs, titles, QStringLiteral("views"))},
        {QStringLiteral("topTrainings"), rankedJson(report.topTrainings, titles, QStringLiteral("views"))},
        {QStringLiteral("interviews"), interviews},
        {QStringLiteral("quiz"),
         QJsonObject{{QStringLiteral("completions"), report.quizCompletions},
                     {QStringLiteral("proposedJobs"),
                      rankedJson(report.quizProposals, titles, QStringLiteral("count"))}}},
        {QStringLiteral("search"),
         QJsonObject{{QStringLiteral("withResults"), report.searches},
                     {QStringLiteral("withoutResult"), report.searchesWithoutResult},
                     {QStringLiteral("topMatches"), rankedJson(report.searchMatches, titles, QStringLiteral("count"))}}},
        {QStringLiteral("toggles"), countsJson(report.toggles)},
        {QStringLiteral("screensByPage"), countsJson(report.screensByPage)},
    };
}

QJsonObject summary(const UsageLog &log, const ItemTitles &titles, const QString &kioskId)
{
    return QJsonObject{
        {QStringLiteral("format"), 1},
        {QStringLiteral("kiosk"), kioskId},
        {QStringLiteral("exported"), log.now().toLocalTime().toString(Qt::ISODate)},
        {QStringLiteral("eventStarted"), log.eventStarted().toString(Qt::ISODate)},
        {QStringLiteral("retentionDays"), log.retentionDays()},
        {QStringLiteral("today"), reportJson(log.report(UsagePeriod::Today), titles)},
        {QStringLiteral("event"), reportJson(log.report(UsagePeriod::Event), titles)},
        {QStringLiteral("allTime"), reportJson(log.report(UsagePeriod::AllTime), titles)},
    };
}

Files render(const UsageLog &log, const ItemTitles &titles, const QString &kioskId)
{
    Files files;
    const QString base = baseName(kioskId, log.now().toLocalTime().date());
    files.csvName = base + QStringLiteral(".csv");
    files.csv = csv(log.rows(), titles);
    QJsonObject json = summary(log, titles, kioskId);
    json[QStringLiteral("csv")] = QJsonObject{
        {QStringLiteral("file"), files.csvName},
        {QStringLiteral("bytes"), files.csv.size()},
        {QStringLiteral("sha256"),
         QString::fromLatin1(QCryptographicHash::hash(files.csv, QCryptographicHash::Sha256).toHex())},
    };
    files.jsonName = base + QStringLiteral(".json");
    files.json = QJsonDocument(json).toJson();
    return files;
}

Result writeFiles(const Files &files, const QString &folder)
{
    Result result;
    if (!QDir().mkpath(folder)) {
        result.error = QStringLiteral("impossible de créer le dossier %1").arg(folder);
        return result;
    }
    const QDir dir(folder);
    QString error;
    // The CSV first: a summary on the stick always describes a complete CSV next to it.
    for (const auto &[name, data] : {std::pair{files.csvName, files.csv}, std::pair{files.jsonName, files.json}}) {
        if (!writeAtomically(dir.absoluteFilePath(name), data, &error)) {
            qCWarning(lcAnalytics).noquote() << "export failed:" << dir.absoluteFilePath(name) << error;
            result.error = QStringLiteral("écriture impossible de %1 (%2)").arg(name, error);
            return result;
        }
    }
    result.ok = true;
    result.csvPath = dir.absoluteFilePath(files.csvName);
    result.jsonPath = dir.absoluteFilePath(files.jsonName);
    qCInfo(lcAnalytics).noquote() << "statistics exported to" << result.csvPath << "and" << result.jsonPath;
    return result;
}

Result write(const UsageLog &log, const ItemTitles &titles, const QString &folder, const QString &kioskId)
{
    if (!log.isOpen())
        return {false, {}, {}, QStringLiteral("les statistiques ne sont pas disponibles")};
    return writeFiles(render(log, titles, kioskId), folder);
}

} // namespace kiosk::UsageExport
