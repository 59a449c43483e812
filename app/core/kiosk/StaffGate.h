// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QString>

namespace kiosk {

class Clock;

// Checks the staff PIN against the salted hash from kiosk.ini (libsodium crypto_pwhash_str, argon2id)
// and locks the pad after too many wrong PINs. Time comes from the injected Clock.
class StaffGate
{
public:
    enum class Result { Accepted, Rejected, LockedOut };

    struct Policy
    {
        int maxAttempts = 5;
        int lockoutSec = 300;
    };

    StaffGate(const Clock &clock, const QString &pinHash, Policy policy);

    // A PIN is 4 to 8 digits.
    static bool isWellFormedPin(const QString &pin);
    // A new salted hash of pin (slow on purpose: about 0.1 s); "" if hashing failed.
    static QString hashPin(const QString &pin);
    static bool verify(const QString &pinHash, const QString &pin);

    // While locked out, no PIN is checked at all. Logs the result (kiosk.staff).
    Result tryPin(const QString &pin);
    bool isLockedOut() const;
    int lockoutSecondsLeft() const;
    int attemptsLeft() const;

private:
    const Clock &m_clock;
    QString m_pinHash;
    Policy m_policy;
    int m_failures = 0;
    qint64 m_lockedUntil = -1;
};

} // namespace kiosk
