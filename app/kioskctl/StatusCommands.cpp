// SPDX-License-Identifier: GPL-3.0-or-later
// kioskctl status: what content the kiosk serves, and how much of it.
#include "Command.h"

#include "content/ContentStore.h"
#include "kiosk/DataPaths.h"
#include "update/ContentLibrary.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

const QStringList kTables = {QStringLiteral("jobs"),       QStringLiteral("sectors"),
                             QStringLiteral("interests"),  QStringLiteral("trainings"),
                             QStringLiteral("training_places"), QStringLiteral("interviews"),
                             QStringLiteral("lycee_sections"), QStringLiteral("figures"),
                             QStringLiteral("sources")};

QJsonObject describeVersion(const QString &dir)
{
    QJsonObject version;
    if (dir.isEmpty())
        return version;
    kiosk::ContentStore store;
    version[QStringLiteral("path")] = dir;
    if (!store.open(dir)) {
        version[QStringLiteral("error")] = store.errorString();
        return version;
    }
    const kiosk::ContentInfo info = store.info();
    const QString database = dir + QLatin1Char('/') + QLatin1String(kiosk::ContentStore::kDatabaseFileName);
    version[QStringLiteral("version")] = info.version;
    version[QStringLiteral("title")] = info.title;
    version[QStringLiteral("created")] = info.created;
    version[QStringLiteral("author")] = info.author;
    version[QStringLiteral("database")] = database;
    version[QStringLiteral("databaseBytes")] = QFileInfo(database).size();
    QJsonObject counts;
    for (const QString &table : kTables)
        counts[table] = store.count(table);
    version[QStringLiteral("counts")] = counts;
    return version;
}

void printVersion(const QString &label, const QJsonObject &version)
{
    if (version.isEmpty()) {
        out() << label << " : aucune\n";
        return;
    }
    if (version.contains(QStringLiteral("error"))) {
        out() << label << " : illisible (" << version[QStringLiteral("error")].toString() << ")\n";
        return;
    }
    out() << label << " : version " << version[QStringLiteral("version")].toInt() << " — "
          << version[QStringLiteral("title")].toString() << " (" << version[QStringLiteral("created")].toString()
          << ")\n  base : " << version[QStringLiteral("database")].toString() << " ("
          << version[QStringLiteral("databaseBytes")].toInteger() / 1024 << " Kio)\n  contenu :";
    const QJsonObject counts = version[QStringLiteral("counts")].toObject();
    for (const QString &table : kTables)
        out() << ' ' << table << '=' << counts[table].toInt();
    out() << '\n';
}

int status(QCommandLineParser &parser)
{
    const kiosk::DataPaths paths(dataDirectory(parser));
    const kiosk::ContentLibrary library(paths.contentRoot());
    QJsonObject report;
    report[QStringLiteral("dataDir")] = paths.dataDir();
    report[QStringLiteral("active")] = describeVersion(library.activeDir());
    report[QStringLiteral("previous")] = describeVersion(library.previousDir());
    if (parser.isSet(QStringLiteral("json"))) {
        out() << QJsonDocument(report).toJson(QJsonDocument::Indented);
    } else {
        out() << "Dossier de données : " << paths.dataDir() << '\n';
        printVersion(QStringLiteral("Contenu actif"), report[QStringLiteral("active")].toObject());
        printVersion(QStringLiteral("Version précédente"), report[QStringLiteral("previous")].toObject());
    }
    out().flush();
    return library.activeDir().isEmpty() ? 3 : 0;
}

} // namespace

CommandList statusCommands()
{
    return {{{QStringLiteral("status")},
             QStringLiteral("[--json]"),
             QStringLiteral("Affiche le contenu actif et la version précédente."),
             [](QCommandLineParser &parser) {
                 parser.addOption({QStringLiteral("json"), QStringLiteral("Sortie JSON.")});
             },
             status}};
}
