// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContentUpdate.h"

#include <QDir>

namespace {

// The inspector of the trusted keys kiosk.ini names, knowing why those it could not read gave none.
kiosk::PackInspector inspectorFor(const ContentUpdate::Settings &settings)
{
    QStringList problems;
    QList<kiosk::minisign::PublicKey> keys = kiosk::PackInspector::loadKeys(settings.trustedKeys, &problems);
    return {std::move(keys), settings.limits, problems};
}

} // namespace

ContentUpdate::ContentUpdate(kiosk::ContentStore &store, kiosk::ContentLibrary &library, const kiosk::Clock &clock,
                             Settings settings)
    : m_state(settings.stateFile)
    , m_inspector(inspectorFor(settings))
    , m_watcher(settings.mountRoots, settings.inboxDir)
    , m_controller(store, library, m_state, m_inspector, m_watcher, clock, {settings.autoApply})
{
    // The inbox exists from the start, so a share or Syncthing can be pointed at it.
    if (!settings.inboxDir.isEmpty())
        QDir().mkpath(settings.inboxDir);
}

void ContentUpdate::provide()
{
    UpdateController::provide(&m_controller);
}

void ContentUpdate::start()
{
    m_watcher.start();
}
