// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "UpdateController.h"
#include "update/PackInspector.h"
#include "update/UpdateState.h"
#include "update/VolumeWatcher.h"

#include <QStringList>

// The content update (issue 6) built in one place for the composition roots (main.cpp and the QML
// tests' setup): trusted keys, replay state, the volume/inbox watcher and UpdateController.
class ContentUpdate
{
public:
    struct Settings
    {
        QStringList trustedKeys; // minisign .pub files or folders of them (kiosk.ini [update] trusted_keys)
        QStringList mountRoots;  // where USB sticks are mounted ([update] mount_roots)
        QString inboxDir;        // network share / Syncthing folder ([update] inbox)
        QString stateFile;       // DataPaths::stateFile()
        bool autoApply = false;
        kiosk::PackLimits limits;
    };

    ContentUpdate(kiosk::ContentStore &store, kiosk::ContentLibrary &library, const kiosk::Clock &clock,
                  Settings settings);

    // Hands UpdateController to QML.
    void provide();
    // Scans the mount roots and the inbox, then watches them.
    void start();

    UpdateController &controller() { return m_controller; }
    kiosk::VolumeWatcher &watcher() { return m_watcher; }

private:
    kiosk::UpdateState m_state;
    kiosk::PackInspector m_inspector;
    kiosk::VolumeWatcher m_watcher;
    UpdateController m_controller;
};
