// SPDX-License-Identifier: GPL-3.0-or-later
// UsageLog: the hourly aggregates, periods and events, anonymity, retention, damaged databases.
#include "TestAnalytics.h"
#include "analytics/UsageLog.h"
#include "analytics/Visit.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <numeric>

using kiosk::UsageLog;
using kiosk::UsagePeriod;
using kiosk::Visit;

class TestUsageLog : public QObject
{
    Q_OBJECT

    QDate m_day{2026, 3, 14};
    QDateTime m_now{QDate(2026, 3, 14), QTime(18, 0)};
    UsageLog::Clock clock()
    {
        return [this] { return m_now; };
    }

    // Reads one value with a connection of its own (what another process would see).
    static QVariant scalar(const QString &path, const QString &sql)
    {
        QVariant value;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
            db.setDatabaseName(path);
            QSqlQuery query(db);
            if (db.open() && query.exec(sql) && query.next())
                value = query.value(0);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("peek"));
        return value;
    }

private Q_SLOTS:
    void init()
    {
        m_now = QDateTime(m_day, QTime(18, 0));
    }

    void reportsTheSampleVisits()
    {
        QTemporaryDir dir;
        UsageLog log(clock());
        QVERIFY2(log.open(dir.filePath(QStringLiteral("a.sqlite"))), qPrintable(log.errorString()));
        QVERIFY(kiosk::test::recordSampleVisits(log, m_day));

        const kiosk::UsageReport report = log.report(UsagePeriod::Event);
        QCOMPARE(report.sessions, 3);
        QCOMPARE(report.totalSeconds, 480);
        QCOMPARE(report.meanSessionSeconds(), 160.0);
        QCOMPARE(report.screens, 2);
        QCOMPARE(report.visitsByHour[9], 1);
        QCOMPARE(report.visitsByHour[10], 2);
        QCOMPARE(std::accumulate(report.visitsByHour.cbegin(), report.visitsByHour.cend(), 0), 3);
        QCOMPARE(report.topJobs.size(), 2);
        QCOMPARE(report.topJobs[0].id, QStringLiteral("developpeur"));
        QCOMPARE(report.topJobs[0].count, 3);
        QCOMPARE(report.topJobs[1].id, QStringLiteral("analyste-cyber"));
        QCOMPARE(report.topTrainings.size(), 1);
        QCOMPARE(report.interviews.size(), 1);
        const kiosk::VideoStats romain = report.interviews[0];
        QCOMPARE(romain.id, QStringLiteral("romain"));
        QCOMPARE(romain.starts, 2);
        QCOMPARE(romain.reached, (std::array<int, 4>{2, 1, 1, 1}));
        QCOMPARE(romain.completionRate(), 0.5);
        QCOMPARE(report.quizCompletions, 1);
        QCOMPARE(report.quizProposals.size(), 2);
        QCOMPARE(report.searches, 1);
        QCOMPARE(report.searchesWithoutResult, 1);
        QCOMPARE(report.searchMatches.size(), 1);
        QCOMPARE(report.searchMatches[0].id, QStringLiteral("developpeur"));
        QCOMPARE(report.toggles, (QMap<QString, int>{{QStringLiteral("language-en"), 1}}));
        QCOMPARE(report.screensByPage.value(QStringLiteral("jobs")), 1);
    }

    void periodsAndEvents()
    {
        QTemporaryDir dir;
        m_now = QDateTime(m_day, QTime(8, 0));
        UsageLog log(clock());
        QVERIFY(log.open(dir.filePath(QStringLiteral("a.sqlite"))));
        QCOMPARE(log.eventStarted(), m_now);
        QVERIFY(kiosk::test::recordSampleVisits(log, m_day));
        QCOMPARE(log.report(UsagePeriod::Today).sessions, 3);

        m_now = m_now.addDays(1);
        QCOMPARE(log.report(UsagePeriod::Today).sessions, 0);
        QCOMPARE(log.report(UsagePeriod::Event).sessions, 3);

        QSignalSpy changed(&log, &UsageLog::changed);
        QVERIFY(log.startNewEvent());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(log.eventStarted(), m_now);
        QCOMPARE(log.report(UsagePeriod::Event).sessions, 0);
        QCOMPARE(log.report(UsagePeriod::AllTime).sessions, 3);
        QVERIFY(kiosk::test::recordSampleVisits(log, m_now.date()));
        QCOMPARE(log.report(UsagePeriod::Event).sessions, 3);
        QCOMPARE(log.report(UsagePeriod::Today).sessions, 3);
        QCOMPARE(log.report(UsagePeriod::AllTime).sessions, 6);
        QCOMPARE(log.report(UsagePeriod::AllTime).topJobs[0].count, 6);
    }

    void keepsNothingButIdsAndNames()
    {
        QTemporaryDir dir;
        UsageLog log(clock());
        QVERIFY(log.open(dir.filePath(QStringLiteral("a.sqlite"))));
        const QString typed = QStringLiteral("je cherche un métier");
        Visit visit(m_now);
        visit.screen(typed, m_now);
        visit.view({QStringLiteral("job"), typed}, m_now);
        visit.view({QStringLiteral("visitor"), QStringLiteral("developpeur")}, m_now);
        visit.videoProgress(typed, 0.5, m_now);
        visit.quizCompleted({typed}, m_now);
        visit.searchMatched({{QStringLiteral("job"), typed}, {QStringLiteral("query"), QStringLiteral("dev")}}, m_now);
        visit.toggleUsed(typed, m_now);
        QVERIFY(log.record(visit));
        for (const kiosk::UsageRow &row : log.rows()) {
            QVERIFY2(!row.item.contains(QLatin1Char(' ')), qPrintable(row.item));
            QVERIFY2(row.kind.isEmpty() || row.kind == QLatin1String("job"), qPrintable(row.kind));
        }
        const kiosk::UsageReport report = log.report(UsagePeriod::AllTime);
        QCOMPARE(report.sessions, 1);
        QCOMPARE(report.screens, 0);
        QCOMPARE(report.quizCompletions, 1);           // the quiz was completed…
        QVERIFY(report.quizProposals.isEmpty());       // …but the text is not a job id
        QCOMPARE(report.searchesWithoutResult, 1);     // matched no valid content item
        QVERIFY(report.topJobs.isEmpty());
        QVERIFY(report.toggles.isEmpty());
    }

    void countsEachVideoQuarterAndSearchOnce()
    {
        Visit visit(m_now);
        const QString romain = QStringLiteral("romain");
        visit.videoProgress(romain, 0.0, m_now);
        visit.videoProgress(romain, 0.1, m_now);
        visit.videoProgress(romain, 0.55, m_now); // a seek: 25 and 50 at once
        visit.videoProgress(romain, 0.2, m_now);  // back: nothing new
        visit.videoProgress(romain, 0.985, m_now);
        visit.videoProgress(romain, 1.0, m_now);
        QMap<QString, int> byMetric;
        const QList<kiosk::ItemRef> hits{{QStringLiteral("job"), QStringLiteral("developpeur")},
                                         {QStringLiteral("lycee"), QStringLiteral("label-presentation")},
                                         {QStringLiteral("chart"), QStringLiteral("mixite-secteur")}};
        visit.searchMatched(hits, m_now);
        visit.searchMatched(hits, m_now); // typing on, same hits
        for (auto it = visit.counts().cbegin(); it != visit.counts().cend(); ++it)
            byMetric[it.key().metric] += it.value();
        QCOMPARE(byMetric.value(kiosk::UsageMetric::VideoStart), 1);
        QCOMPARE(byMetric.value(kiosk::UsageMetric::Video25), 1);
        QCOMPARE(byMetric.value(kiosk::UsageMetric::Video50), 1);
        QCOMPARE(byMetric.value(kiosk::UsageMetric::Video75), 1);
        QCOMPARE(byMetric.value(kiosk::UsageMetric::Video100), 1);
        QCOMPARE(byMetric.value(kiosk::UsageMetric::Search), 1);
        QCOMPARE(byMetric.value(kiosk::UsageMetric::SearchMatch), 3);   // each item matched, once
    }

    void retentionRemovesOldDays()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.sqlite"));
        {
            UsageLog log(clock());
            QVERIFY(log.open(path, 30));
            QVERIFY(kiosk::test::recordSampleVisits(log, m_day));
        }
        m_now = QDateTime(m_day.addDays(30), QTime(9, 0));
        {
            UsageLog log(clock());
            QVERIFY(log.open(path, 30));
            QCOMPARE(log.report(UsagePeriod::AllTime).sessions, 3); // exactly 30 days old: kept
            // The next day, recording a visit applies the retention again (no restart needed).
            m_now = m_now.addDays(1);
            QVERIFY(log.record(Visit(m_now)));
            const kiosk::UsageReport report = log.report(UsagePeriod::AllTime);
            QCOMPARE(report.sessions, 1);
            QVERIFY(report.topJobs.isEmpty());
            QCOMPARE(scalar(path, QStringLiteral("SELECT COUNT(*) FROM counts WHERE day < '%1'")
                                      .arg(m_now.date().addDays(-30).toString(Qt::ISODate)))
                         .toInt(),
                     0);
        }
    }

    void defaultRetentionIs400Days()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.sqlite"));
        UsageLog log(clock());
        QVERIFY(log.open(path));
        QCOMPARE(log.retentionDays(), 400);
        QVERIFY(kiosk::test::recordSampleVisits(log, m_day));
        m_now = m_now.addDays(400);
        QCOMPARE(log.removeExpired(), 0);
        m_now = m_now.addDays(1);
        QVERIFY(log.removeExpired() > 0);
        QCOMPARE(log.report(UsagePeriod::AllTime).sessions, 0);
    }

    void survivesReopenInWalMode()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/a.sqlite"));
        {
            UsageLog log(clock());
            QVERIFY(log.open(path));
            QVERIFY(kiosk::test::recordSampleVisits(log, m_day));
        }
        QCOMPARE(scalar(path, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
        UsageLog log(clock());
        QVERIFY(log.open(path));
        QVERIFY(log.integrityOk());
        QCOMPARE(log.report(UsagePeriod::Event).sessions, 3);
    }

    void corruptDatabaseIsMovedAside()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.sqlite"));
        QFile garbage(path);
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write(QByteArray(8192, 'x'));
        garbage.close();
        UsageLog log(clock());
        QVERIFY2(log.open(path), qPrintable(log.errorString()));
        QVERIFY(log.integrityOk());
        QCOMPARE(log.report(UsagePeriod::AllTime).sessions, 0);
        QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("a.sqlite.corrupt-*")}).size(), 1);
    }

    void refusesANewerSchema()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.sqlite"));
        scalar(path, QStringLiteral("PRAGMA user_version = 99"));
        UsageLog log(clock());
        QVERIFY(!log.open(path));
        QVERIFY(log.errorString().contains(QLatin1String("newer")));
        QVERIFY(!log.record(Visit(m_now)));
        QCOMPARE(scalar(path, QStringLiteral("PRAGMA user_version")).toInt(), 99); // left as it was
    }
};

QTEST_GUILESS_MAIN(TestUsageLog)
#include "tst_usagelog.moc"
