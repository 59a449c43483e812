// SPDX-License-Identifier: GPL-3.0-or-later
// MemoryGuard: a kiosk whose memory has grown past its bound restarts itself at a quiet moment,
// never during a visit, and never when the bound is 0. The memory reading is injected.
#include "MemoryGuard.h"
#include "VisitorSession.h"

#include <QSignalSpy>
#include <QTest>

class TestMemoryGuard : public QObject
{
    Q_OBJECT

    double m_resident = 200;

    MemoryGuard::Reader reader()
    {
        return [this] { return m_resident; };
    }

private Q_SLOTS:
    void init()
    {
        m_resident = 200;
    }

    void restartsOnceOverTheBoundWithNobodyThere()
    {
        VisitorSession session(nullptr);
        MemoryGuard guard(session, 768, reader());
        QSignalSpy restart(&guard, &MemoryGuard::restartNeeded);
        guard.check();
        QCOMPARE(restart.count(), 0);   // 200 MiB: well under
        m_resident = 800;
        guard.check();
        QCOMPARE(restart.count(), 1);
        QCOMPARE(restart.first().first().toDouble(), 800.0);
    }

    void neverDuringAVisit()
    {
        VisitorSession session(nullptr);
        MemoryGuard guard(session, 768, reader());
        QSignalSpy restart(&guard, &MemoryGuard::restartNeeded);
        m_resident = 900;
        session.begin();
        guard.check();
        QCOMPARE(restart.count(), 0);
        session.reset(QStringLiteral("test"));   // the visit is over: now
        guard.check();
        QCOMPARE(restart.count(), 1);
    }

    void zeroMeansNever()
    {
        VisitorSession session(nullptr);
        MemoryGuard guard(session, 0, reader());
        QSignalSpy restart(&guard, &MemoryGuard::restartNeeded);
        m_resident = 1e6;
        guard.check();
        QCOMPARE(restart.count(), 0);
    }

    // Between visits too (a kiosk nobody touches for days): on its own timer.
    void readsOnItsOwnWhileNobodyComes()
    {
        VisitorSession session(nullptr);
        m_resident = 1000;
        MemoryGuard guard(session, 768, reader(), std::chrono::milliseconds(1));
        QSignalSpy restart(&guard, &MemoryGuard::restartNeeded);
        QVERIFY(restart.wait(5000));
    }
};

QTEST_GUILESS_MAIN(TestMemoryGuard)
#include "tst_memoryguard.moc"
