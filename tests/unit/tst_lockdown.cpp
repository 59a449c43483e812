// SPDX-License-Identifier: GPL-3.0-or-later
// Lockdown: the keys that would leave the kiosk are swallowed, others pass; window close requests
// are refused unless windowed; the activity filter sees input without consuming it.
#include "ActivityFilter.h"
#include "Lockdown.h"

#include <QGuiApplication>
#include <QKeyEvent>
#include <QSignalSpy>
#include <QTest>
#include <QWindow>

class TestLockdown : public QObject
{
    Q_OBJECT

    static bool swallowed(Lockdown &lockdown, QObject *target, int key, Qt::KeyboardModifiers modifiers,
                          QEvent::Type type = QEvent::KeyPress)
    {
        QKeyEvent event(type, key, modifiers);
        return lockdown.eventFilter(target, &event);
    }

private Q_SLOTS:
    void exitKeysAreSwallowed_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<int>("modifiers");
        QTest::newRow("Esc") << int(Qt::Key_Escape) << int(Qt::NoModifier);
        QTest::newRow("Alt+F4") << int(Qt::Key_F4) << int(Qt::AltModifier);
        QTest::newRow("Ctrl+F4") << int(Qt::Key_F4) << int(Qt::ControlModifier);
        QTest::newRow("Ctrl+Q") << int(Qt::Key_Q) << int(Qt::ControlModifier);
        QTest::newRow("Ctrl+W") << int(Qt::Key_W) << int(Qt::ControlModifier);
        QTest::newRow("Ctrl+Shift+Q") << int(Qt::Key_Q) << int(Qt::ControlModifier | Qt::ShiftModifier);
        QTest::newRow("F11") << int(Qt::Key_F11) << int(Qt::NoModifier);
        QTest::newRow("Super") << int(Qt::Key_Super_L) << int(Qt::NoModifier);
        QTest::newRow("Menu") << int(Qt::Key_Menu) << int(Qt::NoModifier);
    }

    void exitKeysAreSwallowed()
    {
        QFETCH(int, key);
        QFETCH(int, modifiers);
        Lockdown lockdown({true, false});
        QWindow window;
        const auto mods = Qt::KeyboardModifiers(modifiers);
        QVERIFY(swallowed(lockdown, &window, key, mods));
        QVERIFY(swallowed(lockdown, &window, key, mods, QEvent::KeyRelease));
        QVERIFY(swallowed(lockdown, &window, key, mods, QEvent::ShortcutOverride));
    }

    void ordinaryKeysPass_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<int>("modifiers");
        QTest::newRow("q") << int(Qt::Key_Q) << int(Qt::NoModifier);
        QTest::newRow("W") << int(Qt::Key_W) << int(Qt::ShiftModifier);
        QTest::newRow("F4") << int(Qt::Key_F4) << int(Qt::NoModifier);
        QTest::newRow("Backspace") << int(Qt::Key_Backspace) << int(Qt::NoModifier);
        QTest::newRow("Return") << int(Qt::Key_Return) << int(Qt::NoModifier);
        QTest::newRow("é") << int(Qt::Key_Eacute) << int(Qt::NoModifier);
    }

    void ordinaryKeysPass()
    {
        QFETCH(int, key);
        QFETCH(int, modifiers);
        Lockdown lockdown({true, false});
        QWindow window;
        QVERIFY(!swallowed(lockdown, &window, key, Qt::KeyboardModifiers(modifiers)));
    }

    void keysSentToTheApplicationAreSwallowed()
    {
        // As PublicDisplay does: the activity filter first, the lockdown after it (so before it in
        // the delivery order): a swallowed key is not activity either.
        ActivityFilter activity;
        qApp->installEventFilter(&activity);
        Lockdown lockdown({true, false});
        lockdown.install();
        QWindow window;
        QSignalSpy seen(&activity, &ActivityFilter::activity);
        QKeyEvent escape(QEvent::KeyPress, Qt::Key_Escape, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &escape);
        QCOMPARE(seen.count(), 0);
        QKeyEvent letter(QEvent::KeyPress, Qt::Key_A, Qt::NoModifier, QStringLiteral("a"));
        QCoreApplication::sendEvent(&window, &letter);
        QCOMPARE(seen.count(), 1);
        qApp->removeEventFilter(&activity);
        qApp->removeEventFilter(&lockdown);
    }

    void closeRequestsAreRefusedUnlessWindowed()
    {
        QWindow window;
        window.resize(200, 100);
        {
            Lockdown lockdown({true, false});
            lockdown.install();
            window.show();
            QVERIFY(!window.close());
            QVERIFY(window.isVisible());
            qApp->removeEventFilter(&lockdown);
        }
        Lockdown windowed({true, true});
        windowed.install();
        QVERIFY(window.close());
        qApp->removeEventFilter(&windowed);
    }

    void cursorIsHiddenUnlessConfigured()
    {
        {
            Lockdown lockdown({false, false});
            lockdown.install();
            QVERIFY(QGuiApplication::overrideCursor());
            QCOMPARE(QGuiApplication::overrideCursor()->shape(), Qt::BlankCursor);
            qApp->removeEventFilter(&lockdown);
        }
        QVERIFY(!QGuiApplication::overrideCursor());
        Lockdown visible({true, false});
        visible.install();
        QVERIFY(!QGuiApplication::overrideCursor());
        qApp->removeEventFilter(&visible);
    }

    void activityFilterSeesInputButNeverConsumes()
    {
        ActivityFilter filter;
        QSignalSpy seen(&filter, &ActivityFilter::activity);
        QWindow window;
        QMouseEvent press(QEvent::MouseButtonPress, QPointF(1, 1), QPointF(1, 1), Qt::LeftButton, Qt::LeftButton,
                          Qt::NoModifier);
        QVERIFY(!filter.eventFilter(&window, &press));
        QKeyEvent key(QEvent::KeyPress, Qt::Key_A, Qt::NoModifier);
        QVERIFY(!filter.eventFilter(&window, &key));
        QEvent paint(QEvent::UpdateRequest);
        QVERIFY(!filter.eventFilter(&window, &paint));
        QCOMPARE(seen.count(), 2);
    }
};

QTEST_MAIN(TestLockdown)
#include "tst_lockdown.moc"
