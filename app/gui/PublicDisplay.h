// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "ActivityFilter.h"
#include "AttractController.h"
#include "AttractModel.h"
#include "AudioSettings.h"
#include "IdleController.h"
#include "Lockdown.h"
#include "StaffController.h"
#include "kiosk/IdleMonitor.h"
#include "kiosk/StaffGate.h"

#include <memory>

class Preferences;
class QQuickWindow;
class VisitorSession;
#ifdef KIOSK_HAVE_SYSTEMD
class Watchdog;
#endif
namespace kiosk {
class Clock;
class ContentStore;
struct Config;
} // namespace kiosk

// The public-display behaviour, built from the configuration in one place for the kiosk (main.cpp)
// and the QML tests (QmlTestSetup): inactivity (IdleMonitor + IdleController), the attract loop,
// staff access (StaffGate + StaffController), sound level, lockdown and the systemd watchdog.
// The controllers are connected to VisitorSession::resetting here.
class PublicDisplay
{
public:
    PublicDisplay(const kiosk::Config &config, const kiosk::Clock &clock, kiosk::ContentStore &store,
                  Preferences &preferences, VisitorSession &session, const QString &dataDir);
    ~PublicDisplay();

    // Hands the QML singletons to QML (before the engine loads anything).
    void provide();
    // Application-wide: activity filter; with lockdown, the key/close/cursor lockdown too.
    void install(bool lockdown, bool windowed);
    // READY=1 after the window's first frame and the watchdog pings (systemd builds only).
    void watch(QQuickWindow *window);

    kiosk::IdleMonitor &idleMonitor() { return m_idleMonitor; }
    StaffController &staff() { return m_staff; }

private:
    bool m_cursorVisible;
    kiosk::IdleMonitor m_idleMonitor;
    kiosk::StaffGate m_gate;
    ActivityFilter m_activity;
    IdleController m_idle;
    AudioSettings m_audio;
    StaffController m_staff;
    AttractModel m_attractItems;
    AttractController m_attract;
    std::unique_ptr<Lockdown> m_lockdown;
#ifdef KIOSK_HAVE_SYSTEMD
    std::unique_ptr<Watchdog> m_watchdog;
#endif
};
