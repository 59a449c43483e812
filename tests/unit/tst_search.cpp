// SPDX-License-Identifier: GPL-3.0-or-later
// Visitor search: word folding and typo rules, hostile input, the cache across content updates, and
// search quality on the demo content (a table of visitor queries with their expected top results).
#include "authoring/ContentBuilder.h"
#include "authoring/ContentGenerator.h"
#include "content/ContentStore.h"
#include "content/EditDistance.h"
#include "content/LyceeQueries.h"
#include "content/Search.h"
#include "content/SearchQuery.h"
#include "content/SearchVocabulary.h"
#include "content/SearchWords.h"
#include "content/TextFolding.h"

#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using kiosk::Language;
using kiosk::Search;
using kiosk::SearchHit;
using kiosk::searchKindKey;

namespace {

// Hits of one kind, best first: what the screen shows in that group.
QStringList idsOf(const QList<SearchHit> &hits, const QString &kind)
{
    QStringList ids;
    for (const SearchHit &hit : hits) {
        if (searchKindKey(hit.kind) == kind)
            ids.append(hit.id);
    }
    return ids;
}

QString describe(const QList<SearchHit> &hits)
{
    QStringList lines;
    for (const SearchHit &hit : hits)
        lines << searchKindKey(hit.kind) + QLatin1Char(':') + hit.id;
    return lines.join(QLatin1Char(' '));
}

bool buildFixture(const QString &out)
{
    const QString source = qEnvironmentVariable("KIOSK_SOURCE_DIR") + QStringLiteral("/tests/data/content-small");
    const kiosk::BuildReport report = kiosk::ContentBuilder::build(source, source, out);
    for (const kiosk::ImportProblem &problem : report.problems)
        qWarning().noquote() << problem.toString();
    return report.ok();
}

} // namespace

class TestSearch : public QObject
{
    Q_OBJECT

    QTemporaryDir m_work;
    QString m_fixture;
    kiosk::ContentStore m_demo;

