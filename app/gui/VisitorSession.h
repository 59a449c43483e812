// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "QmlSingleton.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

// One visitor's time at the kiosk. reset() ends it: every controller connected to resetting()
// returns to its pristine state and the UI goes back to the attract screen, so the next visitor
// finds a fresh kiosk without a process restart.
class VisitorSession : public QObject, public QmlSingleton<VisitorSession>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    explicit VisitorSession(QObject *parent);

    // reason: "idle", "staff", "test"… (logged).
    Q_INVOKABLE void reset(const QString &reason);

Q_SIGNALS:
    // Controllers clear their state here; QML returns to the attract screen.
    void resetting(const QString &reason);
};
