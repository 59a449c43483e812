// SPDX-License-Identifier: GPL-3.0-or-later
// IdleMonitor with a fake clock: warning, countdown, dismiss, reset, video rule. No sleeps.
#include "FakeClock.h"
#include "kiosk/IdleMonitor.h"

#include <QSignalSpy>
#include <QTest>

using kiosk::IdleMonitor;
using State = IdleMonitor::State;

class TestIdleMonitor : public QObject
{
    Q_OBJECT

    // Advances the fake clock second by second, checking like the real timer would.
    static void wait(kiosk::test::FakeClock &clock, IdleMonitor &monitor, int seconds)
    {
        for (int i = 0; i < seconds; ++i) {
            clock.advance(1000);
            monitor.check();
        }
    }

private Q_SLOTS:
    void dormantUntilStarted()
    {
        kiosk::test::FakeClock clock;
        IdleMonitor monitor(clock, {90, 10, 600});
        QSignalSpy timedOut(&monitor, &IdleMonitor::timedOut);
        monitor.activity();
        wait(clock, monitor, 500);
        QCOMPARE(monitor.state(), State::Dormant);
        QCOMPARE(timedOut.count(), 0);
    }

    void warnsThenCountsDownThenTimesOut()
    {
        kiosk::test::FakeClock clock;
        IdleMonitor monitor(clock, {90, 10, 600});
        QSignalSpy timedOut(&monitor, &IdleMonitor::timedOut);
        QSignalSpy seconds(&monitor, &IdleMonitor::secondsLeftChanged);
        monitor.start();
        wait(clock, monitor, 89);
        QCOMPARE(monitor.state(), State::Active);
        QCOMPARE(monitor.secondsLeft(), 0);
        wait(clock, monitor, 1);
        QCOMPARE(monitor.state(), State::Warning);
        QCOMPARE(monitor.secondsLeft(), 10);
        wait(clock, monitor, 3);
        QCOMPARE(monitor.secondsLeft(), 7);
        QCOMPARE(seconds.count(), 4);   // 10, 9, 8, 7
        wait(clock, monitor, 6);
        QCOMPARE(monitor.secondsLeft(), 1);
        QCOMPARE(timedOut.count(), 0);
        wait(clock, monitor, 1);
        QCOMPARE(timedOut.count(), 1);
        QCOMPARE(timedOut.at(0).at(0).toInt(), 100);
        QCOMPARE(monitor.state(), State::Dormant);
        // Dormant after the reset: no second timeout while the attract loop shows.
        wait(clock, monitor, 300);
        QCOMPARE(timedOut.count(), 1);
    }

    void activityRestartsTheCount()
    {
        kiosk::test::FakeClock clock;
        IdleMonitor monitor(clock, {90, 10, 600});
        monitor.start();
        wait(clock, monitor, 80);
        monitor.activity();
        wait(clock, monitor, 80);
        QCOMPARE(monitor.state(), State::Active);
        wait(clock, monitor, 10);
        QCOMPARE(monitor.state(), State::Warning);
    }

    void dismissEndsTheWarning()
    {
        kiosk::test::FakeClock clock;
        IdleMonitor monitor(clock, {90, 10, 600});
        QSignalSpy timedOut(&monitor, &IdleMonitor::timedOut);
        QSignalSpy states(&monitor, &IdleMonitor::stateChanged);
        monitor.start();
        wait(clock, monitor, 95);
        QCOMPARE(monitor.state(), State::Warning);
        monitor.dismiss();
        QCOMPARE(monitor.state(), State::Active);
        QCOMPARE(monitor.secondsLeft(), 0);
        wait(clock, monitor, 89);
        QCOMPARE(monitor.state(), State::Active);
        QCOMPARE(timedOut.count(), 0);
        QCOMPARE(states.count(), 3);   // Active, Warning, Active
    }

