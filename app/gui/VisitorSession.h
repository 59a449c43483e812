// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "QmlSingleton.h"

#include <QElapsedTimer>
#include <QObject>
#include <QtQml/qqmlregistration.h>

// One visitor's time at the kiosk. Between visits the attract loop shows (active = false); a tap on
// it calls begin(). reset() ends the visit: every controller connected to resetting() returns to
// its pristine state and the UI goes back to the attract screen, so the next visitor finds a fresh
// kiosk without a process restart. Both are logged as key=value lines (kiosk.idle).
class VisitorSession : public QObject, public QmlSingleton<VisitorSession>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool active READ isActive NOTIFY activeChanged)

public:
    explicit VisitorSession(QObject *parent);

    bool isActive() const { return m_active; }

    // A visitor starts (the attract loop was touched). Does nothing during a visit.
    Q_INVOKABLE void begin();
    // reason: "idle", "staff", "test"… ; idleSeconds: how long nobody touched the kiosk (-1: unknown).
    Q_INVOKABLE void reset(const QString &reason, int idleSeconds = -1);

Q_SIGNALS:
    void started();
    // Controllers clear their state here; QML returns to the attract screen.
    void resetting(const QString &reason);
    void activeChanged();

private:
    bool m_active = false;
    QElapsedTimer m_visit;
};
