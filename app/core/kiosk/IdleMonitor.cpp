// SPDX-License-Identifier: GPL-3.0-or-later
#include "IdleMonitor.h"

#include "Clock.h"

#include <QtMath>

namespace kiosk {

IdleMonitor::IdleMonitor(const Clock &clock, Timeouts timeouts, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_timeouts(timeouts)
{
    // Fine enough for a countdown shown in whole seconds.
    m_timer.setInterval(250);
    connect(&m_timer, &QTimer::timeout, this, &IdleMonitor::check);
}

void IdleMonitor::setTimeouts(Timeouts timeouts)
{
    m_timeouts = timeouts;
    check();
}

void IdleMonitor::start()
{
    m_lastActivity = m_clock.monotonicMs();
    m_videoSince = m_lastActivity;
    setState(State::Active);
    m_timer.start();
}

void IdleMonitor::stop()
{
    m_timer.stop();
    setState(State::Dormant);
}

void IdleMonitor::activity()
{
    // The warning ends at the next check(), not here: the tap that dismisses the overlay must land
    // on the overlay, not on what the overlay would uncover in the middle of the tap.
    m_lastActivity = m_clock.monotonicMs();
}

void IdleMonitor::dismiss()
{
    activity();
    if (m_state == State::Warning)
        setState(State::Active);
}

void IdleMonitor::setVideoPlaying(bool playing)
{
    if (playing == m_videoPlaying)
        return;
    const qint64 now = m_clock.monotonicMs();
    if (playing)
        m_videoSince = now;
    else
        m_lastActivity = qMin(now, lastEffectiveActivity());   // the time watched counts
    m_videoPlaying = playing;
    // Judged at the next tick, not here: a player's state changes while QML is still giving it a
    // new source (a content update), and a reset from within that change would change the source
    // again inside it.
}

qint64 IdleMonitor::lastEffectiveActivity() const
{
    if (!m_videoPlaying)
        return m_lastActivity;
    const qint64 videoActiveUntil = qMax(m_lastActivity, m_videoSince) + qint64(m_timeouts.videoLimitSec) * 1000;
    return qMax(m_lastActivity, qMin(m_clock.monotonicMs(), videoActiveUntil));
}

int IdleMonitor::secondsLeft() const
{
    return m_state == State::Warning ? m_secondsLeft : 0;
}

void IdleMonitor::check()
{
    if (m_state == State::Dormant)
        return;
    const qint64 idleMs = m_clock.monotonicMs() - lastEffectiveActivity();
    const qint64 timeoutMs = qint64(m_timeouts.idleSec) * 1000;
    const qint64 endMs = timeoutMs + qint64(m_timeouts.warningSec) * 1000;
    if (idleMs >= endMs) {
        stop();
        Q_EMIT timedOut(int(idleMs / 1000));
        return;
    }
    if (idleMs < timeoutMs) {
        setState(State::Active);
        return;
    }
    const int left = int(qCeil(double(endMs - idleMs) / 1000.0));
    const bool changed = left != m_secondsLeft || m_state != State::Warning;
    m_secondsLeft = left;
    setState(State::Warning);
    if (changed)
        Q_EMIT secondsLeftChanged(left);
}

void IdleMonitor::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

} // namespace kiosk