    void activityEndsTheWarningAtTheNextCheck()
    {
        kiosk::test::FakeClock clock;
        IdleMonitor monitor(clock, {90, 10, 600});
        monitor.start();
        wait(clock, monitor, 92);
        monitor.activity();
        QCOMPARE(monitor.state(), State::Warning);   // the tap still lands on the overlay
        monitor.check();
        QCOMPARE(monitor.state(), State::Active);
    }

    void stopGoesDormantWithoutTimeout()
    {
        kiosk::test::FakeClock clock;
        IdleMonitor monitor(clock, {90, 10, 600});
        QSignalSpy timedOut(&monitor, &IdleMonitor::timedOut);
        monitor.start();
        wait(clock, monitor, 95);
        monitor.stop();
        QCOMPARE(monitor.state(), State::Dormant);
        QCOMPARE(monitor.secondsLeft(), 0);
        wait(clock, monitor, 200);
        QCOMPARE(timedOut.count(), 0);
        monitor.start();   // the next visitor
        QCOMPARE(monitor.state(), State::Active);
    }

    void playingVideoCountsUpToTheLimit()
    {
        kiosk::test::FakeClock clock;
        IdleMonitor monitor(clock, {90, 10, 300});
        QSignalSpy timedOut(&monitor, &IdleMonitor::timedOut);
        monitor.start();
        wait(clock, monitor, 20);
        monitor.setVideoPlaying(true);
        // Watching: no warning for the video limit (300 s from the start of the video)…
        wait(clock, monitor, 300 + 89);
        QCOMPARE(monitor.state(), State::Active);
        // …then the usual timeout and countdown.
        wait(clock, monitor, 1);
        QCOMPARE(monitor.state(), State::Warning);
        wait(clock, monitor, 10);
        QCOMPARE(timedOut.count(), 1);
        QCOMPARE(timedOut.at(0).at(0).toInt(), 100);
    }

    void videoTimeCountsAfterItStops()
    {
        kiosk::test::FakeClock clock;
        IdleMonitor monitor(clock, {90, 10, 600});
        monitor.start();
        monitor.setVideoPlaying(true);
        wait(clock, monitor, 200);   // a 200 s interview, watched without a touch
        monitor.setVideoPlaying(false);
        wait(clock, monitor, 89);
        QCOMPARE(monitor.state(), State::Active);
        wait(clock, monitor, 1);
        QCOMPARE(monitor.state(), State::Warning);
    }

    // A video that stops after the visitor's time is up ends the visit at the next tick, never
    // from within the player's state change (which a content update may be making).
    void aStoppingVideoNeverTimesOutWithinTheCall()
    {
        kiosk::test::FakeClock clock;
        IdleMonitor monitor(clock, {90, 10, 60});
        QSignalSpy timedOut(&monitor, &IdleMonitor::timedOut);
        monitor.start();
        monitor.setVideoPlaying(true);
        clock.advance(200 * 1000);   // looping well past the video limit, no tick in between
        monitor.setVideoPlaying(false);
        QCOMPARE(timedOut.count(), 0);
        monitor.check();
        QCOMPARE(timedOut.count(), 1);
    }

    void videoLimitZeroMeansVideoIsNotActivity()
    {
        kiosk::test::FakeClock clock;
        IdleMonitor monitor(clock, {90, 10, 0});
        monitor.start();
        monitor.setVideoPlaying(true);
        wait(clock, monitor, 90);
        QCOMPARE(monitor.state(), State::Warning);
    }

    void newTimeoutsApplyAtOnce()
    {
        kiosk::test::FakeClock clock;
        IdleMonitor monitor(clock, {90, 10, 600});
        monitor.start();
        wait(clock, monitor, 35);
        monitor.setTimeouts({30, 10, 600});   // staff shortened the delay
        QCOMPARE(monitor.state(), State::Warning);
        QCOMPARE(monitor.secondsLeft(), 5);
    }
};

QTEST_GUILESS_MAIN(TestIdleMonitor)
#include "tst_idlemonitor.moc"
