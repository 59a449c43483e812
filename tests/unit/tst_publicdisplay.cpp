// SPDX-License-Identifier: GPL-3.0-or-later
// The public-display controllers over fixture content with a fake clock: the staff gesture, PIN
// and staff-mode timeout; the idle reset through VisitorSession; the attract cards; opening hours.
#include "FakeClock.h"
#include "Preferences.h"
#include "PublicDisplay.h"
#include "TestContent.h"
#include "VisitorSession.h"
#include "authoring/ContentBuilder.h"
#include "authoring/ContentGenerator.h"
#include "content/ContentStore.h"
#include "content/JobQueries.h"
#include "kiosk/AttractQuery.h"
#include "kiosk/Config.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestPublicDisplay : public QObject
{
    Q_OBJECT

    QTemporaryDir m_content;
    kiosk::ContentStore m_store;

    struct Fixture
    {
        explicit Fixture(kiosk::ContentStore &store, kiosk::Config config = {})
            : preferences(Preferences::Defaults{})
            , session(nullptr)
            , display(config, clock, store, preferences, session, QDir::tempPath())
        {
        }
        kiosk::test::FakeClock clock;
        Preferences preferences;
        VisitorSession session;
        PublicDisplay display;

        void tap(int times, int everyMs)
        {
            for (int i = 0; i < times; ++i) {
                clock.advance(everyMs);
                display.staff().cornerTapped();
            }
        }
        void wait(int seconds)
        {
            for (int i = 0; i < seconds; ++i) {
                clock.advance(1000);
                display.idleMonitor().check();
            }
        }
    };

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(kiosk::test::writeSmallContent(m_content.path()));
        QVERIFY(m_store.open(m_content.path()));
    }

    void fiveQuickTapsOpenThePinPad()
    {
        Fixture f(m_store);
        StaffController &staff = f.display.staff();
        f.tap(4, 500);
        QVERIFY(!staff.pinPadVisible());
        f.tap(1, 500);
        QVERIFY(staff.pinPadVisible());
    }

    void slowTapsDoNot()
    {
        Fixture f(m_store);
        f.tap(10, 800);   // 5 taps span 3.2 s > 3 s
        QVERIFY(!f.display.staff().pinPadVisible());
    }

    void theGestureIsConfigurable()
    {
        kiosk::Config config;
        config.gestureTaps = 3;
        config.gestureWindowSec = 1;
        Fixture slow(m_store, config);
        slow.tap(3, 600);   // spans 1.2 s
        QVERIFY(!slow.display.staff().pinPadVisible());
        Fixture quick(m_store, config);
        quick.tap(3, 400);   // spans 0.8 s
        QVERIFY(quick.display.staff().pinPadVisible());
    }

    void pinOpensStaffModeWhichTimesOut()
    {
        Fixture f(m_store);
        StaffController &staff = f.display.staff();
        f.tap(5, 100);
        QVERIFY(!staff.submitPin(QStringLiteral("1111")));
        QVERIFY(staff.pinRejected());
        QCOMPARE(staff.attemptsLeft(), 4);
        QVERIFY(staff.submitPin(QStringLiteral("2468")));
        QVERIFY(staff.staffMode());
        QVERIFY(!staff.pinPadVisible());
        QCOMPARE(staff.contentVersion(), 1);
        QVERIFY(staff.diskTotalBytes() > 0);
        // Touches keep it open; 120 s without one closes it.
        f.clock.advance(100 * 1000);
        staff.activity();
        f.clock.advance(100 * 1000);
        QVERIFY(staff.staffMode());
        f.clock.advance(21 * 1000);
        // The staff monitor's own timer notices it.
        QTRY_VERIFY_WITH_TIMEOUT(!staff.staffMode(), 2000);
    }

    void idleTimeoutResetsTheVisit()
    {
        Fixture f(m_store);
        QSignalSpy resets(&f.session, &VisitorSession::resetting);
        f.session.begin();
        f.preferences.setLanguage(QStringLiteral("en"));
        f.tap(5, 100);
        QVERIFY(f.display.staff().pinPadVisible());
        f.wait(100);
        QCOMPARE(resets.count(), 1);
        QCOMPARE(resets.at(0).at(0).toString(), QStringLiteral("idle"));
        QVERIFY(!f.session.isActive());
        QVERIFY(!f.display.staff().pinPadVisible());
        QCOMPARE(f.display.idleMonitor().state(), kiosk::IdleMonitor::State::Dormant);
    }

    void staffSettingsApply()
    {
        Fixture f(m_store);
        StaffController &staff = f.display.staff();
        staff.setIdleTimeout(30);
        QCOMPARE(f.display.idleMonitor().timeouts().idleSec, 30);
        staff.setIdleTimeout(1);
        QCOMPARE(staff.idleTimeout(), 10);   // bounded
    }

    void attractCardsAlternateKinds()
    {
        Preferences preferences(Preferences::Defaults{});
        AttractModel model(m_store, preferences, {});
        // 4 jobs, 3 figures, 1 interview, interleaved.
        QCOMPARE(model.rowCount(), 8);
        const auto kind = [&](int row) { return model.index(row).data(AttractModel::KindRole).toString(); };
        QCOMPARE(kind(0), QStringLiteral("job"));
        QCOMPARE(kind(1), QStringLiteral("figure"));
        QCOMPARE(kind(2), QStringLiteral("interview"));
        QCOMPARE(kind(3), QStringLiteral("job"));
        QCOMPARE(model.index(0).data(AttractModel::TitleRole).toString(), QStringLiteral("Développeur / Développeuse"));
        QCOMPARE(model.index(1).data(AttractModel::TitleRole).toString(), QStringLiteral("28\u202F%"));
        QVERIFY(model.index(0).data(AttractModel::ImageRole).toUrl().isEmpty());   // no file: no image
        preferences.setLanguage(QStringLiteral("en"));
        QCOMPARE(model.index(0).data(AttractModel::TitleRole).toString(), QStringLiteral("Developer"));
        AttractModel figuresOnly(m_store, preferences, {false, true, false});
        QCOMPARE(figuresOnly.rowCount(), 3);
    }

    void aHeldAttractLoopReadsItsCardsAgainOnceReleased()
    {
        Preferences preferences(Preferences::Defaults{});
        AttractModel model(m_store, preferences, {});
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        const auto firstTitle = [&] { return model.index(0).data(AttractModel::TitleRole).toString(); };
        model.setHeld(true);
        preferences.setLanguage(QStringLiteral("en"));
        QCOMPARE(firstTitle(), QStringLiteral("Développeur / Développeuse"));
        QCOMPARE(resets.count(), 0);
        model.setHeld(false);
        QCOMPARE(resets.count(), 0);   // not from within the signal that released it
        QTRY_COMPARE(firstTitle(), QStringLiteral("Developer"));
        QCOMPARE(resets.count(), 1);
        model.setHeld(true);
        model.setHeld(false);   // nothing changed meanwhile: the cards stay
        QCoreApplication::processEvents();
        QCOMPARE(resets.count(), 1);
    }

    void attractLoopShowsTheFirstJobsOfALargeContent()
    {
        QTemporaryDir work;
        const QString source = qEnvironmentVariable("KIOSK_SOURCE_DIR");
        const QString sheets = work.filePath(QStringLiteral("sheets")), built = work.filePath(QStringLiteral("content"));
        QCOMPARE(kiosk::ContentGenerator::generate(source + QStringLiteral("/db/content"), 100, sheets), QString());
        QVERIFY(kiosk::ContentBuilder::build(sheets, source, built).ok());
        kiosk::ContentStore store;
        QVERIFY(store.open(built));
        const QVector<kiosk::AttractItem> jobs = kiosk::AttractQuery::items(store.database(), kiosk::Language::French,
                                                                            {true, false, false});
        QCOMPARE(jobs.size(), 60);
        QCOMPARE(jobs.constFirst().id, kiosk::JobQueries(store).jobs({}, 0, 1).constFirst().id);
    }

    void openingHoursDimTheAttract()
    {
        Preferences preferences(Preferences::Defaults{});
        AttractModel model(m_store, preferences, {});
        kiosk::test::FakeClock clock;   // Monday 10:00
        kiosk::OpeningHours hours;
        QVERIFY(kiosk::OpeningHours::parse(QStringLiteral("09:00-11:00"), QString(), &hours));
        AttractController attract(model, clock, {8, hours, 20});
        QVERIFY(attract.isOpen());
        QCOMPARE(attract.dimOpacity(), 0.8);
        QSignalSpy changed(&attract, &AttractController::openChanged);
        clock.advance(61 * 60 * 1000);
        attract.checkHours();
        QVERIFY(!attract.isOpen());
        QCOMPARE(changed.count(), 1);
    }
};

QTEST_MAIN(TestPublicDisplay)
#include "tst_publicdisplay.moc"
