// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "StateSnapshot.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

class PublicDisplay;
namespace kiosk::test {
class FakeClock;
}

// What QML tests need beyond the app's own singletons (import KioskTest): the fake clock that
// drives inactivity and staff timeouts, and state snapshots for the reset test.
class TestSupport : public QObject
{
    Q_OBJECT

public:
    TestSupport(kiosk::test::FakeClock &clock, PublicDisplay &display, QQmlEngine &engine,
                const QString &qmltypesFile, QObject *parent = nullptr);

    // Moves the fake clock and lets the inactivity monitor look at it.
    Q_INVOKABLE void advanceClock(int milliseconds);
    Q_INVOKABLE QStringList snapshot(QObject *windowOrItem) const;
    Q_INVOKABLE QStringList diff(const QStringList &before, const QStringList &after) const;

private:
    kiosk::test::FakeClock &m_clock;
    PublicDisplay &m_display;
    StateSnapshot m_snapshot;
};
