// SPDX-License-Identifier: GPL-3.0-or-later
// UsageRecorder and StatsController: a simulated visit through the calls the screens make, ended by
// the visitor-session reset, then read back the way the staff panel reads it.
#include "StatsController.h"
#include "TestAnalytics.h"
#include "TestContent.h"
#include "UsageRecorder.h"
#include "VisitorSession.h"
#include "analytics/UsageLog.h"
#include "content/ContentStore.h"

#include <QDir>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using kiosk::UsageLog;
using kiosk::UsagePeriod;

class TestUsageRecorder : public QObject
{
    Q_OBJECT

    QDateTime m_now;

    UsageLog::Clock clock()
    {
        return [this] { return m_now; };
    }
    void advance(int seconds) { m_now = m_now.addSecs(seconds); }

private Q_SLOTS:
    void init()
    {
        m_now = QDateTime(QDate(2026, 5, 20), QTime(14, 30));
    }

    void simulatedVisitIsRecordedAtReset()
    {
        QTemporaryDir dir;
        UsageLog log(clock());
        QVERIFY(log.open(dir.filePath(QStringLiteral("a.sqlite"))));
        VisitorSession session(nullptr);
        UsageRecorder recorder(log, clock());
        connect(&session, &VisitorSession::resetting, &recorder, &UsageRecorder::reset);

        session.reset(QStringLiteral("idle")); // attract loop, nobody there: no visit
        QVERIFY(!recorder.visitInProgress());
        QCOMPARE(log.report(UsagePeriod::AllTime).sessions, 0);

        recorder.beginVisit(); // first touch on the attract screen
        advance(5);
        recorder.recordScreen(QStringLiteral("jobs"));
        advance(10);
        recorder.recordScreen(QStringLiteral("job"));
        recorder.recordView(QStringLiteral("job"), QStringLiteral("developpeur"));
        advance(10);
        recorder.recordScreen(QStringLiteral("interview"));
        recorder.recordView(QStringLiteral("interview"), QStringLiteral("romain"));
        for (double fraction : {0.0, 0.26, 0.51, 0.76, 0.99}) {
            advance(15);
            recorder.videoProgress(QStringLiteral("romain"), fraction);
        }
        recorder.toggleUsed(QStringLiteral("large-text-on"));
        recorder.searchMatched({QVariantMap{{QStringLiteral("kind"), QStringLiteral("job")},
                                            {QStringLiteral("id"), QStringLiteral("analyste-cyber")}}});
        recorder.quizCompleted({QStringLiteral("developpeur"), QStringLiteral("technicien-reseau")});
        advance(20);
        recorder.noteActivity(); // still reading the quiz result
        QVERIFY(recorder.visitInProgress());
        QCOMPARE(log.report(UsagePeriod::AllTime).sessions, 0); // nothing written mid-visit

        session.reset(QStringLiteral("idle"));
        QVERIFY(!recorder.visitInProgress());
        const kiosk::UsageReport report = log.report(UsagePeriod::Today);
        QCOMPARE(report.sessions, 1);
        QCOMPARE(report.totalSeconds, 5 + 10 + 10 + 5 * 15 + 20);
        QCOMPARE(report.screens, 3);
        QCOMPARE(report.visitsByHour[14], 1);
        QCOMPARE(report.topJobs.size(), 1);
        QCOMPARE(report.interviews.size(), 1);
        QCOMPARE(report.interviews[0].completionRate(), 1.0);
        QCOMPARE(report.toggles.value(QStringLiteral("large-text-on")), 1);
        QCOMPARE(report.searchMatches[0].id, QStringLiteral("analyste-cyber"));
        QCOMPARE(report.quizProposals.size(), 2);

        // A player stopped by the reset reports progress: that does not open a new visit.
        recorder.videoProgress(QStringLiteral("romain"), 0.0);
        QVERIFY(!recorder.visitInProgress());
    }