    // The demo content's jobs open at one of `levels` ("3, 5").
    QSet<QString> jobsAtLevels(const QString &levels) const
    {
        QSqlQuery query(m_demo.database());
        if (!query.exec(QStringLiteral("SELECT job_id FROM job_levels WHERE level IN (%1)").arg(levels)))
            qWarning() << "job levels:" << query.lastError().text();
        QSet<QString> jobs;
        while (query.next())
            jobs.insert(query.value(0).toString());
        return jobs;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_work.isValid());
        m_fixture = m_work.filePath(QStringLiteral("fixture"));
        QVERIFY(buildFixture(m_fixture));
        // The demo content the build made from db/content (db/CMakeLists.txt).
        const QString demo = qEnvironmentVariable("KIOSK_BUILD_DIR") + QStringLiteral("/demo-content");
        QVERIFY2(m_demo.open(demo), qPrintable(m_demo.errorString() + QStringLiteral(" (build target demo_content)")));
    }

    void init()
    {
        // An SQL error from the search is a failure, whatever the visitor typed.
        QTest::failOnWarning(QRegularExpression(QStringLiteral("search (failed|query)")));
    }

    void foldsLikeTheIndex()
    {
        QCOMPARE(kiosk::foldText(QStringLiteral("Cybersécurité ÉLÈVE Œuvre")), QStringLiteral("cybersecurite eleve œuvre"));
        QCOMPARE(kiosk::foldText(QStringLiteral("ﬁbre ｊｅｕ")), QStringLiteral("fibre jeu"));
        QCOMPARE(kiosk::foldedWords(QStringLiteral("jeux😍vidéo 𝐣𝐞𝐮")),
                 QStringList({QStringLiteral("jeux"), QStringLiteral("video"), QStringLiteral("jeu")}));
        QCOMPARE(kiosk::foldedWords(QStringLiteral("l'IA, c'est \"génial\"* (NEAR/3) -bac+2")),
                 QStringList({QStringLiteral("l"), QStringLiteral("ia"), QStringLiteral("c"), QStringLiteral("est"),
                              QStringLiteral("genial"), QStringLiteral("near"), QStringLiteral("3"),
                              QStringLiteral("bac"), QStringLiteral("2")}));
        // Languages named with symbols are words, as the index spells them (SearchIndex).
        QCOMPARE(kiosk::foldedWords(QStringLiteral("C++, c# et C++17 ; abc++ c+")),
                 QStringList({QStringLiteral("cpp"), QStringLiteral("csharp"), QStringLiteral("et"),
                              QStringLiteral("cpp"), QStringLiteral("17"), QStringLiteral("abc"), QStringLiteral("c")}));
    }

    void oneEditAway_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("near");
        QTest::addColumn<int>("distance");
        QTest::newRow("same") << "robot" << "robot" << true << 0;
        QTest::newRow("replaced") << "robotisien" << "roboticien" << true << 1;
        QTest::newRow("inserted") << "devloppeur" << "developpeur" << true << 1;
        QTest::newRow("deleted at the end") << "reseaux" << "reseau" << true << 1;
        QTest::newRow("swapped") << "cybresecurite" << "cybersecurite" << true << 1;
        QTest::newRow("two edits") << "devlopeur" << "developpeur" << false << 2;
        QTest::newRow("far") << "infirmier" << "informer" << false << 2;
        QTest::newRow("empty") << "" << "a" << true << 1;
    }

    void oneEditAway()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, near);
        QFETCH(int, distance);
        QCOMPARE(kiosk::withinOneEdit(a, b), near);
        QCOMPARE(kiosk::withinOneEdit(b, a), near);
        QCOMPARE(kiosk::editDistance(a, b), distance);
    }

    void doubledLettersAndPhAreForgiven()
    {
        const auto vocabulary = kiosk::SearchVocabulary::fromWords(
            {QStringLiteral("developpeur"), QStringLiteral("developpement"), QStringLiteral("roboticien"),
             QStringLiteral("infographiste")});
        // Two letters away, but written as they sound.
        QCOMPARE(vocabulary.nearWords(QStringLiteral("infografiste"), false, 5), QStringList{QStringLiteral("infographiste")});
        QCOMPARE(vocabulary.nearWords(QStringLiteral("infograf"), true, 5), QStringList{QStringLiteral("infographiste")});
        QCOMPARE(vocabulary.nearWords(QStringLiteral("devlopeur"), false, 5), QStringList{QStringLiteral("developpeur")});
        QCOMPARE(vocabulary.nearWords(QStringLiteral("robotisien"), false, 5), QStringList{QStringLiteral("roboticien")});
        // Still typing: the beginning of a word is compared.
        QCOMPARE(vocabulary.nearWords(QStringLiteral("devlop"), true, 5).size(), 2);
        QVERIFY(vocabulary.nearWords(QStringLiteral("infirmier"), true, 5).isEmpty());
    }

    void knowsOtherFormsOfAWord()
    {
        using kiosk::SearchWords::variants;
        QVERIFY(variants(QStringLiteral("programmeuse")).contains(QStringLiteral("programmeur")));
        QVERIFY(variants(QStringLiteral("administratrice")).contains(QStringLiteral("administrateur")));
        QVERIFY(variants(QStringLiteral("technicienne")).contains(QStringLiteral("technicien")));
        QVERIFY(variants(QStringLiteral("ingenieure")).contains(QStringLiteral("ingenieur")));
        QVERIFY(variants(QStringLiteral("cheffe")).contains(QStringLiteral("chef")));
        QVERIFY(variants(QStringLiteral("jeux")).contains(QStringLiteral("jeu")));
        // The one who does it → what is done: illustrateur → illustration, modélisatrice → modélisation.
        QVERIFY(variants(QStringLiteral("illustrateur")).contains(QStringLiteral("illustration")));
        QVERIFY(variants(QStringLiteral("modelisatrice")).contains(QStringLiteral("modelisation")));
        QVERIFY(!variants(QStringLiteral("informatique")).contains(QStringLiteral("informatiques")));
        QVERIFY(kiosk::SearchWords::synonyms(QStringLiteral("ia")).contains(QStringLiteral("intelligence artificielle")));
        QVERIFY(kiosk::SearchWords::isStopWord(QStringLiteral("des")));
        QVERIFY(!kiosk::SearchWords::isStopWord(QStringLiteral("son")));
        using kiosk::SearchWords::verbStem;
        QCOMPARE(verbStem(QStringLiteral("dessiner")), QStringLiteral("dessin"));
        QCOMPARE(verbStem(QStringLiteral("programmer")), QStringLiteral("programm"));
        QCOMPARE(verbStem(QStringLiteral("coder")), QString());   // "cod…": too short a stem
        QCOMPARE(verbStem(QStringLiteral("dessin")), QString());
    }

    void visitorTextNeverReachesFts5AsTyped_data()
    {
        QTest::addColumn<QString>("text");
        for (const char *text :
             {"\"", "\"\"\"", "*", "dev*", "-dev", "NEAR(dev cyber)", "dev NEAR cyber", "dev AND", "OR", "NOT dev",
              "(", ")", "((dev", "title:dev", "{title}: dev", "^dev", "dev + cyber", "'; DROP TABLE jobs; --",
              "dév\"elop", "%", "_", "\\", "[]", "c++", "c#", ".net", "😀 jeu", "   ", "a", "dev\u0000x",
              "développeur développeur développeur développeur développeur développeur"})
            QTest::newRow(text) << QString::fromUtf8(text);
    }

    void visitorTextNeverReachesFts5AsTyped()
    {
        QFETCH(QString, text);
        // "devnear": two typed words that make one indexed word take another path.
        const auto vocabulary = kiosk::SearchVocabulary::fromWords(
            {QStringLiteral("dev"), QStringLiteral("near"), QStringLiteral("devnear")});
        const kiosk::SearchQuery query = kiosk::SearchQuery::parse(text, vocabulary);
        // Only quoted folded words; around them nothing but FTS5 operators the kiosk writes itself.
        static const QRegularExpression words(QStringLiteral(R"("[\p{L}\p{N} ]+"\*?)"));
        static const QRegularExpression syntax(QStringLiteral(R"(^([() ,:0-9]|OR|AND|NEAR|title)*$)"));
        for (const QString &match : {query.allWords(), query.allWordsUnranked(), query.anyWord()}) {
            QString rest = match;
            rest.remove(words);
            QVERIFY2(syntax.match(rest).hasMatch(), qPrintable(match));
        }
        // And on a real index: no SQL error (failOnWarning), whatever comes back.
        const Search search(m_demo);
        search.find(text, Language::French);
    }

    void emptyAndSingleLetterQueriesFindNothing()
    {
        const Search search(m_demo);
        QVERIFY(search.find(QString(), Language::French).isEmpty());
        QVERIFY(search.find(QStringLiteral("d"), Language::French).isEmpty());
        QVERIFY(search.find(QStringLiteral("de la"), Language::French).isEmpty());
    }

    void closedStoreFindsNothing()
    {
        kiosk::ContentStore closed;
        const Search search(closed);
        QVERIFY(search.find(QStringLiteral("robot"), Language::French).isEmpty());
        QVERIFY(search.suggestions(Language::French).isEmpty());
    }

    void hitsCarryTitlesAndDetailsInTheRequestedLanguage()
    {
        kiosk::ContentStore store;
        QVERIFY(store.open(m_fixture));
        const Search search(store);
        const QList<SearchHit> french = search.find(QStringLiteral("développeuse"), Language::French);
        QVERIFY(!french.isEmpty());
        QCOMPARE(french.first().kind, SearchHit::Kind::Job);
        QCOMPARE(french.first().id, QStringLiteral("developpeur"));
        QCOMPARE(french.first().title, QStringLiteral("Développeur · Développeuse"));
        QCOMPARE(french.first().detail, QStringLiteral("Il ou elle écrit des programmes."));
        QVERIFY(french.first().score > 0);

        const QList<SearchHit> english = search.find(QStringLiteral("developer"), Language::English);
        QCOMPARE(english.first().title, QStringLiteral("Developer"));
        QCOMPARE(english.first().detail, QStringLiteral("Writes programs."));

        // The training first; the job it leads to (its name is in the job's text) after.
        const QList<SearchHit> training = search.find(QStringLiteral("slam"), Language::French);
        QCOMPARE(describe(training), QStringLiteral("training:bts-sio-slam job:developpeur"));
        QCOMPARE(training.first().detail, QStringLiteral("Bac+2 · 2 ans"));
        const QList<SearchHit> interview = search.find(QStringLiteral("Ana"), Language::French);
        QCOMPARE(interview.first().title, QStringLiteral("Ana Martin"));
        QCOMPARE(interview.first().detail, QStringLiteral("Développeuse · Une ESN toulousaine"));
        const QList<SearchHit> sector = search.find(QStringLiteral("gamepad jeu vidéo"), Language::French);
        QVERIFY(idsOf(sector, QStringLiteral("sector")).contains(QStringLiteral("jeu")));
        for (const SearchHit &hit : sector) {
            if (hit.kind == SearchHit::Kind::Sector)
                QCOMPARE(hit.detail, QStringLiteral("Inventer et fabriquer des jeux."));
        }
    }

    // Each kind in one block (a section on the screen), the block of the best hit first: a visitor
    // typing a training's name sees it before the jobs whose text names it.
    void theKindOfTheBestHitComesFirst()
    {
        kiosk::ContentStore store;
        QVERIFY(store.open(m_fixture));
        const Search search(store);
        QCOMPARE(describe(search.find(QStringLiteral("BTS SIO"), Language::French)),
                 QStringLiteral("training:bts-sio-slam job:developpeur"));
        QCOMPARE(describe(search.find(QStringLiteral("développeur"), Language::French)).section(u' ', 0, 0),
                 QStringLiteral("job:developpeur"));
    }

    void aWordInHundredsOfCardsListsThemInContentOrder()
    {
        // Ranking every card that holds a common word would take longer than a key press with a
        // large content: past 500 matching jobs they come in content order, still cut at the limit.
        const QString source = qEnvironmentVariable("KIOSK_SOURCE_DIR");
        const QString sheets = m_work.filePath(QStringLiteral("large-sheets"));
        const QString built = m_work.filePath(QStringLiteral("large"));
        QCOMPARE(kiosk::ContentGenerator::generate(source + QStringLiteral("/db/content"), 1500, sheets), QString());
        QVERIFY(kiosk::ContentBuilder::build(sheets, source, built).ok());
        kiosk::ContentStore store;
        QVERIFY2(store.open(built), qPrintable(store.errorString()));
        const Search search(store);

        const QList<SearchHit> common = search.find(QStringLiteral("co"), Language::French, 30);   // still typing: "co…"
        const QStringList jobs = idsOf(common, QStringLiteral("job"));
        QCOMPARE(jobs.size(), 30);
        QList<qint64> order;
        for (const QString &id : jobs) {
            QSqlQuery row(store.database());
            QVERIFY(row.exec(QStringLiteral("SELECT rowid FROM jobs WHERE id = '%1'").arg(id)) && row.next());
            order.append(row.value(0).toLongLong());
        }
        QVERIFY2(std::is_sorted(order.cbegin(), order.cend()), qPrintable(jobs.join(QLatin1Char(' '))));
        QSet<double> scores;   // not ranked: one score for all
        for (const SearchHit &hit : common) {
            if (hit.kind == SearchHit::Kind::Job)
                scores.insert(hit.score);
        }
        QVERIFY2(scores.size() == 1, qPrintable(describe(common)));
        QVERIFY(!idsOf(common, QStringLiteral("training")).isEmpty());   // the other kinds still ranked
        QCOMPARE(common.first().kind, SearchHit::Kind::Job);   // so many jobs: the words are about jobs

        // A rarer word is ranked: the card whose title holds it comes first.
        const QList<SearchHit> rare = search.find(QStringLiteral("roboticien"), Language::French, 30);
        QVERIFY(!idsOf(rare, QStringLiteral("job")).isEmpty());
        QCOMPARE(idsOf(rare, QStringLiteral("job")).constFirst(), QStringLiteral("roboticien"));
    }

    // "bac+2" is a level, however it is typed: only the trainings and jobs at that level.
    void aLevelIsOneWord()
    {
        const Search search(m_demo);
        const QSet<QString> jobsAtBac2 = jobsAtLevels(QStringLiteral("2"));
        for (const QString &query : {QStringLiteral("bac+2"), QStringLiteral("Bac + 2"), QStringLiteral("bac 2"),
                                     QStringLiteral("bac+2 informatique")}) {
            const QList<SearchHit> hits = search.find(query, Language::French);
            QCOMPARE(hits.first().kind, SearchHit::Kind::Training);
            for (const SearchHit &hit : hits) {
                if (hit.kind == SearchHit::Kind::Training)
                    QVERIFY2(hit.detail.startsWith(QLatin1String("Bac+2 ")), qPrintable(query + QLatin1String(": ") + hit.id));
                else
                    QVERIFY2(hit.kind == SearchHit::Kind::Job && jobsAtBac2.contains(hit.id), qPrintable(query + QLatin1String(": ") + hit.id));
            }
        }
    }

    // No training or job of the demo content is at bac+4: the levels around it, rather than nothing.
    void aLevelNobodyIsAtListsTheNearestOnes()
    {
        const Search search(m_demo);
        const QSet<QString> jobsAtBac3Or5 = jobsAtLevels(QStringLiteral("3, 5"));
        const QList<SearchHit> hits = search.find(QStringLiteral("bac+4"), Language::French);
        QVERIFY(!idsOf(hits, QStringLiteral("training")).isEmpty());
        for (const SearchHit &hit : hits) {
            if (hit.kind == SearchHit::Kind::Training)
                QVERIFY2(hit.detail.startsWith(QLatin1String("Bac+3 ")) || hit.detail.startsWith(QLatin1String("Bac+5 ")),
                         qPrintable(hit.id));
            else
                QVERIFY2(hit.kind == SearchHit::Kind::Job && jobsAtBac3Or5.contains(hit.id), qPrintable(hit.id));
        }
        QVERIFY(search.find(QStringLiteral("bac+8"), Language::French).isEmpty());   // no level near it
    }

    // "formation à Montpellier", "formation près de Toulouse": the trainings given in that town.
    void aTrainingInATown()
    {
        const Search search(m_demo);
        for (const QString &town : {QStringLiteral("Montpellier"), QStringLiteral("Toulouse")}) {
            QSqlQuery places(m_demo.database());
            QVERIFY(places.exec(QStringLiteral("SELECT DISTINCT training_id FROM training_places WHERE town = '%1'").arg(town)));
            QSet<QString> given;
            while (places.next())
                given.insert(places.value(0).toString());
            QVERIFY(!given.isEmpty());
            for (const QString &query : QStringList{QStringLiteral("formation à ") + town,
                                                    QStringLiteral("formation près de ") + town}) {
                const QList<SearchHit> hits = search.find(query, Language::French);
                const QStringList trainings = idsOf(hits, QStringLiteral("training"));
                QCOMPARE(hits.first().kind, SearchHit::Kind::Training);
                // Those given there, and a few whose text names the town ("près de Montpellier").
                QVERIFY2(QSet<QString>(trainings.cbegin(), trainings.cend()).contains(given), qPrintable(query));
                QVERIFY2(trainings.size() <= given.size() + 2, qPrintable(trainings.join(QLatin1Char(' '))));
            }
        }
        const QList<SearchHit> english = search.find(QStringLiteral("training"), Language::English);
        QCOMPARE(english.first().kind, SearchHit::Kind::Training);
    }

    // A lycée hit opens the "Lycée numérique" screen on its topic: one hit per topic, its best text,
    // in the screen's order.
    void lyceeTextsComeOnePerTopic()
    {
        const Search search(m_demo);
        QSqlQuery topics(m_demo.database());
        QVERIFY(topics.exec(QStringLiteral("SELECT id, topic FROM lycee_sections")));
        QHash<QString, QString> topicOf;
        while (topics.next())
            topicOf.insert(topics.value(0).toString(), topics.value(1).toString());
        const QSet<QString> allTopics(topicOf.cbegin(), topicOf.cend());

        // Every text carries the screen's name: each topic once, in both languages.
        for (const auto &[query, language] : {std::pair{QStringLiteral("lycée numérique"), Language::French},
                                              std::pair{QStringLiteral("high school"), Language::English}}) {
            const QStringList ids = idsOf(search.find(query, language), QStringLiteral("lycee"));
            QStringList topics;
            for (const QString &id : ids)
                topics.append(topicOf.value(id));
            QCOMPARE(QSet<QString>(topics.cbegin(), topics.cend()), allTopics);
            QCOMPARE(topics.size(), allTopics.size());
            QVERIFY2(std::is_sorted(topics.cbegin(), topics.cend(),
                                    [](const QString &a, const QString &b) {
                                        return kiosk::LyceeQueries::topicRank(a) < kiosk::LyceeQueries::topicRank(b);
                                    }),
                     qPrintable(topics.join(QLatin1Char(' '))));
        }
        const QList<SearchHit> english = search.find(QStringLiteral("digital high school"), Language::English);
        QCOMPARE(english.first().kind, SearchHit::Kind::Lycee);
        QCOMPARE(english.first().title, QStringLiteral("The \"Digital high school\" label"));
    }

    // A chart of key figures is found by its title and its bars' labels, shown with its labels.
    void chartsAreFoundByTheirFigures()
    {
        const Search search(m_demo);
        const QList<SearchHit> french = search.find(QStringLiteral("hommes"), Language::French);
        QVERIFY(!french.isEmpty());
        QCOMPARE(french.first().kind, SearchHit::Kind::Chart);
        QCOMPARE(french.first().id, QStringLiteral("mixite-secteur"));
        QCOMPARE(french.first().title, QStringLiteral("Femmes et hommes dans le numérique"));
        QCOMPARE(french.first().detail, QStringLiteral("Hommes parmi les salariés du numérique en Occitanie · Femmes "
                                                       "dans le secteur numérique en France · Start-up créées par des femmes"));
        const QList<SearchHit> english = search.find(QStringLiteral("women"), Language::English);
        QVERIFY(idsOf(english, QStringLiteral("chart")).contains(QStringLiteral("mixite-secteur")));
        const auto chart = std::find_if(english.cbegin(), english.cend(),
                                        [](const SearchHit &hit) { return hit.id == QLatin1String("mixite-secteur"); });
        QCOMPARE(chart->title, QStringLiteral("Women and men in digital jobs"));
        QVERIFY2(chart->detail.startsWith(QStringLiteral("Men among digital employees")), qPrintable(chart->detail));
    }

    void limitAppliesToEachKind()
    {
        const Search search(m_demo);
        const QList<SearchHit> all = search.find(QStringLiteral("numerique"), Language::French);
        const QList<SearchHit> two = search.find(QStringLiteral("numerique"), Language::French, 2);
        QVERIFY(all.size() > two.size());
        for (const QString &kind : {QStringLiteral("job"), QStringLiteral("training"), QStringLiteral("sector")}) {
            QCOMPARE(idsOf(two, kind).size(), 2);
            QCOMPARE(idsOf(two, kind), idsOf(all, kind).mid(0, 2)); // the same best two
        }
        for (qsizetype i = 1; i < all.size(); ++i) {   // best first inside each kind's block (lycée: screen order)
            if (all.at(i - 1).kind == all.at(i).kind && all.at(i).kind != SearchHit::Kind::Lycee)
                QVERIFY(all.at(i - 1).score >= all.at(i).score);
        }
    }

    void followsTheStoreAcrossAContentUpdate()
    {
        kiosk::ContentStore store;
        QVERIFY(store.open(m_fixture));
        const Search search(store);
        QVERIFY(search.find(QStringLiteral("roboticien"), Language::French).isEmpty());
        QVERIFY(!search.find(QStringLiteral("Gabriel"), Language::French).isEmpty());
        QVERIFY(store.reopen(m_demo.contentDir()));
        QCOMPARE(idsOf(search.find(QStringLiteral("roboticien"), Language::French), QStringLiteral("job")).value(0),
                 QStringLiteral("roboticien"));
        QVERIFY(search.find(QStringLiteral("Gabriel"), Language::French).isEmpty());
        QVERIFY(store.reopen(m_fixture));
        QVERIFY(search.find(QStringLiteral("roboticien"), Language::French).isEmpty());
    }

    void suggestsTheSectors()
    {
        const Search search(m_demo);
        const QStringList french = search.suggestions(Language::French, 3);
        QCOMPARE(french.size(), 3);
        for (const QString &suggestion : french)
            QVERIFY2(!search.find(suggestion, Language::French).isEmpty(), qPrintable(suggestion));
        QVERIFY(search.suggestions(Language::English, 11).contains(QStringLiteral("Cybersecurity")));
    }

    // What visitors type, and what must come first. "kind:id@N": id is among the first N hits of
    // its kind (the group the screen shows); "none": nothing at all.
    void demoContentQuality_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("expected");
        // "kind:id@N": among the first N of its kind; "first:kind": that kind's block comes first.
        const char *const table[][2] = {
            {"developpeur", "first:job job:developpeur-logiciel@6 job:developpeur-web@6 sector:developpement@1"},
            {"développeur", "job:developpeur-mobile@6 training:titre-pro-developpeur@3"},
            {"Développeuse", "job:developpeur-logiciel@7 job:developpeur-web@7"},
            {"dévelop", "job:developpeur-logiciel@8 sector:developpement@1"},
            {"dev", "job:developpeur-logiciel@8"},
            {"codeur", "job:developpeur-logiciel@3 job:developpeur-web@6"},
            {"programmeur", "job:developpeur-logiciel@3 job:programmeur-jeu-video@3"},
            {"programmeuse", "job:programmeur-jeu-video@3 job:developpeur-logiciel@3"},
            {"je veux être développeur", "job:developpeur-logiciel@6"},
            {"developer", "job:developpeur-logiciel@3"},
            {"cybersecurite", "sector:cybersecurite@1 job:consultant-cybersecurite@2"},
            {"cybersécurité", "sector:cybersecurite@1 job:consultant-cybersecurite@2 interview:gwenael@1"},
            {"CYBER", "sector:cybersecurite@1 job:consultant-cybersecurite@5"},
            {"cybersecu", "sector:cybersecurite@1 job:consultant-cybersecurite@5"},
            {"hacker", "job:consultant-cybersecurite@5 job:auditeur-tests-intrusion@5"},
            {"pirate", "job:auditeur-tests-intrusion@5"},
            {"pentest", "job:auditeur-tests-intrusion@1"},
            {"IA", "job:ingenieur-ia@3 job:developpeur-data-ia@3 sector:ia-robotique@1"},
            {"intelligence artificielle", "job:ingenieur-ia@3 sector:ia-robotique@1"},
            {"robot", "job:roboticien@1 sector:ia-robotique@1"},
            {"robotisien", "job:roboticien@1"},
            {"drone", "first:job job:telepilote-drone@1"},
            {"jeux video", "sector:jeu-video@1 job:game-designer@7 job:testeur-jeu-video@7"},
            {"jeu vidéo", "sector:jeu-video@1 job:programmeur-jeu-video@7"},
            {"jv", "sector:jeu-video@1"},
            {"video game", "sector:jeu-video@1"},
            {"testeur jeux", "job:testeur-jeu-video@1"},
            {"son", "sector:musique-son@1 job:sound-designer@2 training:formations-son-numerique@1"},
            {"musique", "sector:musique-son@1 job:compositeur-musique-numerique@2"},
            {"BTS SIO", "first:training training:bts-sio-slam@2 training:bts-sio-sisr@2"},
            {"bts", "training:bts-sio-slam@6 training:bts-sio-sisr@6"},
            {"slam", "training:bts-sio-slam@1"},
            {"sisr", "training:bts-sio-sisr@1"},
            {"BUT informatique", "first:training training:but-informatique@1"},
            {"DUT", "first:training training:but-informatique@2"},
            {"bac pro", "first:training training:bac-pro-sen@2"},
            {"BTS SN", "first:training training:bts-sn-ir@2 training:bts-sn-ec@2"},   // not SNT, the lycée course
            {"reseau", "sector:reseaux-support@1 job:technicien-reseaux-telecoms@3 training:bts-sio-sisr@3"},
            {"réseaux", "sector:reseaux-support@1 job:administrateur-systemes-reseaux@3"},
            {"data", "sector:donnees@1 job:data-scientist@3 job:data-analyst@6"},
            {"big data", "sector:donnees@1 job:architecte-big-data@3 job:developpeur-big-data@3"},
            {"bigdata", "sector:donnees@1 job:architecte-big-data@3"},
            {"data scientist", "job:data-scientist@1"},
            {"cloud", "sector:cloud@1 job:ingenieur-cloud@1"},
            {"agriculture", "sector:agriculture-numerique@1 job:ingenieur-agriculture-numerique@2"},
            {"santé", "sector:sante-numerique@1 job:chef-projet-e-sante@1"},
            {"sante", "sector:sante-numerique@1 job:chef-projet-e-sante@1"},
            {"e-santé", "job:chef-projet-e-sante@1"},
            {"lycée", "first:lycee training:bts-sio-slam@6"},
            {"lycée numérique", "first:lycee lycee:label-presentation@1"},
            {"lycee numerique", "first:lycee lycee:label-presentation@1"},
            {"label", "first:lycee"},
            {"LoRdi", "lycee:label-politique@1"},
            {"NSI", "training:bac-general-nsi@1 lycee:bac-general-nsi@1"},
            {"Romain", "interview:romain@1"},
            {"gwenael", "interview:gwenael@1"},
            {"devlopeur", "first:job job:developpeur-logiciel@6"},   // as "developpeur" (typing: a prefix)
            {"infomatique", "first:job job:chef-projet-informatique@2"},   // as "informatique", not "informatiques"
            {"devlopeur ", "job:developpeur-logiciel@6"},
            {"webdesigner", "job:designer-numerique@2 job:designer-front-end@2"},
            {"web designer", "job:designer-front-end@3"},
            {"designer", "job:designer-numerique@6 job:game-designer@6"},
            {"graphiste", "job:designer-numerique@2 job:animateur-3d@3"},
            {"infografiste", "job:designer-numerique@2 job:animateur-3d@2"},
            {"ingénieure", "job:ingenieur-cloud@12 job:ingenieur-ia@12"},
            {"technicienne", "job:technicien-support@8"},
            {"technicienne réseau", "job:technicien-reseaux-telecoms@2"},
            {"chef de projet", "job:chef-projet-informatique@3 job:chef-projet-jeu-video@3"},
            {"cheffe de projet", "job:chef-projet-informatique@3"},
            {"appli", "job:developpeur-mobile@1"},
            {"community manager", "job:community-manager@1"},
            {"3D", "job:animateur-3d@1"},
            {"DevOps", "job:devops@1"},
            {"voiture", "job:developpeur-systemes-embarques@2 job:roboticien@2"},
            {"espace", "first:job job:developpeur-systemes-embarques@2"},
            {"cinéma", "job:animateur-3d@1"},
            {"sport", "job:data-scientist@1"},   // not "support" (one typo away, as a prefix)
            {"météo", "job:data-scientist@1"},
            {"cyber sécurité", "sector:cybersecurite@1 job:consultant-cybersecurite@1 job:auditeur-tests-intrusion@5"},
            {"cyber secu", "job:consultant-cybersecurite@1 job:auditeur-tests-intrusion@5"},   // still typing
            {"télé pilote", "job:telepilote-drone@1"},
            {"apprenticeship", "first:training training:licence-pro@2"},
            {"maths", "job:ingenieur-ia@2 job:data-scientist@2"},
            {"fac", "first:training training:master-informatique@1"},   // not facile, facteur…
            {"instagram", "job:community-manager@1"},
            {"créer des jeux", "job:game-designer@6 job:programmeur-jeu-video@6"},   // "créer" says nothing
            {"créer des sites", "job:developpeur-web@1"},
            {"réseau social", "job:community-manager@2 job:charge-communication-numerique@2"},
            {"insta", "job:community-manager@1"},   // not installer
            {"youtubeur", "job:community-manager@1"},
            {"influenceuse", "job:community-manager@1"},
            {"concepteur", "job:ingenieur-etudes-developpement@1"},
            {"ordinateur en panne", "job:technicien-support@1"},
            {"j'aime dessiner", "first:job job:animateur-3d@2 job:designer-numerique@2"},
            {"réparer des ordinateurs", "job:technicien-support@1"},
            {"je veux programmer", "job:programmeur-jeu-video@3"},
            {"piloter un drone", "job:telepilote-drone@1"},
            {"formation", "first:training"},
            {"formation développeur", "first:training training:titre-pro-developpeur@1"},
            {"femmes", "first:chart chart:mixite-secteur@4 chart:filles-formations@4 chart:femmes-histoire@4"},
            {"filles", "first:chart chart:filles-formations@1"},
            {"cyberattaques", "first:chart chart:cyber-menace@1 job:analyste-soc@5"},
            {"emplois", "chart:emploi-occitanie@2"},
            {"chiffres clés", "first:chart"},
            {"lycées labellisés", "first:lycee chart:lycees-par-niveau@3"},   // the label's texts first
            {"virus", "job:consultant-cybersecurite@5 job:analyste-soc@5"},
            {"chatgpt", "job:ingenieur-ia@3"},
            {"esport", "job:game-designer@5"},
            {"boulot", "chart:emploi-occitanie@2"},
            {"recrutement", "first:chart chart:emploi-occitanie@2"},
            {"minecraft", "job:game-designer@6"},
            {"arduino", "job:developpeur-systemes-embarques@6"},
            {"décrocheur", "first:training training:ecole-regionale-numerique@1"},
            {"reconversion", "training:ecole-regionale-numerique@1"},
            {"témoignage", "first:interview interview:romain@4 interview:gwenael@4"},
            {"témoignages vidéo", "first:interview interview:romain@4 interview:franck@4"},
            {"interview", "first:interview"},
            {"vidéo", "first:job job:testeur-jeu-video@6"},   // the video game jobs before the videos
            {"cloud computing", "job:ingenieur-cloud@1"},
            {"data science", "job:data-scientist@1"},
            {"weather", "job:data-scientist@1"},
            {"space", "job:developpeur-systemes-embarques@1"},
            {"j'aime les jeux vidéo", "first:job job:testeur-jeu-video@6"},   // not only the interview saying "j'aimerais"
            {"je suis passionné de robotique", "job:roboticien@1"},
            {"I like video games", "first:job job:game-designer@6"},
            {"dehors", "job:telepilote-drone@1"},   // not "décors"
            {"startup", "first:chart chart:entreprises-occitanie@1"},   // written as "start-up"
            {"entrepreneur", "chart:entreprises-occitanie@1"},
            {"commerce", "job:technico-commercial-numerique@1"},
            {"vendeur", "job:technico-commercial-numerique@1"},
            {"écologie", "training:domotique-batiment@2 job:ingenieur-agriculture-numerique@2"},
            {"apprentissage", "training:licence-pro@3"},   // apprenticeship, and machine learning
            {"ingénieur réseau", "job:administrateur-systemes-reseaux@1"},   // not the AI's neural networks
            {"network engineer", "job:administrateur-systemes-reseaux@1"},
            {"sound engineer", "job:sound-designer@1"},
            {"dropout", "training:ecole-regionale-numerique@1"},
            {"illustrateur", "job:designer-numerique@1"},
            {"modélisatrice", "job:animateur-3d@1"},
            {"réparateur", "job:technicien-support@1"},
            {"webmaster", "job:developpeur-web@1"},
            {"data engineer", "job:developpeur-big-data@1"},
            {"scrum master", "job:chef-projet-informatique@1"},
            {"électronicien", "job:technicien-systemes-numeriques@1"},
            {"après la troisième", "first:training training:bac-pro-sen@1"},
            {"I like drawing", "job:animateur-3d@2 job:designer-numerique@2"},
            {"working outside", "job:telepilote-drone@1"},
            {"fix computers", "job:technicien-support@1"},
            {"make apps", "job:developpeur-mobile@1"},
            {"create websites", "job:developpeur-web@1"},
            {"testimonials", "first:interview"},
            {"how many jobs", "none"},   // not a school that happens to say "many"
            {"codage", "job:developpeur-logiciel@2"},
            {"manga", "first:job job:animateur-3d@2 job:designer-numerique@2"},
            {"niveau 3", "first:lycee lycee:niveau-3@1"},   // the digit counts, beside its word
            {"niveau 1", "lycee:niveau-1@1"},
            {"licence 3", "first:training training:licence-pro@2"},   // it ranks, it keeps no row out
            {"3", "none"},
            {"ENT", "first:lycee"},   // the digital workspace, not "entreprises"
            {"professeurs", "lycee:recoit-moyens@1"},
            {"mixité", "first:chart chart:mixite-secteur@4"},
            {"Airbus", "job:developpeur-systemes-embarques@1"},
            {"photographe", "job:telepilote-drone@1"},   // aerial photography
            {"infirmier", "none"},
            {"boulanger", "none"},
            {"la", "none"},
            {"label niveau 3", "first:lycee lycee:niveau-3@1"},   // the digit by its word, whatever the others
            {"lycée niveau 1", "lycee:niveau-1@1"},
            {"e sport", "first:job job:game-designer@6"},   // a letter typed apart: "esport"
            {"e-sport", "first:job job:game-designer@6"},
            {"esante", "first:job job:chef-projet-e-sante@1"},   // "e-santé" without its hyphen
            {"animateur 3 d", "first:job job:animateur-3d@1"},   // a digit typed apart: "3d"
            {"e santé", "first:job job:chef-projet-e-sante@1"},
            {"robot toulouse", "job:roboticien@1"},   // "robot" finished, as it was while typing
            {"robot ", "job:roboticien@1"},
            {"jeux😍", "first:job job:programmeur-jeu-video@6"},   // an emoji separates
            {"ｊｅｕ ｖｉｄéｏ", "first:job job:programmeur-jeu-video@6"},   // full-width letters
            {"linfo", "job:chef-projet-informatique@3"},   // "l'info" without its apostrophe
            {"lordi", "lycee:label-politique@1"},
            {"mixi", "first:chart chart:mixite-secteur@4"},   // on its way to "mixité"
            {"egal", "first:chart"},
            {"Hérault", "first:training training:master-cno@7"},   // given in the 34
            {"formation Gard", "first:training training:bts-sio-sisr@4"},
            {"formation cybersécurité", "first:training training:bac-pro-sen@1 training:bts-sio-sisr@6 training:but-rt@6"},
            {"formation jeux vidéo", "first:training training:ecole-jeu-video@1 training:bts-sio-slam@6"},
            {"cybersecurity training", "first:training training:bts-sio-sisr@5"},
            {"étudier à Montpellier", "first:training training:master-cno@3 training:but-informatique@4"},
            {"where to study in Montpellier", "first:training training:master-cno@3"},
            {"études courtes", "first:training training:titre-pro-developpeur@2 training:ecole-regionale-numerique@2"},
            {"école jeux vidéo", "first:training training:ecole-jeu-video@1"},
            {"graphic designer", "job:designer-numerique@1"},
            {"dépanneur", "job:technicien-support@2"},
            // Only "c" to the tokenizer: the jobs whose skills name C++ first, then the programming ones.
            {"c++", "first:job job:developpeur-logiciel@3 job:programmeur-jeu-video@3 job:developpeur-systemes-embarques@3"},
            {"C++ ", "job:developpeur-systemes-embarques@3"},
            {"C#", "first:job job:developpeur-logiciel@3"},   // in no card: programming
            // Asking for jobs puts them first, whatever else a word finds (the label's "ordinateurs").
            {"métier avec les ordinateurs", "first:job job:technicien-support@3"},
            {"métiers après un BTS SIO", "first:job job:developpeur-logiciel@3"},
            {"formation métier jeux vidéo", "first:training training:ecole-jeu-video@1"},   // where to learn it
        };
        for (const auto &row : table)
            QTest::newRow(row[0]) << QString::fromUtf8(row[0]) << QString::fromUtf8(row[1]);
    }

    void demoContentQuality()
    {
        QFETCH(QString, query);
        QFETCH(QString, expected);
        const Search search(m_demo);
        const QList<SearchHit> hits = search.find(query, Language::French);
        if (expected == QLatin1String("none")) {
            QVERIFY2(hits.isEmpty(), qPrintable(describe(hits)));
            return;
        }
        QVERIFY2(!hits.isEmpty(), qPrintable(query));
        for (const QString &expectation : expected.split(QLatin1Char(' '))) {
            if (expectation.startsWith(QLatin1String("first:"))) {   // the kind of the block shown first
                QCOMPARE(QStringLiteral("first:") + searchKindKey(hits.first().kind), expectation);
                continue;
            }
            static const QRegularExpression form(QStringLiteral("^(\\w+):([\\w-]+)@(\\d+)$"));
            const QRegularExpressionMatch match = form.match(expectation);
            QVERIFY2(match.hasMatch(), qPrintable(expectation));
            const QStringList ids = idsOf(hits, match.captured(1));
            const qsizetype place = ids.indexOf(match.captured(2));
            QVERIFY2(place >= 0 && place < match.captured(3).toInt(),
                     qPrintable(QStringLiteral("%1 → %2 at %3 in: %4")
                                    .arg(query, match.captured(2)).arg(place + 1).arg(ids.join(QLatin1Char(' ')))));
        }
    }
};

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
