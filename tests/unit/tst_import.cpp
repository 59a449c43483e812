// SPDX-License-Identifier: GPL-3.0-or-later
// The one import path: a small source folder (tests/data/content-small) builds; every kind of
// problem in the staff's sheets is reported with sheet, row and column, and nothing is built.
#include "authoring/AuthoringSource.h"
#include "authoring/ContentBuilder.h"
#include "authoring/ContentGenerator.h"
#include "authoring/CsvReader.h"
#include "authoring/CsvWriter.h"
#include "content/ContentStore.h"
#include "kiosk/AttractQuery.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using kiosk::BuildReport;
using kiosk::ContentBuilder;
using kiosk::ImportProblem;

namespace {

QString fixtureDir()
{
    return qEnvironmentVariable("KIOSK_SOURCE_DIR") + QStringLiteral("/tests/data/content-small");
}

bool copyTree(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString target = to + QLatin1Char('/') + QDir(from).relativeFilePath(file);
        if (!QDir().mkpath(QFileInfo(target).absolutePath()) || !QFile::copy(file, target))
            return false;
    }
    return true;
}

kiosk::CsvTable readSheet(const QString &dir, const QString &sheet)
{
    QFile file(dir + QLatin1Char('/') + sheet);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    return kiosk::CsvReader::parse(file.readAll());
}

void writeRaw(const QString &dir, const QString &sheet, const QByteArray &bytes)
{
    QFile file(dir + QLatin1Char('/') + sheet);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(file.fileName()));
}

void writeSheet(const QString &dir, const QString &sheet, const QStringList &header, const QList<QStringList> &rows)
{
    writeRaw(dir, sheet, kiosk::writeCsv(header, rows));
}

QList<QStringList> rowsOf(const kiosk::CsvTable &table)
{
    QList<QStringList> rows;
    for (const kiosk::CsvRecord &record : table.records)
        rows.append(record.cells);
    return rows;
}

// Sets one cell: `row` is the spreadsheet row (2 = first data row).
void setCell(const QString &dir, const QString &sheet, int row, const QString &column, const QString &value)
{
    const kiosk::CsvTable table = readSheet(dir, sheet);
    QList<QStringList> rows = rowsOf(table);
    rows[row - 2][table.header.indexOf(column)] = value;
    writeSheet(dir, sheet, table.header, rows);
}

void renameColumn(const QString &dir, const QString &sheet, const QString &from, const QString &to)
{
    const kiosk::CsvTable table = readSheet(dir, sheet);
    QStringList header = table.header;
    header[header.indexOf(from)] = to;
    writeSheet(dir, sheet, header, rowsOf(table));
}

void removeColumn(const QString &dir, const QString &sheet, const QString &column)
{
    const kiosk::CsvTable table = readSheet(dir, sheet);
    const qsizetype at = table.header.indexOf(column);
    QStringList header = table.header;
    header.removeAt(at);
    QList<QStringList> rows = rowsOf(table);
    for (QStringList &row : rows)
        row.removeAt(at);
    writeSheet(dir, sheet, header, rows);
}

void appendRow(const QString &dir, const QString &sheet, const QStringList &row)
{
    const kiosk::CsvTable table = readSheet(dir, sheet);
    QList<QStringList> rows = rowsOf(table);
    rows.append(row);
    writeSheet(dir, sheet, table.header, rows);
}

void duplicateRow(const QString &dir, const QString &sheet, int row)
{
    const kiosk::CsvTable table = readSheet(dir, sheet);
    appendRow(dir, sheet, table.records.at(row - 2).cells);
}

using Mutation = std::function<void(const QString &dir)>;

// One broken source and the problem it must produce.
struct BrokenCase
{
    const char *name;
    Mutation mutate;
    QString sheet;
    int row;
    QString column;
    QString message; // a fragment of the French message
};