    void staffVisitIsDiscardedAndQuitWritesTheVisit()
    {
        QTemporaryDir dir;
        UsageLog log(clock());
        QVERIFY(log.open(dir.filePath(QStringLiteral("a.sqlite"))));
        {
            UsageRecorder recorder(log, clock());
            recorder.recordScreen(QStringLiteral("jobs"));
            recorder.discardVisit();
            recorder.reset();
            QCOMPARE(log.report(UsagePeriod::AllTime).sessions, 0);
            recorder.recordScreen(QStringLiteral("quiz"));
        } // the kiosk quits mid-visit
        QCOMPARE(log.report(UsagePeriod::AllTime).sessions, 1);
    }

    void controllerShowsPeriodsAndExports()
    {
        QTemporaryDir dir;
        QVERIFY(kiosk::test::writeSmallContent(dir.filePath(QStringLiteral("content"))));
        kiosk::ContentStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("content"))));
        UsageLog log(clock());
        QVERIFY(log.open(dir.filePath(QStringLiteral("a.sqlite"))));
        QVERIFY(kiosk::test::recordSampleVisits(log, m_now.date().addDays(-1)));
        StatsController stats(log, store, QStringLiteral("kiosque-test"));

        QCOMPARE(stats.period(), StatsController::Event);
        QCOMPARE(stats.sessions(), 3);
        QCOMPARE(stats.meanSessionSeconds(), 160);
        QCOMPARE(stats.busiestHour(), 10);
        QCOMPARE(stats.hours()->rowCount(), 24);
        const QModelIndex ten = stats.hours()->index(10);
        QCOMPARE(ten.data(StatsRowModel::ValueRole).toInt(), 2);
        QCOMPARE(ten.data(StatsRowModel::RatioRole).toDouble(), 1.0);
        QCOMPARE(stats.hours()->index(9).data(StatsRowModel::RatioRole).toDouble(), 0.5);
        QCOMPARE(stats.topJobs()->index(0).data(StatsRowModel::LabelRole).toString(),
                 QStringLiteral("Développeur / Développeuse"));
        QCOMPARE(stats.interviews()->index(0).data(StatsRowModel::LabelRole).toString(),
                 QStringLiteral("Romain — Développeur"));
        QCOMPARE(stats.interviews()->index(0).data(StatsRowModel::RateRole).toDouble(), 0.5);
        QCOMPARE(stats.quizJobs()->rowCount(), 2);

        stats.setPeriod(StatsController::Today); // the sample visits were yesterday
        QCOMPARE(stats.sessions(), 0);
        QCOMPARE(stats.busiestHour(), -1);
        QCOMPARE(stats.topJobs()->rowCount(), 0);

        // A visit recorded while the panel is open shows at once.
        UsageRecorder recorder(log, clock());
        recorder.recordView(QStringLiteral("job"), QStringLiteral("game-designer"));
        recorder.reset();
        QCOMPARE(stats.sessions(), 1);

        QVERIFY(stats.resetStatistics());
        stats.setPeriod(StatsController::Event);
        QCOMPARE(stats.sessions(), 0);
        stats.setPeriod(StatsController::AllTime);
        QCOMPARE(stats.sessions(), 4);

        QSignalSpy exported(&stats, &StatsController::exported);
        const QString stick = dir.filePath(QStringLiteral("stick/kiosk-export"));
        stats.setExportFolder(stick);
        QVERIFY(stats.exportTo(stick)); // the stick was pulled out: nothing written, folder forgotten
        QCOMPARE(exported.takeFirst().at(0).toBool(), false);
        QVERIFY(!QFileInfo::exists(stick));
        QVERIFY(stats.exportFolder().isEmpty());
        QVERIFY(QDir().mkpath(stick));
        QVERIFY(stats.exportTo(stick));
        QVERIFY(stats.exporting());
        QVERIFY(exported.wait(10000));
        QVERIFY(!stats.exporting());
        QCOMPARE(exported.at(0).at(0).toBool(), true);
        QVERIFY2(stats.exportMessage().contains(QLatin1String("statistiques-kiosque-test-2026-05-20.csv")),
                 qPrintable(stats.exportMessage()));
        QCOMPARE(QDir(stick).entryList(QDir::Files, QDir::Name),
                 (QStringList{QStringLiteral("statistiques-kiosque-test-2026-05-20.csv"),
                              QStringLiteral("statistiques-kiosque-test-2026-05-20.json")}));
    }
};

QTEST_GUILESS_MAIN(TestUsageRecorder)
#include "tst_usagerecorder.moc"
