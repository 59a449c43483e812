// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "OpeningHours.h"

#include <QString>
#include <QStringList>

namespace kiosk {

// The kiosk's configuration (kiosk.ini, documented key by key in kiosk-config/kiosk.ini). Every
// value is checked: a missing key takes its default silently; a bad value is logged (kiosk.config),
// listed in problems() in plain French and replaced by its default. Loading never fails.
struct Config
{
    // The demo PIN 2468 (docs: change it with `kioskctl pin set`).
    static constexpr const char *kDemoPinHash =
        "$argon2id$v=19$m=65536,t=2,p=1$MJzqGozZ0NQpilCuRfoZEQ$JmCX41p9ljs35LNycJo+VNKqlp9yX6lc1COJ2f0wT+U";

    // [idle]
    int idleTimeoutSec = 90;
    int warningSec = 10;
    int videoActivityLimitSec = 600;   // 0: a playing video never counts as activity
    // [attract]
    int attractSlideSec = 8;
    bool attractJobs = true;
    bool attractFigures = true;
    bool attractInterviews = true;
    // [display]
    QString language = QStringLiteral("fr");
    bool largeText = false;
    bool highContrast = false;
    bool cursorVisible = false;
    // [audio] percentages
    int volume = 70;
    int volumeCap = 80;
    // [staff]
    QString pinHash = QString::fromLatin1(kDemoPinHash);
    QString gestureCorner = QStringLiteral("top-left");
    int gestureTaps = 5;
    int gestureWindowSec = 3;
    int staffTimeoutSec = 120;
    int pinAttempts = 5;
    int pinLockoutSec = 300;
    // [hours]
    OpeningHours hours;
    int dimPercent = 20;   // brightness left outside opening hours
    // [update]
    QStringList trustedKeys = {QStringLiteral("/etc/kiosk/keys")};
    QStringList mountRoots = {QStringLiteral("/media"), QStringLiteral("/run/media"), QStringLiteral("/mnt")};
    QString inbox;   // empty: <data dir>/inbox
    bool autoApply = false;   // install a newer valid pack without waiting for staff
    // [kiosk]
    QString kioskId = QStringLiteral("kiosque");
    // Past this resident memory (MiB), read when nobody is using the kiosk, it restarts itself
    // (MemoryGuard): a slow leak in a library never becomes a kiosk out of memory. 0: never.
    int restartAboveMib = 768;
    static constexpr int kLeastRestartMib = 384;   // below, a kiosk could restart again and again

    // Where the file was read from ("" = built-in defaults) and what was wrong in it.
    QString source;
    QStringList problems;

    // --config FILE if given; else /etc/kiosk/kiosk.ini if it exists; else <dataDir>/kiosk.ini if it
    // exists; else "" (built-in defaults).
    static QString locate(const QString &explicitFile, const QString &dataDir);
    // Reads file ("" = defaults only). A file given but missing or unreadable is a problem too.
    static Config load(const QString &file);

    QString inboxDir(const QString &dataDir) const;
    bool usesDemoPin() const { return pinHash == QLatin1String(kDemoPinHash); }
};

} // namespace kiosk
