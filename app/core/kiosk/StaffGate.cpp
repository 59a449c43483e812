// SPDX-License-Identifier: GPL-3.0-or-later
#include "StaffGate.h"

#include "Clock.h"
#include "Logging.h"

#include <QtMath>

#include <sodium.h>

#include <algorithm>

namespace kiosk {
namespace {

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

} // namespace

StaffGate::StaffGate(const Clock &clock, const QString &pinHash, Policy policy)
    : m_clock(clock)
    , m_pinHash(pinHash)
    , m_policy(policy)
{
}

bool StaffGate::isWellFormedPin(const QString &pin)
{
    return pin.size() >= 4 && pin.size() <= 8
           && std::all_of(pin.cbegin(), pin.cend(), [](QChar ch) { return ch >= QLatin1Char('0') && ch <= QLatin1Char('9'); });
}

QString StaffGate::hashPin(const QString &pin)
{
    if (!sodiumReady())
        return {};
    const QByteArray utf8 = pin.toUtf8();
    char hash[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(hash, utf8.constData(), quint64(utf8.size()), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE)
        != 0)
        return {};   // out of memory
    return QString::fromLatin1(hash);
}

bool StaffGate::verify(const QString &pinHash, const QString &pin)
{
    const QByteArray hash = pinHash.toLatin1();
    const QByteArray utf8 = pin.toUtf8();
    if (!sodiumReady() || hash.size() >= crypto_pwhash_STRBYTES)
        return false;
    return crypto_pwhash_str_verify(hash.constData(), utf8.constData(), quint64(utf8.size())) == 0;
}

StaffGate::Result StaffGate::tryPin(const QString &pin)
{
    if (isLockedOut()) {
        qCWarning(lcStaff).noquote() << QStringLiteral("staff login result=locked seconds_left=%1").arg(lockoutSecondsLeft());
        return Result::LockedOut;
    }
    if (verify(m_pinHash, pin)) {
        m_failures = 0;
        qCInfo(lcStaff).noquote() << "staff login result=success";
        return Result::Accepted;
    }
    ++m_failures;
    if (m_failures >= m_policy.maxAttempts) {
        m_failures = 0;
        m_lockedUntil = m_clock.monotonicMs() + qint64(m_policy.lockoutSec) * 1000;
        qCWarning(lcStaff).noquote() << QStringLiteral("staff login result=failure attempts=%1 lockout_s=%2")
                                            .arg(m_policy.maxAttempts)
                                            .arg(m_policy.lockoutSec);
        return Result::LockedOut;
    }
    qCWarning(lcStaff).noquote() << QStringLiteral("staff login result=failure attempts=%1").arg(m_failures);
    return Result::Rejected;
}

bool StaffGate::isLockedOut() const
{
    return m_lockedUntil >= 0 && m_clock.monotonicMs() < m_lockedUntil;
}

int StaffGate::lockoutSecondsLeft() const
{
    return isLockedOut() ? int(qCeil(double(m_lockedUntil - m_clock.monotonicMs()) / 1000.0)) : 0;
}

int StaffGate::attemptsLeft() const
{
    return isLockedOut() ? 0 : m_policy.maxAttempts - m_failures;
}

} // namespace kiosk
