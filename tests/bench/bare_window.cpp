// SPDX-License-Identifier: GPL-3.0-or-later
// Baseline for the start-up benchmark: the smallest Qt Quick window with one text, started the
// same way as the kiosk (same platform plugin, same engine class).
#include <QGuiApplication>
#include <QQmlApplicationEngine>

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QQmlApplicationEngine engine;
    engine.loadData(R"(
        import QtQuick
        Window {
            width: 1920; height: 1080; visible: true
            Text { anchors.centerIn: parent; text: "Bonjour"; font.pixelSize: 48 }
        })");
    return engine.rootObjects().isEmpty() ? 1 : QGuiApplication::exec();
}
