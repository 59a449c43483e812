// SPDX-License-Identifier: GPL-3.0-or-later
#include "IdleController.h"

#include "VisitorSession.h"
#include "kiosk/IdleMonitor.h"

using kiosk::IdleMonitor;

IdleController::IdleController(IdleMonitor &monitor, VisitorSession &session, QObject *parent)
    : QObject(parent)
    , m_monitor(monitor)
{
    connect(&monitor, &IdleMonitor::stateChanged, this, [this] {
        Q_EMIT warningVisibleChanged();
        Q_EMIT secondsLeftChanged();
    });
    connect(&monitor, &IdleMonitor::secondsLeftChanged, this, &IdleController::secondsLeftChanged);
    connect(&monitor, &IdleMonitor::timedOut, &session,
            [&session](int idleSeconds) { session.reset(QStringLiteral("idle"), idleSeconds); });
    connect(&session, &VisitorSession::started, &monitor, &IdleMonitor::start);
}

bool IdleController::warningVisible() const
{
    return m_monitor.state() == IdleMonitor::State::Warning;
}

int IdleController::secondsLeft() const
{
    return m_monitor.secondsLeft();
}

bool IdleController::videoPlaying() const
{
    return m_monitor.videoPlaying();
}

void IdleController::setVideoPlaying(bool playing)
{
    if (playing == m_monitor.videoPlaying())
        return;
    m_monitor.setVideoPlaying(playing);
    Q_EMIT videoPlayingChanged();
}

void IdleController::dismiss()
{
    m_monitor.dismiss();
}

void IdleController::reset()
{
    setVideoPlaying(false);
    m_monitor.stop();
}
