// SPDX-License-Identifier: GPL-3.0-or-later
// kioskctl content build / content generate / search: the import path and the visitor search,
// from the command line.
#include "Command.h"

#include "authoring/ContentBuilder.h"
#include "authoring/ContentGenerator.h"
#include "content/ContentStore.h"
#include "content/Search.h"
#include "kiosk/DataPaths.h"
#include "update/ContentLibrary.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

const QString kOut = QStringLiteral("o");
const QString kMediaDir = QStringLiteral("media-dir");
const QString kJobs = QStringLiteral("jobs");
const QString kFrom = QStringLiteral("from");
const QString kJson = QStringLiteral("json");
const QString kLang = QStringLiteral("lang");
const QString kContent = QStringLiteral("content");

// French names of the tables, for the build summary.
const QList<QPair<QString, QString>> kTableNames = {
    {QStringLiteral("jobs"), QStringLiteral("fiches métiers")},
    {QStringLiteral("sectors"), QStringLiteral("domaines")},
    {QStringLiteral("interests"), QStringLiteral("centres d'intérêt")},
    {QStringLiteral("trainings"), QStringLiteral("formations")},
    {QStringLiteral("training_places"), QStringLiteral("lieux de formation")},
    {QStringLiteral("interviews"), QStringLiteral("témoignages")},
    {QStringLiteral("lycee_sections"), QStringLiteral("rubriques lycée")},
    {QStringLiteral("figures"), QStringLiteral("chiffres")},
    {QStringLiteral("sources"), QStringLiteral("sources")},
};

int contentBuild(QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        return fail(QStringLiteral("indiquez un seul dossier source (kioskctl content build SRC_DIR -o OUT_DIR)"), 2);
    if (!parser.isSet(kOut))
        return fail(QStringLiteral("indiquez le dossier à créer avec -o OUT_DIR"), 2);
    const QString source = args.first();
    const QString media = parser.isSet(kMediaDir) ? parser.value(kMediaDir) : source;
    const kiosk::BuildReport report = kiosk::ContentBuilder::build(source, media, parser.value(kOut));
    if (!report.ok()) {
        for (const kiosk::ImportProblem &problem : report.problems)
            err() << problem.toString() << '\n';
        return fail(QStringLiteral("%1 problème(s) : rien n'a été importé.").arg(report.problems.size()));
    }
    QStringList counts;
    for (const auto &[table, name] : kTableNames)
        counts << QStringLiteral("%1 %2").arg(report.counts.value(table)).arg(name);
    out() << "Contenu version " << report.contentVersion << " construit dans " << parser.value(kOut) << " :\n  "
          << counts.join(QStringLiteral(", ")) << ", " << report.mediaFiles.size() << " fichier(s) média."
          << Qt::endl;
    return 0;
}

int contentGenerate(QCommandLineParser &parser)
{
    if (!parser.isSet(kOut))
        return fail(QStringLiteral("indiquez le dossier à créer avec -o OUT_DIR"), 2);
    bool ok = false;
    const int jobs = parser.value(kJobs).toInt(&ok);
    if (!ok || jobs < 1)
        return fail(QStringLiteral("--jobs N : un nombre de fiches supérieur à 0 est attendu"), 2);
    const QString from = parser.isSet(kFrom) ? parser.value(kFrom) : QStringLiteral(KIOSK_DEMO_SHEETS);
    if (const QString error = kiosk::ContentGenerator::generate(from, jobs, parser.value(kOut)); !error.isEmpty())
        return fail(error);
    out() << jobs << " fiches métiers écrites dans " << parser.value(kOut) << Qt::endl;
    return 0;
}

QString kindTitle(kiosk::SearchHit::Kind kind)
{
    switch (kind) {
    case kiosk::SearchHit::Kind::Job: return QStringLiteral("Métiers");
    case kiosk::SearchHit::Kind::Training: return QStringLiteral("Formations");
    case kiosk::SearchHit::Kind::Interview: return QStringLiteral("Témoignages");
    case kiosk::SearchHit::Kind::Sector: return QStringLiteral("Domaines");
    case kiosk::SearchHit::Kind::Lycee: return QStringLiteral("Lycée numérique");
    case kiosk::SearchHit::Kind::Chart: return QStringLiteral("Chiffres clés");
    }
    return {};
}

// As the kiosk shows them: Search::find() gives them grouped by kind, the best group first.
void printHits(const QList<kiosk::SearchHit> &hits)
{
    for (qsizetype i = 0; i < hits.size(); ++i) {
        const kiosk::SearchHit &hit = hits.at(i);
        if (i == 0 || hits.at(i - 1).kind != hit.kind)
            out() << kindTitle(hit.kind) << '\n';
        out() << "  " << hit.title << "  [" << hit.id << "]\n      " << hit.detail << '\n';
    }
}

