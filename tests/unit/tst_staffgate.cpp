// SPDX-License-Identifier: GPL-3.0-or-later
// StaffGate: salted PIN hashes (libsodium) and the lockout after too many wrong PINs (fake clock).
#include "FakeClock.h"
#include "kiosk/Config.h"
#include "kiosk/StaffGate.h"

#include <QTest>

using kiosk::StaffGate;
using Result = StaffGate::Result;

class TestStaffGate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hashesAreSaltedAndVerify()
    {
        const QString first = StaffGate::hashPin(QStringLiteral("1357"));
        const QString second = StaffGate::hashPin(QStringLiteral("1357"));
        QVERIFY(first.startsWith(QLatin1String("$argon2id$")));
        QVERIFY(first != second);   // salted
        QVERIFY(StaffGate::verify(first, QStringLiteral("1357")));
        QVERIFY(StaffGate::verify(second, QStringLiteral("1357")));
        QVERIFY(!StaffGate::verify(first, QStringLiteral("1358")));
        QVERIFY(!StaffGate::verify(QStringLiteral("not a hash"), QStringLiteral("1357")));
        QVERIFY(!StaffGate::verify(QString(), QString()));
    }

    void theShippedDemoHashIsTheDocumentedPin()
    {
        QVERIFY(StaffGate::verify(QString::fromLatin1(kiosk::Config::kDemoPinHash), QStringLiteral("2468")));
    }

    void pinShape()
    {
        QVERIFY(StaffGate::isWellFormedPin(QStringLiteral("2468")));
        QVERIFY(StaffGate::isWellFormedPin(QStringLiteral("12345678")));
        QVERIFY(!StaffGate::isWellFormedPin(QStringLiteral("123")));
        QVERIFY(!StaffGate::isWellFormedPin(QStringLiteral("123456789")));
        QVERIFY(!StaffGate::isWellFormedPin(QStringLiteral("12a4")));
        QVERIFY(!StaffGate::isWellFormedPin(QStringLiteral("١٢٣٤")));   // other digits: not on the pad
    }

    void fiveWrongPinsLockForFiveMinutes()
    {
        kiosk::test::FakeClock clock;
        StaffGate gate(clock, QString::fromLatin1(kiosk::Config::kDemoPinHash), {5, 300});
        for (int attempt = 1; attempt <= 4; ++attempt) {
            QCOMPARE(gate.tryPin(QStringLiteral("0000")), Result::Rejected);
            QCOMPARE(gate.attemptsLeft(), 5 - attempt);
        }
        QCOMPARE(gate.tryPin(QStringLiteral("0000")), Result::LockedOut);
        QVERIFY(gate.isLockedOut());
        QCOMPARE(gate.lockoutSecondsLeft(), 300);
        QCOMPARE(gate.attemptsLeft(), 0);
        // Even the right PIN is refused (and not checked) while locked.
        QCOMPARE(gate.tryPin(QStringLiteral("2468")), Result::LockedOut);
        clock.advance(299 * 1000);
        QCOMPARE(gate.lockoutSecondsLeft(), 1);
        QCOMPARE(gate.tryPin(QStringLiteral("2468")), Result::LockedOut);
        clock.advance(1000);
        QVERIFY(!gate.isLockedOut());
        QCOMPARE(gate.attemptsLeft(), 5);
        QCOMPARE(gate.tryPin(QStringLiteral("2468")), Result::Accepted);
    }

    void successClearsTheFailures()
    {
        kiosk::test::FakeClock clock;
        StaffGate gate(clock, QString::fromLatin1(kiosk::Config::kDemoPinHash), {5, 300});
        for (int attempt = 0; attempt < 4; ++attempt)
            QCOMPARE(gate.tryPin(QStringLiteral("1111")), Result::Rejected);
        QCOMPARE(gate.tryPin(QStringLiteral("2468")), Result::Accepted);
        QCOMPARE(gate.attemptsLeft(), 5);
        QCOMPARE(gate.tryPin(QStringLiteral("1111")), Result::Rejected);
        QVERIFY(!gate.isLockedOut());
    }
};

QTEST_GUILESS_MAIN(TestStaffGate)
#include "tst_staffgate.moc"
