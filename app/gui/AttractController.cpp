// SPDX-License-Identifier: GPL-3.0-or-later
#include "AttractController.h"

#include "AttractModel.h"
#include "Logging.h"
#include "kiosk/Clock.h"

AttractController::AttractController(AttractModel &items, const kiosk::Clock &clock, Settings settings,
                                     QObject *parent)
    : QObject(parent)
    , m_items(items)
    , m_clock(clock)
    , m_settings(std::move(settings))
    , m_open(m_settings.hours.isOpen(clock.now()))
{
    if (!m_settings.hours.isAlwaysOpen()) {
        m_timer.setInterval(30 * 1000);
        connect(&m_timer, &QTimer::timeout, this, &AttractController::checkHours);
        m_timer.start();
    }
}

void AttractController::checkHours()
{
    const bool open = m_settings.hours.isOpen(m_clock.now());
    if (open == m_open)
        return;
    m_open = open;
    qCInfo(lcIdle).noquote() << QStringLiteral("kiosk event=%1").arg(open ? QStringLiteral("opening") : QStringLiteral("closing"));
    Q_EMIT openChanged();
}
