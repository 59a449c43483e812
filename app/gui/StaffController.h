// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "QmlSingleton.h"
#include "kiosk/IdleMonitor.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>
#include <QVector>
#include <QtQml/qqmlregistration.h>

namespace kiosk {
class Clock;
class ContentStore;
class StaffGate;
} // namespace kiosk
class VisitorSession;

// Staff access: a hidden gesture (N taps in one corner within a few seconds, kiosk.ini [staff])
// opens the PIN pad; the right PIN enters staff mode, which shows the kiosk's state and a few
// actions, and ends by itself after [staff] timeout seconds without a touch, or at a visitor reset.
//
// Properties marked STORED false are not visitor state (lockout, live figures, staff settings): a
// visitor reset leaves them alone, and the reset state-equality test skips them.
class StaffController : public QObject, public QmlSingleton<StaffController>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString gestureCorner READ gestureCorner CONSTANT)
    Q_PROPERTY(bool pinPadVisible READ pinPadVisible NOTIFY stateChanged)
    Q_PROPERTY(bool staffMode READ staffMode NOTIFY stateChanged)
    Q_PROPERTY(bool pinRejected READ pinRejected NOTIFY stateChanged)
    Q_PROPERTY(bool lockedOut READ lockedOut NOTIFY tick STORED false)
    Q_PROPERTY(int lockSecondsLeft READ lockSecondsLeft NOTIFY tick STORED false)
    Q_PROPERTY(int attemptsLeft READ attemptsLeft NOTIFY tick STORED false)
    Q_PROPERTY(int uptimeSeconds READ uptimeSeconds NOTIFY tick STORED false)
    Q_PROPERTY(int contentVersion READ contentVersion NOTIFY infoChanged STORED false)
    Q_PROPERTY(QString contentTitle READ contentTitle NOTIFY infoChanged STORED false)
    Q_PROPERTY(QDateTime lastUpdate READ lastUpdate NOTIFY infoChanged STORED false)
    Q_PROPERTY(double diskFreeBytes READ diskFreeBytes NOTIFY infoChanged STORED false)
    Q_PROPERTY(double diskTotalBytes READ diskTotalBytes NOTIFY infoChanged STORED false)
    Q_PROPERTY(QString kioskId READ kioskId CONSTANT)
    Q_PROPERTY(int idleTimeout READ idleTimeout WRITE setIdleTimeout NOTIFY idleTimeoutChanged STORED false)

public:
    struct Settings
    {
        QString gestureCorner = QStringLiteral("top-left");
        int gestureTaps = 5;
        int gestureWindowSec = 3;
        int staffTimeoutSec = 120;
        QString kioskId;
        QString dataDir;   // its file system's free space is shown
    };

    StaffController(const kiosk::Clock &clock, kiosk::StaffGate &gate, kiosk::IdleMonitor &visitorMonitor,
                    VisitorSession &session, kiosk::ContentStore &store, Settings settings,
                    QObject *parent = nullptr);

    QString gestureCorner() const { return m_settings.gestureCorner; }
    bool pinPadVisible() const { return m_pinPadVisible; }
    bool staffMode() const { return m_staffMode; }
    bool pinRejected() const { return m_pinRejected; }
    bool lockedOut() const;
    int lockSecondsLeft() const;
    int attemptsLeft() const;
    int uptimeSeconds() const;
    int contentVersion() const { return m_contentVersion; }
    QString contentTitle() const { return m_contentTitle; }
    QDateTime lastUpdate() const { return m_lastUpdate; }
    double diskFreeBytes() const { return m_diskFree; }
    double diskTotalBytes() const { return m_diskTotal; }
    QString kioskId() const { return m_settings.kioskId; }
    int idleTimeout() const;
    void setIdleTimeout(int seconds);

    // One tap in the gesture corner.
    Q_INVOKABLE void cornerTapped();
    // True when the PIN opened staff mode.
    Q_INVOKABLE bool submitPin(const QString &pin);
    Q_INVOKABLE void cancelPin();
    // Asks the PIN again before a destructive action in staff mode (same lockout rules).
    Q_INVOKABLE bool confirmPin(const QString &pin);
    // Leaves staff mode (button, timeout, reset).
    Q_INVOKABLE void leave();
    Q_INVOKABLE void resetKiosk();
    Q_INVOKABLE void quit();
    Q_INVOKABLE void restart();

public Q_SLOTS:
    // Any touch while in staff mode keeps it open (connected to the ActivityFilter).
    void activity();
    void reset();

Q_SIGNALS:
    void stateChanged();
    void tick();
    void infoChanged();
    void idleTimeoutChanged();
    // The composition root ends the process (restart: systemd or a new process starts it again).
    void quitRequested();
    void restartRequested();

private:
    void setState(bool pinPad, bool staffMode, bool rejected);
    void refreshInfo();

    const kiosk::Clock &m_clock;
    kiosk::StaffGate &m_gate;
    kiosk::IdleMonitor &m_visitorMonitor;
    VisitorSession &m_session;
    kiosk::ContentStore &m_store;
    Settings m_settings;
    kiosk::IdleMonitor m_staffMonitor;
    qint64 m_startedAt;
    QVector<qint64> m_taps;
    bool m_pinPadVisible = false;
    bool m_staffMode = false;
    bool m_pinRejected = false;
    int m_contentVersion = 0;
    QString m_contentTitle;
    QDateTime m_lastUpdate;
    double m_diskFree = 0;
    double m_diskTotal = 0;
    QTimer m_ticker;
};
