// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "QmlSingleton.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace kiosk {
class IdleMonitor;
}
class VisitorSession;

// What QML sees of the inactivity rule (kiosk::IdleMonitor): the "Toujours là ?" overlay shows while
// warningVisible, counting secondsLeft down; a tap anywhere (any activity) or dismiss() hides it; at
// zero the kiosk resets (VisitorSession::reset("idle", idle seconds)).
//
// Video rule: a player reports that it plays, and a playing video then counts as activity for at most
// [idle] video_limit seconds (kiosk.ini). From QML:
//   Binding { target: IdleController; property: "videoPlaying"
//             value: player.playbackState === MediaPlayer.PlayingState }
// (a player that is destroyed or stopped must leave it false; reset() clears it too).
class IdleController : public QObject, public QmlSingleton<IdleController>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool warningVisible READ warningVisible NOTIFY warningVisibleChanged)
    Q_PROPERTY(int secondsLeft READ secondsLeft NOTIFY secondsLeftChanged)
    Q_PROPERTY(bool videoPlaying READ videoPlaying WRITE setVideoPlaying NOTIFY videoPlayingChanged)

public:
    IdleController(kiosk::IdleMonitor &monitor, VisitorSession &session, QObject *parent = nullptr);

    bool warningVisible() const;
    int secondsLeft() const;
    bool videoPlaying() const;

public Q_SLOTS:
    void setVideoPlaying(bool playing);
    void dismiss();
    void reset();

Q_SIGNALS:
    void warningVisibleChanged();
    void secondsLeftChanged();
    void videoPlayingChanged();

private:
    kiosk::IdleMonitor &m_monitor;
};
