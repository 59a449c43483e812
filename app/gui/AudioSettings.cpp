// SPDX-License-Identifier: GPL-3.0-or-later
#include "AudioSettings.h"

#include "Logging.h"

AudioSettings::AudioSettings(int percent, int cap, QObject *parent)
    : QObject(parent)
    , m_cap(qBound(0, cap, 100))
    , m_percent(qBound(0, percent, m_cap))
{
}

void AudioSettings::setPercent(int percent)
{
    const int bounded = qBound(0, percent, m_cap);
    if (bounded == m_percent)
        return;
    m_percent = bounded;
    qCInfo(lcStaff).noquote() << QStringLiteral("staff event=volume percent=%1").arg(m_percent);
    Q_EMIT percentChanged();
}
