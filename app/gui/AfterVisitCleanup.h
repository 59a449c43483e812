// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>

class QQmlEngine;
class QQuickWindow;
class VisitorSession;

// A second after each reset, with the attract loop showing, the kiosk gives back what the visit
// took, so that its memory stays level from one visitor to the next (docs/benchmarks.md):
//  - the JavaScript garbage of the visitor's screens, and the compiled screens no longer in use;
//  - the window's graphics: scene graph, textures, glyph caches and the OpenGL context. Qt 6.4
//    keeps the vertex and index buffers of every batch it has drawn, and a software OpenGL driver
//    (llvmpipe) keeps copies and compiled shaders of its own: ~20 MiB more after a few visitors,
//    which only dropping the context frees. Qt drops it when a window with non-persistent graphics
//    is hidden, so the window is hidden and shown again: the attract loop misses a frame or two
//    (~30 ms here), then Qt builds everything again for the next frame.
// Then memoryReleased() lets the allocator give the freed pages back at once (app/Allocator.h).
// A visitor who taps within that second has started a visit: nothing is done then.
class AfterVisitCleanup : public QObject
{
    Q_OBJECT

public:
    AfterVisitCleanup(VisitorSession &session, QQmlEngine &engine,
                      std::chrono::milliseconds delay = std::chrono::seconds(1), QObject *parent = nullptr);

    // The window whose graphics are rebuilt after each visit (they become non-persistent).
    void watch(QQuickWindow *window);
    // What happens `delay` after a reset; nothing during a visit.
    void run();

Q_SIGNALS:
    // Emitted by run() once the visit's memory is freed, before its memory reading is logged.
    void memoryReleased();

private:
    VisitorSession &m_session;
    QQmlEngine &m_engine;
    QPointer<QQuickWindow> m_window;
    QTimer m_delay;
};
