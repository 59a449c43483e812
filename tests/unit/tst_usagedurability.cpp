// SPDX-License-Identifier: GPL-3.0-or-later
// The statistics survive what a kiosk in a hall goes through: the process killed mid-write (a power
// cut), and content updates and rollbacks (the statistics live outside the swapped content).
#include "TestAnalytics.h"
#include "TestContent.h"
#include "analytics/UsageLog.h"
#include "analytics/Visit.h"
#include "content/ContentStore.h"
#include "kiosk/DataPaths.h"
#include "update/ContentLibrary.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using kiosk::UsageLog;
using kiosk::UsagePeriod;

class TestUsageDurability : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void survivesSigkillMidWrite()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("analytics.sqlite"));
        int committed = 0;
        for (int round = 0; round < 5; ++round) {
            QProcess writer;
            writer.start(QStringLiteral(KIOSK_USAGE_WRITER), {path});
            QVERIFY2(writer.waitForStarted(), qPrintable(writer.errorString()));
            // Kill after a random number of commits: the writer is then inside its next visit,
            // often inside the transaction that writes it.
            const int killAfter = 1 + int(QRandomGenerator::global()->bounded(20));
            int printed = 0;
            while (printed < killAfter) {
                if (!writer.canReadLine())
                    QVERIFY2(writer.waitForReadyRead(10000), "the writer stopped writing");
                while (writer.canReadLine())
                    printed = writer.readLine().trimmed().toInt();
            }
            writer.kill(); // SIGKILL
            QVERIFY(writer.waitForFinished());
            QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
            while (writer.canReadLine()) // lines printed before the kill but not read yet
                printed = writer.readLine().trimmed().toInt();

            UsageLog log;
            QVERIFY2(log.open(path), qPrintable(log.errorString()));
            QString detail;
            QVERIFY2(log.integrityOk(&detail), qPrintable(detail));
            const int sessions = log.report(UsagePeriod::AllTime).sessions;
            // Every visit reported as committed is there; at most the one in flight is lost (or
            // made it to disk just before the kill, unprinted).
            QVERIFY2(sessions >= committed + printed && sessions <= committed + printed + 1,
                     qPrintable(QStringLiteral("round %1: %2 sessions, %3 + %4 printed")
                                    .arg(round)
                                    .arg(sessions)
                                    .arg(committed)
                                    .arg(printed)));
            QCOMPARE(log.report(UsagePeriod::AllTime).topJobs.value(0).count, sessions);
            committed = sessions;
        }
    }

    void survivesContentUpdateAndRollback()
    {
        QTemporaryDir dir;
        const kiosk::DataPaths paths(dir.path());
        QVERIFY(!paths.analyticsDatabase().startsWith(paths.contentRoot()));
        kiosk::ContentLibrary library(paths.contentRoot());
        const auto install = [&library](int version) {
            const QString staged = library.stagingDir() + QStringLiteral("/v%1").arg(version);
            QString error;
            return kiosk::test::writeSmallContent(staged, version) && library.install(staged, version, &error);
        };
        QVERIFY(install(1));
        kiosk::ContentStore store;
        QVERIFY(store.open(library.activeDir()));

        const QDateTime now(QDate(2026, 3, 14), QTime(18, 0));
        UsageLog log([now] { return now; });
        QVERIFY(log.open(paths.analyticsDatabase()));
        QVERIFY(kiosk::test::recordSampleVisits(log, now.date()));

        // An update while the kiosk runs: new version active, content reopened, old ones cleaned.
        QVERIFY(install(2));
        QVERIFY(install(3)); // version 1 is removed from disk now
        QVERIFY(store.reopen(library.activeDir()));
        QCOMPARE(log.report(UsagePeriod::Event).sessions, 3);
        QVERIFY(log.record(kiosk::Visit(now)));

        QString error;
        QVERIFY2(library.rollback(&error), qPrintable(error));
        QCOMPARE(kiosk::ContentLibrary::versionOf(library.activeDir()), 2);
        QVERIFY(store.reopen(library.activeDir()));
        log.close();

        // The next start finds every visit.
        UsageLog reopened([now] { return now; });
        QVERIFY(reopened.open(paths.analyticsDatabase()));
        QVERIFY(reopened.integrityOk());
        QCOMPARE(reopened.report(UsagePeriod::Event).sessions, 4);
        QCOMPARE(reopened.report(UsagePeriod::Event).topJobs.value(0).count, 3);
    }
};

QTEST_GUILESS_MAIN(TestUsageDurability)
#include "tst_usagedurability.moc"
