// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "StateSnapshot.h"

#include <QObject>
#include <QTemporaryDir>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

class PublicDisplay;
namespace kiosk::test {
class FakeClock;
}

// What QML tests need beyond the app's own singletons (import KioskTest): the fake clock that
// drives inactivity and staff timeouts, state snapshots for the reset test, and pictures of any size.
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
    // A PNG file of that size (one colour), as a pack could bring: its URL.
    Q_INVOKABLE QUrl picture(int width, int height);

private:
    kiosk::test::FakeClock &m_clock;
    PublicDisplay &m_display;
    StateSnapshot m_snapshot;
    QTemporaryDir m_pictures;
};
