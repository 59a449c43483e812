// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QObject>
#include <QTimer>

namespace kiosk {

class Clock;

// Decides when the visitor has gone. States:
//   Dormant  no visitor (attract loop, or just reset): nothing is counted until start().
//   Active   a visit: every activity() restarts the count; after `timeout` without activity →
//   Warning  the "Toujours là ?" countdown of `warning`; activity or dismiss() → Active again;
//            at zero: timedOut(idleSeconds), and the monitor goes Dormant.
// Video rule: while a video plays (setVideoPlaying(true)), the visitor counts as active for at most
// `videoLimit` after their last real activity or the start of the video, whichever is later: someone
// watching an interview is not idle, a video left looping is.
// Time comes from the injected Clock; check() evaluates it (a timer calls it; tests call it directly).
class IdleMonitor : public QObject
{
    Q_OBJECT
public:
    enum class State { Dormant, Active, Warning };
    Q_ENUM(State)

    struct Timeouts
    {
        int idleSec = 90;
        int warningSec = 10;
        int videoLimitSec = 600;
    };

    IdleMonitor(const Clock &clock, Timeouts timeouts, QObject *parent = nullptr);

    State state() const { return m_state; }
    // Whole seconds left in the warning countdown (rounded up); 0 outside Warning.
    int secondsLeft() const;
    Timeouts timeouts() const { return m_timeouts; }
    void setTimeouts(Timeouts timeouts);
    bool videoPlaying() const { return m_videoPlaying; }

public Q_SLOTS:
    // A visit begins (the attract loop was touched).
    void start();
    // Back to Dormant without a timeout (the kiosk was reset for another reason).
    void stop();
    // Any touch, click or key. Ends a warning at the next check().
    void activity();
    // The visitor answered the warning: ends it at once.
    void dismiss();
    // Takes effect at the next check(): never times out from within the call.
    void setVideoPlaying(bool playing);
    void check();

Q_SIGNALS:
    void stateChanged(kiosk::IdleMonitor::State state);
    void secondsLeftChanged(int seconds);
    // The countdown reached zero; idleSeconds since the last activity (video rule applied).
    void timedOut(int idleSeconds);

private:
    qint64 lastEffectiveActivity() const;
    void setState(State state);

    const Clock &m_clock;
    Timeouts m_timeouts;
    State m_state = State::Dormant;
    qint64 m_lastActivity = 0;
    bool m_videoPlaying = false;
    qint64 m_videoSince = 0;
    int m_secondsLeft = 0;
    QTimer m_timer;
};

} // namespace kiosk