QString s(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

const QList<BrokenCase> &brokenCases()
{
    const QString jobs = QStringLiteral("metiers.csv");
    static const QList<BrokenCase> cases = {
        {"unknown column", [](const QString &d) { renameColumn(d, s("metiers.csv"), s("competences"), s("competence")); },
         jobs, 1, s("competence"), s("faute de frappe pour « competences »")},
        {"missing required column", [](const QString &d) { removeColumn(d, s("metiers.csv"), s("accroche")); },
         jobs, 1, s("accroche"), s("colonne obligatoire absente")},
        {"missing required field", [](const QString &d) { setCell(d, s("metiers.csv"), 3, s("accroche"), {}); },
         jobs, 3, s("accroche"), s("case obligatoire vide")},
        {"duplicate id", [](const QString &d) { setCell(d, s("metiers.csv"), 4, s("id"), s("developpeur")); },
         jobs, 4, s("id"), s("« developpeur » déjà utilisé ligne 2")},
        {"missing sector", [](const QString &d) { setCell(d, s("metiers.csv"), 2, s("secteurs"), s("dev|ia")); },
         jobs, 2, s("secteurs"), s("« ia » n'existe pas dans secteurs.csv")},
        {"missing interest", [](const QString &d) { setCell(d, s("metiers.csv"), 5, s("interets"), s("jouer")); },
         jobs, 5, s("interets"), s("« jouer » n'existe pas dans interets.csv")},
        {"missing training", [](const QString &d) { setCell(d, s("metiers.csv"), 2, s("formations"), s("but-info")); },
         jobs, 2, s("formations"), s("« but-info » n'existe pas dans formations.csv")},
        {"missing interview", [](const QString &d) { setCell(d, s("metiers.csv"), 3, s("temoignages"), s("paul")); },
         jobs, 3, s("temoignages"), s("« paul » n'existe pas dans temoignages.csv")},
        {"place of a missing training", [](const QString &d) { setCell(d, s("lieux.csv"), 3, s("formation"), s("bts-x")); },
         s("lieux.csv"), 3, s("formation"), s("« bts-x » n'existe pas dans formations.csv")},
        {"missing media file",
         [](const QString &d) { setCell(d, s("temoignages.csv"), 2, s("video"), s("media/videos/absent.mp4")); },
         s("temoignages.csv"), 2, s("video"), s("fichier média introuvable : media/videos/absent.mp4")},
        {"absolute media path", [](const QString &d) { setCell(d, s("metiers.csv"), 2, s("image"), s("/etc/logo.png")); },
         jobs, 2, s("image"), s("absolu")},
        {"media path leaving the folder",
         [](const QString &d) { setCell(d, s("metiers.csv"), 2, s("image"), s("media/../../logo.png")); },
         jobs, 2, s("image"), s("« .. »")},
        {"media of the wrong type",
         [](const QString &d) { setCell(d, s("temoignages.csv"), 2, s("sous_titres"), s("media/images/ana.png")); },
         s("temoignages.csv"), 2, s("sous_titres"), s("attendu : .vtt")},
        {"media link leading out",
         [](const QString &d) {
             writeRaw(d + s("/.."), s("dehors.png"), "x");
             QFile::link(d + s("/../dehors.png"), d + s("/media/images/lien.png"));
             setCell(d, s("metiers.csv"), 3, s("image"), s("media/images/lien.png"));
         },
         jobs, 3, s("image"), s("hors du dossier")},
        {"bad level", [](const QString &d) { setCell(d, s("metiers.csv"), 2, s("niveaux"), s("bac+2|bac+4")); },
         jobs, 2, s("niveaux"), s("niveau « bac+4 » inconnu")},
        {"bad training level", [](const QString &d) { setCell(d, s("formations.csv"), 2, s("niveau"), s("licence")); },
         s("formations.csv"), 2, s("niveau"), s("niveau « licence » inconnu")},
        {"bad department", [](const QString &d) { setCell(d, s("lieux.csv"), 2, s("departement"), s("33")); },
         s("lieux.csv"), 2, s("departement"), s("département « 33 » inconnu")},
        {"bad number", [](const QString &d) { setCell(d, s("chiffres.csv"), 3, s("valeur"), s("beaucoup")); },
         s("chiffres.csv"), 3, s("valeur"), s("« beaucoup » n'est pas un nombre")},
        {"bad integer", [](const QString &d) { setCell(d, s("secteurs.csv"), 2, s("ordre"), s("premier")); },
         s("secteurs.csv"), 2, s("ordre"), s("n'est pas un nombre entier")},
        {"bad year", [](const QString &d) { setCell(d, s("chiffres.csv"), 2, s("annee"), s("2019-2018")); },
         s("chiffres.csv"), 2, s("annee"), s("année « 2019-2018 » non reconnue")},
        {"bad id format", [](const QString &d) { setCell(d, s("interets.csv"), 2, s("id"), s("Créer !")); },
         s("interets.csv"), 2, s("id"), s("identifiant « Créer ! » invalide")},
        {"bad date", [](const QString &d) { setCell(d, s("infos.csv"), 2, s("date"), s("demain")); },
         s("infos.csv"), 2, s("date"), s("AAAA-MM-JJ")},
        {"version not above 0", [](const QString &d) { setCell(d, s("infos.csv"), 2, s("version"), s("0")); },
         s("infos.csv"), 2, s("version"), s("supérieur à 0")},
        {"bad web address", [](const QString &d) { setCell(d, s("metiers.csv"), 2, s("lien"), s("www.onisep.fr")); },
         jobs, 2, s("lien"), s("https://")},
        {"bad training type", [](const QString &d) { setCell(d, s("formations.csv"), 3, s("type"), s("dut")); },
         s("formations.csv"), 3, s("type"), s("valeur « dut » inconnue")},
        {"bad icon", [](const QString &d) { setCell(d, s("secteurs.csv"), 4, s("icone"), s("fusée")); },
         s("secteurs.csv"), 4, s("icone"), s("valeur « fusée » inconnue")},
        {"two info rows", [](const QString &d) { duplicateRow(d, s("infos.csv"), 2); },
         s("infos.csv"), 3, {}, s("une seule ligne")},
        {"duplicate place", [](const QString &d) { duplicateRow(d, s("lieux.csv"), 2); },
         s("lieux.csv"), 4, {}, s("ligne en double")},
        {"value under an unnamed column",
         [](const QString &d) { appendRow(d, s("sources.csv"), {s("autre"), s("Titre"), {}, {}, {}, s("oubli")}); },
         s("sources.csv"), 3, {}, s("colonne n° 6")},
        {"required sheet missing", [](const QString &d) { QFile::remove(d + s("/interets.csv")); },
         s("interets.csv"), 0, {}, s("feuille obligatoire absente")},
        {"unknown sheet", [](const QString &d) { writeRaw(d, s("metier.csv"), "id\nx\n"); },
         s("metier.csv"), 0, {}, s("feuille inconnue")},
        {"empty sheet", [](const QString &d) { writeRaw(d, s("secteurs.csv"), QByteArray()); },
         s("secteurs.csv"), 1, {}, s("feuille vide")},
        {"no job card", [](const QString &d) { writeSheet(d, s("metiers.csv"), readSheet(d, s("metiers.csv")).header, {}); },
         jobs, 2, {}, s("aucune ligne de données")},
        {"malformed quotes",
         [](const QString &d) { writeRaw(d, s("sources.csv"), "id,titre\nmagazine,\"Métiers\" du numérique\n"); },
         s("sources.csv"), 2, s("titre"), s("après le guillemet fermant")},
    };
    return cases;
}

bool hasProblem(const BuildReport &report, const BrokenCase &expected)
{
    for (const ImportProblem &problem : report.problems) {
        if (problem.sheet == expected.sheet && problem.row == expected.row && problem.column == expected.column
            && problem.message.contains(expected.message))
            return true;
    }
    return false;
}

QString describe(const BuildReport &report)
{
    QStringList lines;
    for (const ImportProblem &problem : report.problems)
        lines << problem.toString();
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestImport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_work;

    // A fresh copy of the fixture to break.
    QString copyFixture(const QString &name)
    {
        const QString dir = m_work.filePath(name);
        QDir(dir).removeRecursively();
        if (!copyTree(fixtureDir(), dir))
            qFatal("cannot copy the fixture");
        return dir;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_work.isValid());
        QVERIFY2(QFile::exists(fixtureDir() + QStringLiteral("/metiers.csv")), qPrintable(fixtureDir()));
    }

    void buildsTheFixture()
    {
        const QString out = m_work.filePath(QStringLiteral("built"));
        const BuildReport report = ContentBuilder::build(fixtureDir(), fixtureDir(), out);
        QVERIFY2(report.ok(), qPrintable(describe(report)));
        QCOMPARE(report.contentVersion, 3);
        QCOMPARE(report.counts.value(QStringLiteral("jobs")), 4);
        QCOMPARE(report.counts.value(QStringLiteral("sectors")), 3);
        QCOMPARE(report.counts.value(QStringLiteral("training_places")), 2);
        QCOMPARE(report.counts.value(QStringLiteral("lycee_sections")), 2);
        QCOMPARE(report.mediaFiles,
                 QStringList({QStringLiteral("media/captions/ana.vtt"), QStringLiteral("media/images/ana.png"),
                              QStringLiteral("media/videos/ana.mp4")}));
        for (const QString &media : report.mediaFiles)
            QVERIFY2(QFileInfo(out + QLatin1Char('/') + media).isFile(), qPrintable(media));
        QCOMPARE(QDir(out).entryList(QDir::Files), QStringList{QStringLiteral("content.sqlite")});
        QCOMPARE(QDir(m_work.path()).entryList(QDir::Hidden | QDir::Dirs | QDir::NoDotAndDotDot).filter(
                     QStringLiteral(".built")),
                 QStringList()); // no work folder left behind

        kiosk::ContentStore store;
        QVERIFY2(store.open(out), qPrintable(store.errorString()));
        const kiosk::ContentInfo info = store.info();
        QCOMPARE(info.version, 3);
        QCOMPARE(info.title, QStringLiteral("Contenu de test (petit)"));
        QCOMPARE(info.created, QStringLiteral("2026-11-29"));
        QCOMPARE(info.homeTitle, QStringLiteral("Les métiers du numérique"));
        QCOMPARE(info.homeSubtitleEn, QStringLiteral("Touch a job"));
        QCOMPARE(store.count(QStringLiteral("search_index")), 4 + 2 + 1 + 3 + 2 + 2);   // + lycée texts, charts
        QCOMPARE(store.count(QStringLiteral("job_levels")), 3 + 1 + 1 + 2);

        QSqlQuery query(store.database());
        const auto single = [&query](const char *sql) {
            if (!query.exec(QString::fromUtf8(sql)) || !query.next())
                return QVariant();
            return query.value(0);
        };
        QCOMPARE(single("PRAGMA integrity_check").toString(), QStringLiteral("ok"));
        QVERIFY(query.exec(QStringLiteral("PRAGMA foreign_key_check")) && !query.next());
        // Windows-1252 + ";" sheet, and a UTF-8 + BOM one, read right.
        QCOMPARE(single("SELECT body FROM lycee_sections WHERE id = 'label'").toString(),
                 QStringLiteral("Un label régional – décerné chaque année ; l’œuvre des lycées."));
        QCOMPARE(single("SELECT value FROM figures WHERE id = 'salaries'").toDouble(), 26000.0);
        QCOMPARE(single("SELECT value FROM figures WHERE id = 'femmes'").toDouble(), 28.5);
        QCOMPARE(single("SELECT year FROM figures WHERE id = 'femmes'").toString(), QStringLiteral("2017-2018"));
        QCOMPARE(single("SELECT year FROM figures WHERE id = 'salaries'").toInt(), 2018);
        // "9" as a spreadsheet shows it, stored as the department number.
        QCOMPARE(single("SELECT department FROM training_places WHERE town = 'Foix'").toString(), QStringLiteral("09"));
        QCOMPARE(single("SELECT missions FROM jobs WHERE id = 'developpeur'").toString(),
                 QStringLiteral("Concevoir des logiciels.\nLes tester, puis les corriger."));
        QCOMPARE(single("SELECT group_concat(level) FROM (SELECT level FROM job_levels WHERE job_id = 'developpeur'"
                        " ORDER BY level)").toString(),
                 QStringLiteral("2,3,5"));
        QCOMPARE(single("SELECT sort_order FROM jobs WHERE id = 'developpeur'").toInt(), 0); // empty "ordre"
        QVERIFY(single("SELECT year FROM sources WHERE id = 'magazine'").isValid());
    }

    void everyProblemIsLocated_data()
    {
        QTest::addColumn<int>("index");
        for (int i = 0; i < brokenCases().size(); ++i)
            QTest::newRow(brokenCases().at(i).name) << i;
    }

    void everyProblemIsLocated()
    {
        QFETCH(int, index);
        const BrokenCase &broken = brokenCases().at(index);
        const QString source = copyFixture(QStringLiteral("broken"));
        broken.mutate(source);
        const QString out = m_work.filePath(QStringLiteral("never-built"));
        const BuildReport report = ContentBuilder::build(source, source, out);
        QVERIFY(!report.ok());
        QVERIFY2(hasProblem(report, broken), qPrintable(describe(report)));
        QVERIFY(!QFileInfo::exists(out)); // nothing imported
        QVERIFY(report.counts.isEmpty());
    }

    void everyProblemIsListedInOneGo()
    {
        const QString source = copyFixture(QStringLiteral("many"));
        setCell(source, QStringLiteral("metiers.csv"), 2, QStringLiteral("niveaux"), QStringLiteral("bac+7"));
        setCell(source, QStringLiteral("metiers.csv"), 3, QStringLiteral("secteurs"), QStringLiteral("espace"));
        setCell(source, QStringLiteral("lieux.csv"), 2, QStringLiteral("departement"), QStringLiteral("75"));
        const BuildReport report = ContentBuilder::build(source, source, m_work.filePath(QStringLiteral("x")));
        QCOMPARE(report.problems.size(), 3);
    }

    void problemsReadAsStaffExpect()
    {
        QCOMPARE((ImportProblem{QStringLiteral("metiers.csv"), 12, QStringLiteral("niveaux"), QStringLiteral("niveau inconnu")}
                      .toString()),
                 QStringLiteral("metiers.csv, ligne 12, colonne « niveaux » : niveau inconnu"));
        QCOMPARE((ImportProblem{QStringLiteral("infos.csv"), 3, {}, QStringLiteral("une seule ligne")}.toString()),
                 QStringLiteral("infos.csv, ligne 3 : une seule ligne"));
        QCOMPARE((ImportProblem{QStringLiteral("interets.csv"), 0, {}, QStringLiteral("absente")}.toString()),
                 QStringLiteral("interets.csv : absente"));
        QCOMPARE((ImportProblem{{}, 0, {}, QStringLiteral("disque plein")}.toString()), QStringLiteral("disque plein"));
    }

    void forgivesWhatSpreadsheetsDo()
    {
        const QString source = copyFixture(QStringLiteral("lenient"));
        renameColumn(source, QStringLiteral("metiers.csv"), QStringLiteral("titre_masculin"), QStringLiteral("Titre masculin"));
        renameColumn(source, QStringLiteral("metiers.csv"), QStringLiteral("competences"), QStringLiteral("Compétences"));
        setCell(source, QStringLiteral("temoignages.csv"), 2, QStringLiteral("video"), QStringLiteral("media\\videos\\ana.mp4"));
        setCell(source, QStringLiteral("metiers.csv"), 2, QStringLiteral("niveaux"), QStringLiteral("Bac +2 | BAC+3 |"));
        setCell(source, QStringLiteral("formations.csv"), 2, QStringLiteral("type"), QStringLiteral("BTS"));
        setCell(source, QStringLiteral("infos.csv"), 2, QStringLiteral("date"), QStringLiteral("29/11/2026"));
        QFile::rename(source + QStringLiteral("/sources.csv"), source + QStringLiteral("/Sources.CSV"));
        const QString out = m_work.filePath(QStringLiteral("lenient-out"));
        const BuildReport report = ContentBuilder::build(source, source, out);
        QVERIFY2(report.ok(), qPrintable(describe(report)));
        kiosk::ContentStore store;
        QVERIFY(store.open(out));
        QCOMPARE(store.info().created, QStringLiteral("2026-11-29"));
        QCOMPARE(store.count(QStringLiteral("sources")), 1);
    }

    void refusesAnExistingOutputFolder()
    {
        const QString out = m_work.filePath(QStringLiteral("exists"));
        QVERIFY(QDir().mkpath(out));
        const BuildReport report = ContentBuilder::build(fixtureDir(), fixtureDir(), out);
        QCOMPARE(report.problems.size(), 1);
        QVERIFY(report.problems.first().message.contains(QStringLiteral("existe déjà")));
    }

    // A folder the disk cannot take is not the content's fault: the importer tells staff so.
    void aWriteFailureIsNotAContentProblem()
    {
        const QString blocker = m_work.filePath(QStringLiteral("a-file"));
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        const BuildReport unwritable = ContentBuilder::build(fixtureDir(), fixtureDir(), blocker + QStringLiteral("/out"));
        QVERIFY(!unwritable.ok());
        QVERIFY(unwritable.writeFailed);
        QVERIFY(!unwritable.diskFull);

        const QString source = copyFixture(QStringLiteral("bad-level"));
        setCell(source, QStringLiteral("metiers.csv"), 2, QStringLiteral("niveaux"), QStringLiteral("bac+7"));
        const BuildReport refused = ContentBuilder::build(source, source, m_work.filePath(QStringLiteral("bad-level-out")));
        QVERIFY(!refused.ok());
        QVERIFY(!refused.writeFailed);
    }

    void missingSourceFolderIsAProblem()
    {
        const BuildReport report = ContentBuilder::build(m_work.filePath(QStringLiteral("nowhere")), fixtureDir(),
                                                         m_work.filePath(QStringLiteral("nothing")));
        QVERIFY(!report.ok());
        QVERIFY(report.problems.first().message.contains(QStringLiteral("introuvable")));
    }

    // The optional `extrait` column: a light file the attract loop plays instead of the full video.
    void attractLoopPlaysTheInterviewsExcerpt()
    {
        const auto attractVideo = [](const QString &built) -> QString {
            kiosk::ContentStore store;
            if (!store.open(built))
                return QStringLiteral("cannot open: ") + store.errorString();
            const auto items = kiosk::AttractQuery::items(store.database(), kiosk::Language::French, {false, false, true});
            return items.size() == 1 ? items.first().video + QLatin1Char(' ') + items.first().captions : QString();
        };
        QVERIFY(ContentBuilder::build(fixtureDir(), fixtureDir(), m_work.filePath(QStringLiteral("no-excerpt"))).ok());
        QCOMPARE(attractVideo(m_work.filePath(QStringLiteral("no-excerpt"))),
                 QStringLiteral("media/videos/ana.mp4 media/captions/ana.vtt"));

        const QString dir = copyFixture(QStringLiteral("excerpt"));
        QVERIFY(QFile::copy(dir + QStringLiteral("/media/videos/ana.mp4"), dir + QStringLiteral("/media/videos/ana-court.mp4")));
        const kiosk::CsvTable table = readSheet(dir, s("temoignages.csv"));
        QList<QStringList> rows = rowsOf(table);
        rows[0].append(QStringLiteral("media/videos/ana-court.mp4"));
        writeSheet(dir, s("temoignages.csv"), table.header + QStringList{QStringLiteral("extrait")}, rows);
        const QString built = m_work.filePath(QStringLiteral("excerpt-built"));
        const BuildReport report = ContentBuilder::build(dir, dir, built);
        QVERIFY2(report.ok(), qPrintable(describe(report)));
        QVERIFY(report.mediaFiles.contains(QStringLiteral("media/videos/ana-court.mp4")));   // travels in the pack
        QCOMPARE(attractVideo(built), QStringLiteral("media/videos/ana-court.mp4 media/captions/ana.vtt"));

        // Checked as every media column is: a file that is not a video is refused, located.
        setCell(dir, s("temoignages.csv"), 2, QStringLiteral("extrait"), QStringLiteral("media/captions/ana.vtt"));
        const BuildReport refused = ContentBuilder::build(dir, dir, m_work.filePath(QStringLiteral("excerpt-refused")));
        QVERIFY(hasProblem(refused, {"", {}, s("temoignages.csv"), 2, QStringLiteral("extrait"), QString()}));
    }

    void demoContentBuilds()
    {
        const QString root = qEnvironmentVariable("KIOSK_SOURCE_DIR");
        const BuildReport report = ContentBuilder::build(root + QStringLiteral("/db/content"), root,
                                                         m_work.filePath(QStringLiteral("demo")));
        QVERIFY2(report.ok(), qPrintable(describe(report)));
        QVERIFY(report.counts.value(QStringLiteral("jobs")) >= 30);
        QVERIFY(report.counts.value(QStringLiteral("trainings")) >= 12);
        QCOMPARE(report.counts.value(QStringLiteral("interviews")), 4);
        QVERIFY(report.counts.value(QStringLiteral("figures")) >= 15);
    }

    void tenThousandJobCardsAreCheckedQuickly()
    {
        const QString source = m_work.filePath(QStringLiteral("big"));
        QCOMPARE(kiosk::ContentGenerator::generate(fixtureDir(), 10000, source), QString());
        QVERIFY(copyTree(fixtureDir() + QStringLiteral("/media"), source + QStringLiteral("/media")));
        QElapsedTimer timer;
        timer.start();
        const kiosk::AuthoringSource checked = kiosk::AuthoringSource::read(source, source);
        const qint64 elapsed = timer.elapsed();
        QVERIFY(checked.problems.isEmpty());
        QCOMPARE(checked.sheet(QStringLiteral("metiers.csv")).rows.size(), 10000);
        QCOMPARE(checked.sheet(QStringLiteral("metiers.csv")).rows.last().cells.value(QStringLiteral("id")),
                 QStringLiteral("technicien-reseau-10000"));
        QVERIFY2(elapsed < 10000, qPrintable(QStringLiteral("%1 ms").arg(elapsed)));
    }
};

QTEST_GUILESS_MAIN(TestImport)
#include "tst_import.moc"
