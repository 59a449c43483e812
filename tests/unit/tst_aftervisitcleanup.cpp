// SPDX-License-Identifier: GPL-3.0-or-later
// After a visit the kiosk rebuilds its window's graphics (AfterVisitCleanup): the window is hidden
// and shown again, then draws as before; never during a visit, and only after a reset.
#include "AfterVisitCleanup.h"
#include "VisitorSession.h"

#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTest>

namespace {

const QByteArray kWindow = R"(
import QtQuick
Window {
    width: 200; height: 100; visible: true
    Rectangle { anchors.fill: parent; color: "#ff8c00" }
}
)";

} // namespace

class TestAfterVisitCleanup : public QObject
{
    Q_OBJECT

    QQmlApplicationEngine m_engine;
    QQuickWindow *m_window = nullptr;

private Q_SLOTS:
    void init()
    {
        m_engine.loadData(kWindow);
        m_window = qobject_cast<QQuickWindow *>(m_engine.rootObjects().value(0));
        QVERIFY(m_window);
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
    }

    void cleanup()
    {
        delete m_window;
        m_window = nullptr;
    }

    void aResetRebuildsTheWindowWhichDrawsAgain()
    {
        VisitorSession session(nullptr);
        AfterVisitCleanup cleanup(session, m_engine, std::chrono::milliseconds(0));
        cleanup.watch(m_window);
        QVERIFY(!m_window->isPersistentGraphics());
        QVERIFY(!m_window->isPersistentSceneGraph());
        QSignalSpy visibility(m_window, &QWindow::visibleChanged);
        QSignalSpy released(&cleanup, &AfterVisitCleanup::memoryReleased);
        session.begin();
        session.reset(QStringLiteral("test"));
        QTRY_COMPARE(visibility.count(), 2);   // hidden, then shown
        QCOMPARE(released.count(), 1);         // after the window was rebuilt
        QVERIFY(m_window->isVisible());
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        const QImage picture = m_window->grabWindow();
        QCOMPARE(picture.pixelColor(picture.width() / 2, picture.height() / 2), QColor(0xff, 0x8c, 0x00));
    }

    void nothingHappensDuringAVisit()
    {
        VisitorSession session(nullptr);
        AfterVisitCleanup cleanup(session, m_engine);
        cleanup.watch(m_window);
        QSignalSpy visibility(m_window, &QWindow::visibleChanged);
        QSignalSpy released(&cleanup, &AfterVisitCleanup::memoryReleased);
        session.begin();   // a visitor tapped within the second after the reset
        cleanup.run();
        QCOMPARE(visibility.count(), 0);
        QCOMPARE(released.count(), 0);
        session.reset(QStringLiteral("test"));
        cleanup.run();
        QCOMPARE(visibility.count(), 2);
        QCOMPARE(released.count(), 1);
    }
};

QTEST_MAIN(TestAfterVisitCleanup)
#include "tst_aftervisitcleanup.moc"