int search(QCommandLineParser &parser)
{
    const QString query = parser.positionalArguments().join(QLatin1Char(' '));
    if (query.trimmed().isEmpty())
        return fail(QStringLiteral("indiquez les mots à chercher : kioskctl search QUERY"), 2);
    const QString lang = parser.value(kLang);
    if (!lang.isEmpty() && lang != QLatin1String("fr") && lang != QLatin1String("en"))
        return fail(QStringLiteral("--lang : fr ou en"), 2);
    QString dir = parser.value(kContent);
    if (dir.isEmpty()) {
        const kiosk::DataPaths paths(dataDirectory(parser));
        dir = kiosk::ContentLibrary(paths.contentRoot()).activeDir();
        if (dir.isEmpty())
            return fail(QStringLiteral("aucun contenu actif dans %1 (ou indiquez --content DIR)").arg(paths.dataDir()), 3);
    }
    kiosk::ContentStore store;
    if (!store.open(dir))
        return fail(QStringLiteral("contenu illisible : %1").arg(store.errorString()));
    const kiosk::Language language = lang == QLatin1String("en") ? kiosk::Language::English : kiosk::Language::French;
    const kiosk::Search searcher(store);
    const QList<kiosk::SearchHit> hits = searcher.find(query, language);
    if (parser.isSet(kJson)) {
        QJsonArray array;
        for (const kiosk::SearchHit &hit : hits)
            array.append(QJsonObject{{QStringLiteral("kind"), kiosk::searchKindKey(hit.kind)},
                                     {QStringLiteral("id"), hit.id},
                                     {QStringLiteral("title"), hit.title},
                                     {QStringLiteral("detail"), hit.detail},
                                     {QStringLiteral("score"), hit.score}});
        out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
    } else if (hits.isEmpty()) {
        out() << "Aucun résultat. Suggestions : " << searcher.suggestions(language).join(QStringLiteral(", ")) << '\n';
    } else {
        printHits(hits);
    }
    out().flush();
    return 0;
}

} // namespace

CommandList contentCommands()
{
    return {
        {{QStringLiteral("content"), QStringLiteral("build")},
         QStringLiteral("SRC_DIR [--media-dir DIR] -o OUT_DIR"),
         QStringLiteral("Vérifie les feuilles CSV de SRC_DIR et construit une version de contenu dans OUT_DIR."),
         [](QCommandLineParser &parser) {
             parser.addPositionalArgument(QStringLiteral("SRC_DIR"), QStringLiteral("Dossier des feuilles CSV."));
             parser.addOption({kOut, QStringLiteral("Dossier de la version à créer (ne doit pas exister)."),
                               QStringLiteral("OUT_DIR")});
             parser.addOption({kMediaDir,
                               QStringLiteral("Dossier où chercher les médias (par défaut : SRC_DIR)."),
                               QStringLiteral("DIR")});
         },
         contentBuild},
        {{QStringLiteral("content"), QStringLiteral("generate")},
         QStringLiteral("--jobs N [--from SRC_DIR] -o OUT_DIR"),
         QStringLiteral("Écrit des feuilles CSV de test avec N fiches métiers (mesures de performance)."),
         [](QCommandLineParser &parser) {
             parser.addOption({kJobs, QStringLiteral("Nombre de fiches métiers."), QStringLiteral("N")});
             parser.addOption({kFrom, QStringLiteral("Feuilles de départ (par défaut : le contenu de démonstration)."),
                               QStringLiteral("SRC_DIR")});
             parser.addOption({kOut, QStringLiteral("Dossier où écrire les feuilles."), QStringLiteral("OUT_DIR")});
         },
         contentGenerate},
        {{QStringLiteral("search")},
         QStringLiteral("QUERY [--json] [--lang fr|en] [--content DIR]"),
         QStringLiteral("Cherche comme un visiteur dans le contenu actif (ou dans DIR)."),
         [](QCommandLineParser &parser) {
             parser.addPositionalArgument(QStringLiteral("QUERY"), QStringLiteral("Mots cherchés."));
             parser.addOption({kJson, QStringLiteral("Sortie JSON.")});
             parser.addOption({kLang, QStringLiteral("Langue des titres : fr (par défaut) ou en."), QStringLiteral("LANG")});
             parser.addOption({kContent, QStringLiteral("Dossier d'une version de contenu à interroger."),
                               QStringLiteral("DIR")});
         },
         search},
    };
}
