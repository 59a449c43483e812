// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "AttractModel.h"
#include "QmlSingleton.h"
#include "kiosk/OpeningHours.h"

#include <QObject>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

namespace kiosk {
class Clock;
}

// The attract loop shown between visitors: its cards (items), how long each one stays in front
// (slideSeconds), and whether the kiosk is within its opening hours (outside them the screen is
// dimmed to dimOpacity and the loop paused, [hours] in kiosk.ini).
class AttractController : public QObject, public QmlSingleton<AttractController>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(AttractModel *items READ items CONSTANT)
    Q_PROPERTY(int slideSeconds READ slideSeconds CONSTANT)
    Q_PROPERTY(bool open READ isOpen NOTIFY openChanged)
    Q_PROPERTY(double dimOpacity READ dimOpacity CONSTANT)

public:
    struct Settings
    {
        int slideSeconds = 8;
        kiosk::OpeningHours hours;
        int dimPercent = 20;
    };

    AttractController(AttractModel &items, const kiosk::Clock &clock, Settings settings, QObject *parent = nullptr);

    AttractModel *items() const { return &m_items; }
    int slideSeconds() const { return m_settings.slideSeconds; }
    bool isOpen() const { return m_open; }
    // Opacity of the black layer over the screen outside opening hours.
    double dimOpacity() const { return 1.0 - m_settings.dimPercent / 100.0; }

public Q_SLOTS:
    // Re-reads the clock (a timer calls it every 30 s; tests call it directly).
    void checkHours();

Q_SIGNALS:
    void openChanged();

private:
    AttractModel &m_items;
    const kiosk::Clock &m_clock;
    Settings m_settings;
    bool m_open = true;
    QTimer m_timer;
};
