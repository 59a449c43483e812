// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestContent.h"
#include "content/ContentStore.h"
#include "content/JobQueries.h"
#include "content/Search.h"
#include "content/SchemaMigrator.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using kiosk::ContentStore;
using kiosk::SchemaMigrator;

class TestContentStore : public QObject
{
    Q_OBJECT

    // Runs fn on a raw connection to dir/content.sqlite.
    template<typename Fn>
    static void withDatabase(const QString &dir, Fn fn)
    {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            db.setDatabaseName(dir + QStringLiteral("/content.sqlite"));
            QVERIFY(db.open());
            fn(db);
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    }

private Q_SLOTS:
    void opensFixtureAndReadsInfo()
    {
        QTemporaryDir dir;
        QVERIFY(kiosk::test::writeSmallContent(dir.path(), 7));
        ContentStore store;
        QVERIFY2(store.open(dir.path()), qPrintable(store.errorString()));
        QVERIFY(store.isOpen());
        const kiosk::ContentInfo info = store.info();
        QCOMPARE(info.version, 7);
        QCOMPARE(info.homeTitle, QStringLiteral("Les métiers du numérique"));
        QCOMPARE(info.homeTitleEn, QStringLiteral("Digital jobs"));
        QCOMPARE(store.count(QStringLiteral("jobs")), 4);
        QCOMPARE(store.count(QStringLiteral("no_such_table")), -1);
        QCOMPARE(store.count(QStringLiteral("jobs; DROP TABLE jobs")), -1);
        QCOMPARE(store.mediaPath(QStringLiteral("media/a.png")), dir.path() + QStringLiteral("/media/a.png"));
    }

    void missingDatabaseIsAClearError()
    {
        QTemporaryDir dir;
        ContentStore store;
        QVERIFY(!store.open(dir.path()));
        QVERIFY(!store.isOpen());
        QVERIFY(store.errorString().contains(QStringLiteral("no content database")));
    }

    void migratesEveryOlderSchema_data()
    {
        QTest::addColumn<int>("from");
        for (int version = 0; version < SchemaMigrator::latestVersion(); ++version)
            QTest::addRow("from %d", version) << version;
    }

    void migratesEveryOlderSchema()
    {
        QFETCH(int, from);
        QTemporaryDir dir;
        withDatabase(dir.path(), [from](QSqlDatabase &db) {
            QString error;
            QVERIFY2(SchemaMigrator::migrateTo(db, from, &error), qPrintable(error));
            QCOMPARE(SchemaMigrator::currentVersion(db), from);
        });
        ContentStore store;
        QVERIFY2(store.open(dir.path(), ContentStore::Access::ReadWrite), qPrintable(store.errorString()));
        QSqlDatabase db = store.database();
        QCOMPARE(SchemaMigrator::currentVersion(db),
                 SchemaMigrator::latestVersion());
        QCOMPARE(store.count(QStringLiteral("jobs")), 0);
    }

