// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeyboardSetup.h"
#include "SteppedIncubation.h"

#include <QGuiApplication>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQmlIncubator>
#include <QTest>
#include <QtQml/QQmlExtensionPlugin>

#include <memory>

Q_IMPORT_QML_PLUGIN(KioskPlugin)

namespace {

// The keyboard as Main.qml has it, with a count of the keyboard layouts it makes.
const char keyboardWatched[] = R"(
import QtQuick
import Kiosk
Item {
    id: root
    width: 1920; height: 1080
    property int layoutsMade: 0
    readonly property var keyboard: layer.panel.keyboard
    readonly property string layout: keyboard.layout
    OnScreenKeyboard { id: layer; anchors.fill: parent }
    Connections {
        target: root.keyboard.keyboardLayoutLoader
        function onItemChanged() {
            if (root.keyboard.keyboardLayoutLoader.item)
                ++root.layoutsMade
        }
    }
}
)";

} // namespace

// The kiosk makes its on-screen keyboard at start, asynchronously (Main.qml). Its first keyboard
// layout must be the French one, and be kept: a layout made in another language and replaced at
// once is torn down while the kiosk starts, the path of a start-up crash in Qt 6.4 (KeyboardSetup.h).
// Without the French default locale this test crashes every time, as the kiosk did now and then:
// SIGSEGV in QQuickGridLayoutBase::invalidate, under the deferred deletion of the first layout.
class TestOnScreenKeyboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstLayoutIsFrenchAndIsKept()
    {
        QQmlEngine engine;
        engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
        SteppedIncubation incubation;
        engine.setIncubationController(&incubation);
        QQmlComponent component(&engine);
        component.setData(keyboardWatched, QUrl());
        QQmlIncubator making(QQmlIncubator::Asynchronous);
        component.create(making);
        // One step at a time, with the events that arrive between two frames (the keyboard lists
        // its layouts on a thread of its own) handled between steps, as in the kiosk.
        while (making.isLoading()) {
            incubation.step();
            QTest::qWait(1);
        }
        QVERIFY2(making.isReady(), qPrintable(component.errorString()));
        std::unique_ptr<QObject> keyboard(making.object());

        QTRY_VERIFY(keyboard->property("layout").toString().contains(QLatin1String("/fr_FR/")));
        QCOMPARE(keyboard->property("layoutsMade").toInt(), 1);
    }
};

int main(int argc, char *argv[])
{
    prepareOnScreenKeyboard();   // first, as in the kiosk's main
    QGuiApplication app(argc, argv);
    TestOnScreenKeyboard test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_onscreenkeyboard.moc"
