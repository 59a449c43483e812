// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestContent.h"
#include "content/ContentStore.h"
#include "content/JobFilter.h"
#include "content/JobQueries.h"
#include "content/TrainingQueries.h"

#include <QTemporaryDir>
#include <QTest>

using kiosk::JobFilter;
using kiosk::Language;

// Typed reads of jobs and trainings, and the grid's filter logic, over the small fixture:
// developpeur (bac+2, bac+5; dev; creer), analyste-cyber (bac+5; cyber; proteger),
// game-designer (bac+3; jeu + dev; jouer + creer), technicien-reseau (bac, bac+2; cyber; proteger).
class TestJobQueries : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    kiosk::ContentStore m_store;

    static QStringList ids(const QList<kiosk::JobSummary> &jobs)
    {
        QStringList ids;
        for (const kiosk::JobSummary &job : jobs)
            ids.append(job.id);
        return ids;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(kiosk::test::writeSmallContent(m_dir.path()));
        QVERIFY2(m_store.open(m_dir.path()), qPrintable(m_store.errorString()));
    }

    void jobsComeInContentOrderWithTheirFacets()
    {
        const QList<kiosk::JobSummary> jobs = kiosk::JobQueries(m_store).jobs();
        QCOMPARE(jobs.size(), 4);
        QCOMPARE(jobs.at(0).id, QStringLiteral("developpeur"));
        QCOMPARE(jobs.at(0).titleFeminine, QStringLiteral("Développeuse"));
        QCOMPARE(jobs.at(0).levels, (QList<int>{2, 5}));
        QCOMPARE(jobs.at(0).sectors, QStringList{QStringLiteral("dev")});
        // Sectors in the sectors' order (jeu is 3rd, dev 2nd), not the link table's.
        QCOMPARE(jobs.at(2).sectors, (QStringList{QStringLiteral("dev"), QStringLiteral("jeu")}));
        QCOMPARE(jobs.at(2).interests, (QStringList{QStringLiteral("creer"), QStringLiteral("jouer")}));
        QCOMPARE(jobs.at(3).levels, (QList<int>{0, 2}));
    }

    void jobRecordHasEverythingTheCardShows()
    {
        const auto job = kiosk::JobQueries(m_store).job(QStringLiteral("developpeur"));
        QVERIFY(job.has_value());
        QCOMPARE(job->missions, QStringLiteral("Concevoir et écrire des logiciels"));
        QCOMPARE(job->sourceUrl, QStringLiteral("https://www.onisep.fr"));
        QCOMPARE(job->summary.levels, (QList<int>{2, 5}));
        QCOMPARE(job->sectors.size(), 1);
        QCOMPARE(job->sectors.at(0).nameEnglish, QStringLiteral("Software development"));
        QCOMPARE(job->trainings.size(), 1);
        QCOMPARE(job->trainings.at(0).id, QStringLiteral("bts-sio-slam"));
        QCOMPARE(job->trainings.at(0).level, 2);
        QCOMPARE(job->interviews.size(), 1);
        QCOMPARE(job->interviews.at(0).person, QStringLiteral("Romain"));
        QVERIFY(!kiosk::JobQueries(m_store).job(QStringLiteral("inconnu")).has_value());
    }

    void facetValuesInContentOrder()
    {
        const kiosk::JobQueries queries(m_store);
        QCOMPARE(queries.sectors().size(), 3);
        QCOMPARE(queries.sectors().at(0).id, QStringLiteral("cyber"));
        QCOMPARE(queries.interests().at(1).name, QStringLiteral("Créer"));
    }

    void titleShowsBothFormsOrTheEnglishOne_data()
    {
        QTest::addColumn<Language>("language");
        QTest::addColumn<QString>("english");
        QTest::addColumn<QString>("expected");
        QTest::newRow("fr") << Language::French << QStringLiteral("Developer")
                            << QStringLiteral("Développeur · Développeuse");
        QTest::newRow("en") << Language::English << QStringLiteral("Developer") << QStringLiteral("Developer");
        QTest::newRow("en missing") << Language::English << QString()
                                    << QStringLiteral("Développeur · Développeuse");
    }

    void titleShowsBothFormsOrTheEnglishOne()
    {
        QFETCH(Language, language);
        QFETCH(QString, english);
        QFETCH(QString, expected);
        QCOMPARE(kiosk::jobTitle(language, QStringLiteral("Développeur"), QStringLiteral("Développeuse"), english),
                 expected);
        QCOMPARE(kiosk::jobTitle(Language::French, QStringLiteral("Game designer"),
                                 QStringLiteral("Game designer"), {}),
                 QStringLiteral("Game designer"));
    }

    void filterMatchesEveryChosenFacet()
    {
        const kiosk::JobQueries queries(m_store);
        JobFilter filter;
        QVERIFY(filter.isEmpty());
        QCOMPARE(queries.count(filter), 4);
        filter.sector = QStringLiteral("cyber");
        QCOMPARE(ids(queries.jobs(filter)), (QStringList{QStringLiteral("analyste-cyber"), QStringLiteral("technicien-reseau")}));
        QCOMPARE(queries.count(filter), 2);
        filter.level = 2;
        QCOMPARE(ids(queries.jobs(filter)), QStringList{QStringLiteral("technicien-reseau")});
        QCOMPARE(queries.count(filter), 1);
        filter.interest = QStringLiteral("creer");
        QVERIFY(queries.jobs(filter).isEmpty());
        QCOMPARE(queries.count(filter), 0);
    }

    void jobsReadAPageWithItsFacets()
    {
        const kiosk::JobQueries queries(m_store);
        const QList<kiosk::JobSummary> page = queries.jobs({}, 1, 2);
        QCOMPARE(ids(page), (QStringList{QStringLiteral("analyste-cyber"), QStringLiteral("game-designer")}));
        QCOMPARE(page.at(1).sectors, (QStringList{QStringLiteral("dev"), QStringLiteral("jeu")}));
        QCOMPARE(page.at(1).levels, QList<int>{3});
        QVERIFY(queries.jobs({}, 4, 2).isEmpty());
        JobFilter dev;
        dev.sector = QStringLiteral("dev");
        QCOMPARE(ids(queries.jobs(dev, 1, 5)), QStringList{QStringLiteral("game-designer")});
    }

    void countsKeepTheOtherFacets()
    {
        const kiosk::JobQueries queries(m_store);
        JobFilter filter;
        auto sectors = queries.counts(filter, JobFilter::Facet::Sector);
        QCOMPARE(sectors.value(QStringLiteral("cyber")), 2);
        QCOMPARE(sectors.value(QStringLiteral("dev")), 2);
        QCOMPARE(sectors.value(QStringLiteral("jeu")), 1);

        filter.sector = QStringLiteral("cyber");
        // The chosen facet's own counts ignore its choice: the visitor sees what switching gives.
        sectors = queries.counts(filter, JobFilter::Facet::Sector);
        QCOMPARE(sectors.value(QStringLiteral("dev")), 2);
        const auto levels = queries.counts(filter, JobFilter::Facet::Level);
        QCOMPARE(levels.value(QStringLiteral("0")), 1);
        QCOMPARE(levels.value(QStringLiteral("2")), 1);
        QCOMPARE(levels.value(QStringLiteral("3")), 0);
        QCOMPARE(levels.value(QStringLiteral("5")), 1);
        const auto interests = queries.counts(filter, JobFilter::Facet::Interest);
        QCOMPARE(interests.value(QStringLiteral("proteger")), 2);
        QCOMPARE(interests.value(QStringLiteral("creer")), 0);

        filter.level = 5;   // two facets chosen: the third counts within both
        QCOMPARE(queries.counts(filter, JobFilter::Facet::Interest).value(QStringLiteral("proteger")), 1);
    }

    void trainingsByLevelWithPlacesAndJobs()
    {
        const kiosk::TrainingQueries queries(m_store);
        const QList<kiosk::TrainingRecord> trainings = queries.trainings();
        QCOMPARE(trainings.size(), 2);
        QCOMPARE(trainings.at(0).id, QStringLiteral("bac-pro-sen"));   // bac before bac+2
        QCOMPARE(trainings.at(0).places.size(), 1);
        QCOMPARE(trainings.at(0).places.at(0).department, QStringLiteral("34"));
        QVERIFY(trainings.at(0).jobs.isEmpty());   // only training() reads the jobs

        const auto bts = queries.training(QStringLiteral("bts-sio-slam"));
        QVERIFY(bts.has_value());
        QCOMPARE(bts->level, 2);
        QCOMPARE(bts->duration, QStringLiteral("2 ans"));
        QCOMPARE(bts->places.at(0).town, QStringLiteral("Toulouse"));
        QCOMPARE(bts->jobs.size(), 1);
        QCOMPARE(bts->jobs.at(0).titleEnglish, QStringLiteral("Developer"));
        QVERIFY(!queries.training(QStringLiteral("inconnue")).has_value());
    }
};

QTEST_GUILESS_MAIN(TestJobQueries)
#include "tst_jobqueries.moc"
