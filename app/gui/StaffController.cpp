// SPDX-License-Identifier: GPL-3.0-or-later
#include "StaffController.h"

#include "Logging.h"
#include "VisitorSession.h"
#include "content/ContentStore.h"
#include "kiosk/Clock.h"
#include "kiosk/StaffGate.h"

#include <QFileInfo>
#include <QStorageInfo>

#include <algorithm>

using kiosk::IdleMonitor;
using kiosk::StaffGate;

StaffController::StaffController(const kiosk::Clock &clock, StaffGate &gate, IdleMonitor &visitorMonitor,
                                 VisitorSession &session, kiosk::ContentStore &store, Settings settings,
                                 QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_gate(gate)
    , m_visitorMonitor(visitorMonitor)
    , m_session(session)
    , m_store(store)
    , m_settings(std::move(settings))
    , m_staffMonitor(clock, {m_settings.staffTimeoutSec, 0, 0})
    , m_startedAt(clock.monotonicMs())
{
    connect(&m_staffMonitor, &IdleMonitor::timedOut, this, [this] {
        qCInfo(lcStaff).noquote() << "staff event=timeout";
        leave();
    });
    connect(&store, &kiosk::ContentStore::reopened, this, &StaffController::refreshInfo);
    // Countdowns and uptime on screen, only while the pad or the staff screen shows.
    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, &StaffController::tick);
    refreshInfo();
}

bool StaffController::lockedOut() const
{
    return m_gate.isLockedOut();
}

int StaffController::lockSecondsLeft() const
{
    return m_gate.lockoutSecondsLeft();
}

int StaffController::attemptsLeft() const
{
    return m_gate.attemptsLeft();
}

int StaffController::uptimeSeconds() const
{
    return int((m_clock.monotonicMs() - m_startedAt) / 1000);
}

int StaffController::idleTimeout() const
{
    return m_visitorMonitor.timeouts().idleSec;
}

void StaffController::setIdleTimeout(int seconds)
{
    IdleMonitor::Timeouts timeouts = m_visitorMonitor.timeouts();
    seconds = qBound(10, seconds, 3600);
    if (seconds == timeouts.idleSec)
        return;
    timeouts.idleSec = seconds;
    m_visitorMonitor.setTimeouts(timeouts);
    qCInfo(lcStaff).noquote() << QStringLiteral("staff event=idle_timeout seconds=%1").arg(seconds);
    Q_EMIT idleTimeoutChanged();
}

void StaffController::cornerTapped()
{
    if (m_staffMode || m_pinPadVisible)
        return;
    const qint64 now = m_clock.monotonicMs();
    const qint64 window = qint64(m_settings.gestureWindowSec) * 1000;
    m_taps.erase(std::remove_if(m_taps.begin(), m_taps.end(), [&](qint64 at) { return now - at > window; }),
                 m_taps.end());
    m_taps << now;
    if (m_taps.size() < m_settings.gestureTaps)
        return;
    m_taps.clear();
    qCInfo(lcStaff).noquote() << "staff event=pin_pad";
    setState(true, false, false);
}

bool StaffController::submitPin(const QString &pin)
{
    if (!m_pinPadVisible)
        return false;
    const StaffGate::Result result = m_gate.tryPin(pin);
    Q_EMIT tick();   // lockout and attempts changed
    if (result != StaffGate::Result::Accepted) {
        setState(true, false, result == StaffGate::Result::Rejected);
        return false;
    }
    refreshInfo();
    m_staffMonitor.start();
    setState(false, true, false);
    return true;
}

bool StaffController::confirmPin(const QString &pin)
{
    if (!m_staffMode)
        return false;
    const StaffGate::Result result = m_gate.tryPin(pin);
    Q_EMIT tick();
    if (result == StaffGate::Result::LockedOut)
        leave();   // too many wrong PINs: out of staff mode as well
    else
        setState(false, true, result == StaffGate::Result::Rejected);
    return result == StaffGate::Result::Accepted;
}

void StaffController::cancelPin()
{
    setState(false, m_staffMode, false);
}

void StaffController::leave()
{
    if (m_staffMode)
        qCInfo(lcStaff).noquote() << "staff event=leave";
    m_staffMonitor.stop();
    setState(false, false, false);
}

void StaffController::resetKiosk()
{
    m_session.reset(QStringLiteral("staff"));
}

void StaffController::quit()
{
    qCInfo(lcStaff).noquote() << "staff event=quit";
    Q_EMIT quitRequested();
}

void StaffController::restart()
{
    qCInfo(lcStaff).noquote() << "staff event=restart";
    Q_EMIT restartRequested();
}

void StaffController::activity()
{
    m_staffMonitor.activity();
}

void StaffController::reset()
{
    m_taps.clear();
    leave();
}

void StaffController::setState(bool pinPad, bool staffMode, bool rejected)
{
    if (pinPad || staffMode)
        m_ticker.start();
    else
        m_ticker.stop();
    if (pinPad == m_pinPadVisible && staffMode == m_staffMode && rejected == m_pinRejected)
        return;
    m_pinPadVisible = pinPad;
    m_staffMode = staffMode;
    m_pinRejected = rejected;
    Q_EMIT stateChanged();
}

void StaffController::refreshInfo()
{
    const kiosk::ContentInfo info = m_store.info();
    m_contentVersion = info.version;
    m_contentTitle = info.title;
    // The version folder is written once, when it is installed.
    m_lastUpdate = QFileInfo(m_store.contentDir()).lastModified();
    const QStorageInfo storage(m_settings.dataDir);
    m_diskFree = double(storage.bytesAvailable());
    m_diskTotal = double(storage.bytesTotal());
    Q_EMIT infoChanged();
}
