// SPDX-License-Identifier: GPL-3.0-or-later
#include "PublicDisplay.h"

#include "VisitorSession.h"
#include "kiosk/Config.h"

#include <QGuiApplication>

#ifdef KIOSK_HAVE_SYSTEMD
#include "Watchdog.h"
#endif

PublicDisplay::PublicDisplay(const kiosk::Config &config, const kiosk::Clock &clock, kiosk::ContentStore &store,
                             Preferences &preferences, VisitorSession &session, const QString &dataDir)
    : m_cursorVisible(config.cursorVisible)
    , m_idleMonitor(clock, {config.idleTimeoutSec, config.warningSec, config.videoActivityLimitSec})
    , m_gate(clock, config.pinHash, {config.pinAttempts, config.pinLockoutSec})
    , m_idle(m_idleMonitor, session)
    , m_audio(config.volume, config.volumeCap)
    , m_staff(clock, m_gate, m_idleMonitor, session, store,
              {config.gestureCorner, config.gestureTaps, config.gestureWindowSec, config.staffTimeoutSec,
               config.kioskId, dataDir})
    , m_attractItems(store, preferences,
                     {config.attractJobs, config.attractFigures, config.attractInterviews})
    , m_attract(m_attractItems, clock, {config.attractSlideSec, config.hours, config.dimPercent})
{
    QObject::connect(&m_activity, &ActivityFilter::activity, &m_idleMonitor, &kiosk::IdleMonitor::activity);
    QObject::connect(&m_activity, &ActivityFilter::activity, &m_staff, &StaffController::activity);
    QObject::connect(&session, &VisitorSession::resetting, &m_idle, &IdleController::reset);
    QObject::connect(&session, &VisitorSession::resetting, &m_staff, &StaffController::reset);
}

PublicDisplay::~PublicDisplay() = default;

void PublicDisplay::provide()
{
    IdleController::provide(&m_idle);
    StaffController::provide(&m_staff);
    AudioSettings::provide(&m_audio);
    AttractController::provide(&m_attract);
}

void PublicDisplay::install(bool lockdown, bool windowed)
{
    qApp->installEventFilter(&m_activity);
    if (!lockdown)
        return;
    m_lockdown = std::make_unique<Lockdown>(Lockdown::Options{m_cursorVisible, windowed});
    m_lockdown->install();
}

void PublicDisplay::watch([[maybe_unused]] QQuickWindow *window)
{
#ifdef KIOSK_HAVE_SYSTEMD
    m_watchdog = std::make_unique<Watchdog>();
    m_watchdog->watch(window);
#endif
}
