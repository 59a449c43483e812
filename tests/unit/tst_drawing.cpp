// SPDX-License-Identifier: GPL-3.0-or-later
// The kiosk draws without depth and stencil buffers (limitGraphicsMemory, issue 8: 8 MB less at
// 1920×1080 on software OpenGL). Qt Quick then orders opaque items itself and clips upright
// rectangles with the scissor: the same pictures as with the buffers. Checked here in a real X
// window with OpenGL (ctest runs it under xvfb-run), the way the kiosk draws on its screen.
#include "GraphicsMemory.h"

#include <QGuiApplication>
#include <QImage>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QSGRendererInterface>
#include <QTest>

namespace {

// Overlapping opaque items in the orders the kiosk makes them (siblings, z, children), an upright
// clip, and a layer (Glyph.qml's icons are drawn through one).
const QByteArray kScene = R"(
import QtQuick
Window {
    width: 400; height: 300; visible: true; color: "white"
    Rectangle { x: 20; y: 20; width: 100; height: 100; color: "red" }
    Rectangle { x: 60; y: 60; width: 100; height: 100; color: "blue" }
    Rectangle { x: 200; y: 20; width: 100; height: 100; color: "blue"; z: 1 }
    Rectangle { x: 240; y: 60; width: 100; height: 100; color: "red" }
    Rectangle {
        x: 20; y: 180; width: 100; height: 100; color: "red"
        Rectangle { x: 40; y: 40; width: 100; height: 100; color: "lime" }
    }
    Item {
        x: 200; y: 180; width: 50; height: 50; clip: true
        Rectangle { width: 100; height: 100; color: "lime" }
    }
    Item {
        x: 300; y: 180; width: 80; height: 80
        layer.enabled: true
        Rectangle { width: 80; height: 80; color: "red" }
        Rectangle { x: 20; y: 20; width: 40; height: 40; color: "blue" }
    }
}
)";

} // namespace

class TestDrawing : public QObject
{
    Q_OBJECT

    QQmlApplicationEngine m_engine;
    QQuickWindow *m_window = nullptr;
    QImage m_picture;

private Q_SLOTS:
    void initTestCase()
    {
        if (QGuiApplication::platformName() != QLatin1String("xcb"))
            QSKIP("needs an X display with OpenGL (ctest runs this test under xvfb-run)");
        m_engine.loadData(kScene);
        m_window = qobject_cast<QQuickWindow *>(m_engine.rootObjects().value(0));
        QVERIFY(m_window);
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        QCOMPARE(m_window->rendererInterface()->graphicsApi(), QSGRendererInterface::OpenGL);
        m_picture = m_window->grabWindow().convertToFormat(QImage::Format_RGB32);
        QCOMPARE(m_picture.size(), QSize(400, 300));
    }

    void windowHasNeitherDepthNorStencilBuffer()
    {
        QCOMPARE(qMax(m_window->format().depthBufferSize(), 0), 0);
        QCOMPARE(qMax(m_window->format().stencilBufferSize(), 0), 0);
    }

    // Each point of the scene and the colour it must have.
    void pixels_data()
    {
        QTest::addColumn<QPoint>("point");
        QTest::addColumn<QColor>("colour");
        QTest::newRow("earlier sibling, uncovered") << QPoint(40, 40) << QColor(Qt::red);
        QTest::newRow("later sibling covers it") << QPoint(100, 100) << QColor(Qt::blue);
        QTest::newRow("higher z covers a later sibling") << QPoint(280, 100) << QColor(Qt::blue);
        QTest::newRow("later sibling, uncovered") << QPoint(320, 140) << QColor(Qt::red);
        QTest::newRow("child covers its parent") << QPoint(100, 260) << QColor(Qt::green);
        QTest::newRow("parent, uncovered") << QPoint(40, 200) << QColor(Qt::red);
        QTest::newRow("inside an upright clip") << QPoint(220, 200) << QColor(Qt::green);
        QTest::newRow("right of the clip") << QPoint(270, 200) << QColor(Qt::white);
        QTest::newRow("below the clip") << QPoint(220, 250) << QColor(Qt::white);
        QTest::newRow("layer, first child") << QPoint(310, 190) << QColor(Qt::red);
        QTest::newRow("layer, second child over it") << QPoint(340, 220) << QColor(Qt::blue);
    }

    void pixels()
    {
        QFETCH(QPoint, point);
        QFETCH(QColor, colour);
        QCOMPARE(m_picture.pixelColor(point), colour);
    }
};

int main(int argc, char *argv[])
{
    limitGraphicsMemory();   // as the kiosk's main, before the application object
    QGuiApplication app(argc, argv);
    TestDrawing test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_drawing.moc"
