// SPDX-License-Identifier: GPL-3.0-or-later
#include "Preferences.h"
#include "SearchController.h"
#include "TestContent.h"
#include "content/ContentStore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace std::chrono_literals;

// The search screen's controller over the small fixture: results grouped by kind with a section
// title and a page to open, the typing pause, suggestions, and reset.
class TestSearchController : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    kiosk::ContentStore m_store;

    static QStringList column(const QAbstractItemModel &model, const QByteArray &role)
    {
        QStringList values;
        for (int row = 0; row < model.rowCount(); ++row)
            values.append(model.data(model.index(row, 0), model.roleNames().key(role)).toString());
        return values;
    }

    // Each kind in one block: a ListView section each.
    static bool eachKindInOneBlock(const QStringList &kinds)
    {
        QStringList blocks;
        for (const QString &kind : kinds) {
            if (blocks.isEmpty() || blocks.last() != kind)
                blocks.append(kind);
        }
        return blocks.size() == QSet<QString>(blocks.begin(), blocks.end()).size();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(kiosk::test::writeSmallContent(m_dir.path()));
        QVERIFY2(m_store.open(m_dir.path()), qPrintable(m_store.errorString()));
    }

    void resultsAreGroupedByKind()
    {
        Preferences preferences(Preferences::Defaults{});
        SearchController search(m_store, preferences);
        search.setText(QStringLiteral("développeur"));
        search.searchNow();
        const SearchResultsModel &results = *search.results();
        QVERIFY(results.rowCount() >= 2);
        const QStringList kinds = column(results, "kind");
        QCOMPARE(kinds.first(), QStringLiteral("job"));
        QVERIFY(kinds.contains(QStringLiteral("job")));
        QVERIFY2(eachKindInOneBlock(kinds), qPrintable(kinds.join(u',')));
        QCOMPARE(column(results, "section").first(), QStringLiteral("Métiers"));
        QCOMPARE(column(results, "page").first(), QStringLiteral("job"));
        QVERIFY(column(results, "itemId").contains(QStringLiteral("developpeur")));
        QVERIFY(!search.nothingFound());
        QVERIFY(search.suggestions().isEmpty());
    }

    // A visitor typing a training's name sees it first, not below every job whose text names it.
    void theGroupOfTheBestHitComesFirst()
    {
        Preferences preferences(Preferences::Defaults{});
        SearchController search(m_store, preferences);
        search.setText(QStringLiteral("BTS SIO"));
        search.searchNow();
        const SearchResultsModel &results = *search.results();
        const QStringList kinds = column(results, "kind");
        QVERIFY2(kinds.contains(QStringLiteral("job")), qPrintable(kinds.join(u',')));   // the job's text names it
        QCOMPARE(kinds.first(), QStringLiteral("training"));
        QCOMPARE(column(results, "itemId").first(), QStringLiteral("bts-sio-slam"));
        QCOMPARE(column(results, "section").first(), QStringLiteral("Formations"));
        QVERIFY2(eachKindInOneBlock(kinds), qPrintable(kinds.join(u',')));
    }

    void sectorsOpenTheFilteredGrid()
    {
        QCOMPARE(SearchResultsModel::page(kiosk::SearchHit::Kind::Sector), QStringLiteral("jobs"));
        QCOMPARE(SearchResultsModel::page(kiosk::SearchHit::Kind::Interview), QStringLiteral("interview"));
    }

    void typingPauseBeforeSearching()
    {
        Preferences preferences(Preferences::Defaults{});
        SearchController search(m_store, preferences, 10ms);
        QSignalSpy results(&search, &SearchController::resultsChanged);
        search.setText(QStringLiteral("cyb"));
        search.setText(QStringLiteral("cyber"));
        QCOMPARE(results.count(), 0);   // nothing while typing
        QVERIFY(results.wait());
        QCOMPARE(results.count(), 1);   // one search for the last text
        QVERIFY(search.count() > 0);
    }

    void nothingFoundOffersSuggestions()
    {
        Preferences preferences(Preferences::Defaults{});
        SearchController search(m_store, preferences);
        QVERIFY(!search.suggestions().isEmpty());   // ideas before typing
        QVERIFY(!search.nothingFound());
        search.setText(QStringLiteral("zzzzqqq"));
        search.searchNow();
        QCOMPARE(search.count(), 0);
        QVERIFY(search.nothingFound());
        QVERIFY(!search.suggestions().isEmpty());
        search.setText(QStringLiteral("   "));
        search.searchNow();
        QVERIFY(!search.nothingFound());   // blank is not "nothing found"
    }

    void resetClearsTextAndResults()
    {
        Preferences preferences(Preferences::Defaults{});
        SearchController search(m_store, preferences);
        search.setText(QStringLiteral("réseau"));
        search.searchNow();
        QVERIFY(search.count() > 0);
        QSignalSpy text(&search, &SearchController::textChanged);
        search.reset();
        QCOMPARE(text.count(), 1);
        QCOMPARE(search.text(), QString());
        QCOMPARE(search.count(), 0);
        QVERIFY(!search.nothingFound());
    }

    void languageChangeSearchesAgain()
    {
        Preferences preferences(Preferences::Defaults{});
        SearchController search(m_store, preferences);
        search.setText(QStringLiteral("cyber"));
        search.searchNow();
        QSignalSpy results(&search, &SearchController::resultsChanged);
        preferences.setLanguage(QStringLiteral("en"));
        QCOMPARE(results.count(), 1);
    }
};

QTEST_MAIN(TestSearchController)
#include "tst_searchcontroller.moc"