    void migrationRebuildsTheDerivedTablesOfAnOlderDatabase()
    {
        // Content built by a kiosk before the grid's precomputed counts and the search index's
        // longer prefixes (schema 2) keeps its chips and its search, which now finds the
        // "Lycée numérique" texts too (schema 6) and the charts of key figures (schema 7).
        QTemporaryDir dir;
        withDatabase(dir.path(), [](QSqlDatabase &db) {
            QString error;
            QVERIFY(SchemaMigrator::migrateTo(db, 2, &error));
            for (const char *sql : {"INSERT INTO sectors (id, name) VALUES ('dev', 'Développement')",
                                    "INSERT INTO jobs (id, title_m, title_f, hook, missions, skills)"
                                    " VALUES ('dev', 'Développeur', 'Développeuse', '', '', '')",
                                    "INSERT INTO job_sectors VALUES ('dev', 'dev')",
                                    "INSERT INTO job_levels VALUES ('dev', 2), ('dev', 5)",
                                    "INSERT INTO lycee_sections (id, topic, title, body)"
                                    " VALUES ('label', 'label', 'Le label', 'Décerné chaque année.')",
                                    "INSERT INTO figures (id, chart, chart_title, label, value, source)"
                                    " VALUES ('femmes-1', 'femmes', 'Les femmes du secteur', 'Femmes', 33, 'Syntec')"})
                QVERIFY(QSqlQuery(db).exec(QString::fromUtf8(sql)));
        });
        ContentStore store;
        QVERIFY2(store.open(dir.path()), qPrintable(store.errorString()));   // read-only, as the kiosk does
        const kiosk::JobQueries queries(store);
        QCOMPARE(queries.count({}), 1);
        kiosk::JobFilter bac5;
        bac5.level = 5;
        QCOMPARE(queries.count(bac5), 1);
        QCOMPARE(queries.counts({}, kiosk::JobFilter::Facet::Sector).value(QStringLiteral("dev")), 1);
        QCOMPARE(queries.counts({}, kiosk::JobFilter::Facet::Level).value(QStringLiteral("3")), 0);
        const QList<kiosk::SearchHit> hits = kiosk::Search(store).find(QStringLiteral("développeu"), kiosk::Language::French);
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.at(0).id, QStringLiteral("dev"));
        const QList<kiosk::SearchHit> lycee = kiosk::Search(store).find(QStringLiteral("lycée numérique"), kiosk::Language::French);
        QCOMPARE(lycee.size(), 1);
        QCOMPARE(lycee.at(0).kind, kiosk::SearchHit::Kind::Lycee);
        QCOMPARE(lycee.at(0).id, QStringLiteral("label"));
        const QList<kiosk::SearchHit> figures = kiosk::Search(store).find(QStringLiteral("femmes"), kiosk::Language::French);
        QCOMPARE(figures.size(), 1);
        QCOMPARE(figures.at(0).kind, kiosk::SearchHit::Kind::Chart);
        QCOMPARE(figures.at(0).id, QStringLiteral("femmes"));
        QCOMPARE(figures.at(0).title, QStringLiteral("Les femmes du secteur"));
    }

    void readOnlyOpenMigratesAnOlderSchemaFirst()
    {
        // The kiosk reads its content read-only: after a software update, content an older kiosk
        // built is migrated once, then read.
        QTemporaryDir dir;
        withDatabase(dir.path(), [](QSqlDatabase &db) {
            QString error;
            QVERIFY(SchemaMigrator::migrateTo(db, 1, &error));
        });
        ContentStore store;
        QVERIFY2(store.open(dir.path(), ContentStore::Access::ReadOnly), qPrintable(store.errorString()));
        QSqlDatabase db = store.database();
        QCOMPARE(SchemaMigrator::currentVersion(db), SchemaMigrator::latestVersion());
        QVERIFY(!QSqlQuery(db).exec(QStringLiteral("CREATE TABLE written (x)")));   // still read-only
    }

    void readOnlyOpenOfAnOlderSchemaThatFailsToMigrateLeavesItWhole()
    {
        QTemporaryDir dir;
        withDatabase(dir.path(), [](QSqlDatabase &db) {
            QString error;
            QVERIFY(SchemaMigrator::migrateTo(db, 1, &error));
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("CREATE TABLE search_index (x)")));   // in the way of migration 2
        });
        ContentStore store;
        QVERIFY(!store.open(dir.path(), ContentStore::Access::ReadOnly));
        QVERIFY2(store.errorString().contains(QStringLiteral("migration 2")), qPrintable(store.errorString()));
        withDatabase(dir.path(), [](QSqlDatabase &db) { QCOMPARE(SchemaMigrator::currentVersion(db), 1); });
    }

    void refusesANewerDatabase()
    {
        QTemporaryDir dir;
        withDatabase(dir.path(), [](QSqlDatabase &db) {
            QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = 999"));
        });
        ContentStore store;
        QVERIFY(!store.open(dir.path(), ContentStore::Access::ReadWrite));
        QVERIFY2(store.errorString().contains(QStringLiteral("newer than this kiosk")),
                 qPrintable(store.errorString()));
    }

    void failedMigrationLeavesTheOldVersion()
    {
        QTemporaryDir dir;
        withDatabase(dir.path(), [](QSqlDatabase &db) {
            QString error;
            QVERIFY(SchemaMigrator::migrateTo(db, 1, &error));
            // A table the next migration creates already exists: that migration must fail whole.
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("CREATE TABLE search_index (x)")));
            QVERIFY(!SchemaMigrator::migrate(db, &error));
            QVERIFY(error.contains(QStringLiteral("migration 2")));
            QCOMPARE(SchemaMigrator::currentVersion(db), 1);
        });
    }

    void reopenSignalsModels()
    {
        QTemporaryDir first, second;
        QVERIFY(kiosk::test::writeSmallContent(first.path(), 1));
        QVERIFY(kiosk::test::writeSmallContent(second.path(), 2));
        ContentStore store;
        QVERIFY(store.open(first.path()));
        QSignalSpy reopened(&store, &ContentStore::reopened);
        QVERIFY(store.reopen(second.path()));
        QCOMPARE(reopened.count(), 1);
        QCOMPARE(store.info().version, 2);
    }
};

QTEST_GUILESS_MAIN(TestContentStore)
#include "tst_contentstore.moc"
