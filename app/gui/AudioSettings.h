// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "QmlSingleton.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

// The kiosk's sound level, set by staff, never above the configured cap ([audio] in kiosk.ini).
// Every player uses it: AudioOutput { volume: AudioSettings.volume }. Staff changes last until the
// kiosk restarts (the configured level comes back then); a visitor reset does not change it.
class AudioSettings : public QObject, public QmlSingleton<AudioSettings>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    // 0.0–1.0, what a QtMultimedia AudioOutput takes.
    Q_PROPERTY(double volume READ volume NOTIFY percentChanged)
    // 0–100, what the staff screen shows and sets; clamped to the cap.
    Q_PROPERTY(int percent READ percent WRITE setPercent NOTIFY percentChanged)
    Q_PROPERTY(int cap READ cap CONSTANT)

public:
    AudioSettings(int percent, int cap, QObject *parent = nullptr);

    double volume() const { return m_percent / 100.0; }
    int percent() const { return m_percent; }
    void setPercent(int percent);
    int cap() const { return m_cap; }

Q_SIGNALS:
    void percentChanged();

private:
    int m_cap;
    int m_percent;
};
