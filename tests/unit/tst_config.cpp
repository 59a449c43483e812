// SPDX-License-Identifier: GPL-3.0-or-later
// Config: every key read and checked; a bad value is reported and replaced by its default, never a
// crash. Also the shipped kiosk-config/kiosk.ini, opening hours, in-place ini edits, single instance.
#include "kiosk/Config.h"
#include "kiosk/IniEditor.h"
#include "kiosk/OpeningHours.h"
#include "kiosk/SingleInstance.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using kiosk::Config;

class TestConfig : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &text)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(text) != text.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

private Q_SLOTS:
    void noFileMeansDefaults()
    {
        const Config config = Config::load(QString());
        QVERIFY(config.problems.isEmpty());
        QCOMPARE(config.idleTimeoutSec, 90);
        QCOMPARE(config.warningSec, 10);
        QCOMPARE(config.language, QStringLiteral("fr"));
        QVERIFY(!config.cursorVisible);
        QVERIFY(config.usesDemoPin());
        QVERIFY(config.hours.isAlwaysOpen());
        QCOMPARE(config.mountRoots,
                 QStringList({QStringLiteral("/media"), QStringLiteral("/run/media"), QStringLiteral("/mnt")}));
        QCOMPARE(config.inboxDir(QStringLiteral("/var/lib/kiosk")), QStringLiteral("/var/lib/kiosk/inbox"));
    }

    void theShippedFileIsValidAndMatchesTheDefaults()
    {
        const Config shipped = Config::load(qEnvironmentVariable("KIOSK_SOURCE_DIR") + QStringLiteral("/kiosk-config/kiosk.ini"));
        QVERIFY2(shipped.problems.isEmpty(), qPrintable(shipped.problems.join(QLatin1Char('\n'))));
        const Config defaults;
        QCOMPARE(shipped.idleTimeoutSec, defaults.idleTimeoutSec);
        QCOMPARE(shipped.warningSec, defaults.warningSec);
        QCOMPARE(shipped.videoActivityLimitSec, defaults.videoActivityLimitSec);
        QCOMPARE(shipped.attractSlideSec, defaults.attractSlideSec);
        QCOMPARE(shipped.volume, defaults.volume);
        QCOMPARE(shipped.volumeCap, defaults.volumeCap);
        QCOMPARE(shipped.pinHash, defaults.pinHash);
        QCOMPARE(shipped.gestureTaps, defaults.gestureTaps);
        QCOMPARE(shipped.staffTimeoutSec, defaults.staffTimeoutSec);
        QCOMPARE(shipped.trustedKeys, defaults.trustedKeys);
        QCOMPARE(shipped.mountRoots, defaults.mountRoots);
        QCOMPARE(shipped.autoApply, defaults.autoApply);
        QCOMPARE(shipped.kioskId, defaults.kioskId);
        QCOMPARE(shipped.restartAboveMib, defaults.restartAboveMib);
        QVERIFY(shipped.hours.isAlwaysOpen());
    }

    void goodValuesAreRead()
    {
        const Config config = Config::load(write(QStringLiteral("good.ini"), R"(
; a comment
# another comment
[idle]
timeout = 5
warning = 3
video_limit = 0
[display]
language = en
large_text = oui
high_contrast = true
cursor_visible = 1
[audio]
volume = 95
volume_cap = 60
[staff]
pin_hash = "$argon2id$v=19$m=65536,t=2,p=1$abc$def"
gesture_corner = bottom-right
gesture_taps = 7
[hours]
open = 08:30-18:00
days = lun-ven
[update]
mount_roots = /srv/usb, /media
inbox = /srv/inbox
auto_apply = oui
[kiosk]
id = cdi-lycee_2
restart_above_mib = 0
)"));
        QVERIFY2(config.problems.isEmpty(), qPrintable(config.problems.join(QLatin1Char('\n'))));
        QCOMPARE(config.idleTimeoutSec, 5);
        QCOMPARE(config.warningSec, 3);
        QCOMPARE(config.videoActivityLimitSec, 0);
        QCOMPARE(config.language, QStringLiteral("en"));
        QVERIFY(config.largeText && config.highContrast && config.cursorVisible);
        QCOMPARE(config.volumeCap, 60);
        QCOMPARE(config.volume, 60);   // capped
        QCOMPARE(config.pinHash, QStringLiteral("$argon2id$v=19$m=65536,t=2,p=1$abc$def"));
        QCOMPARE(config.gestureCorner, QStringLiteral("bottom-right"));
        QCOMPARE(config.gestureTaps, 7);
        QVERIFY(!config.hours.isAlwaysOpen());
        QCOMPARE(config.mountRoots, QStringList({QStringLiteral("/srv/usb"), QStringLiteral("/media")}));
        QCOMPARE(config.inboxDir(QStringLiteral("/x")), QStringLiteral("/srv/inbox"));
        QVERIFY(config.autoApply);
        QCOMPARE(config.kioskId, QStringLiteral("cdi-lycee_2"));
        QCOMPARE(config.restartAboveMib, 0);
    }

    void badValuesFallBackToDefaults_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("not a number") << QByteArray("[idle]\ntimeout = abc\n");
        QTest::newRow("too small") << QByteArray("[idle]\ntimeout = 1\n");
        QTest::newRow("too large") << QByteArray("[idle]\ntimeout = 99999999999999\n");
        QTest::newRow("negative warning") << QByteArray("[idle]\nwarning = -4\n");
        QTest::newRow("boolean") << QByteArray("[display]\ncursor_visible = peut-être\n");
        QTest::newRow("language") << QByteArray("[display]\nlanguage = de\n");
        QTest::newRow("empty pin hash") << QByteArray("[staff]\npin_hash =\n");
        QTest::newRow("plain pin") << QByteArray("[staff]\npin_hash = 1234\n");
        QTest::newRow("corner") << QByteArray("[staff]\ngesture_corner = middle\n");
        QTest::newRow("hours") << QByteArray("[hours]\nopen = 18:00-08:00\n");
        QTest::newRow("days") << QByteArray("[hours]\ndays = lundi-funday\n");
        QTest::newRow("relative path") << QByteArray("[update]\nmount_roots = media\n");
        QTest::newRow("kiosk id") << QByteArray("[kiosk]\nid = a b/c\n");
        QTest::newRow("restart bound too low") << QByteArray("[kiosk]\nrestart_above_mib = 100\n");
        QTest::newRow("unknown key") << QByteArray("[idle]\ntimout = 30\n");
        QTest::newRow("binary junk") << QByteArray("\x01\x02[\xff\xfe]\n=\n\0\n", 12);
    }

    void badValuesFallBackToDefaults()
    {
        QFETCH(QByteArray, text);
        const Config config = Config::load(write(QStringLiteral("bad.ini"), text));
        QVERIFY(!config.problems.isEmpty());
        const Config defaults;
        QCOMPARE(config.idleTimeoutSec, defaults.idleTimeoutSec);
        QCOMPARE(config.warningSec, defaults.warningSec);
        QCOMPARE(config.cursorVisible, defaults.cursorVisible);
        QCOMPARE(config.language, defaults.language);
        QCOMPARE(config.pinHash, defaults.pinHash);
        QCOMPARE(config.gestureCorner, defaults.gestureCorner);
        QVERIFY(config.hours.isAlwaysOpen());
        QCOMPARE(config.mountRoots, defaults.mountRoots);
        QCOMPARE(config.kioskId, defaults.kioskId);
        QCOMPARE(config.restartAboveMib, defaults.restartAboveMib);
    }

    void problemsAreInFrenchAndNameTheKey()
    {
        const Config config = Config::load(write(QStringLiteral("one.ini"), "[idle]\ntimeout = abc\n"));
        QCOMPARE(config.problems.size(), 1);
        QVERIFY2(config.problems[0].contains(QLatin1String("[idle] timeout")), qPrintable(config.problems[0]));
        QVERIFY(config.problems[0].contains(QStringLiteral("valeur par défaut « 90 »")));
    }

    void missingFileIsAProblem()
    {
        const Config config = Config::load(m_dir.filePath(QStringLiteral("absent.ini")));
        QCOMPARE(config.problems.size(), 1);
        QCOMPARE(config.idleTimeoutSec, 90);
    }

    void locateOrder()
    {
        QCOMPARE(Config::locate(QStringLiteral("/x/given.ini"), m_dir.path()), QStringLiteral("/x/given.ini"));
        if (QFile::exists(QStringLiteral("/etc/kiosk/kiosk.ini")))
            QSKIP("an installed /etc/kiosk/kiosk.ini takes precedence on this machine");
        QTemporaryDir data;
        QCOMPARE(Config::locate(QString(), data.path()), QString());
        write(QStringLiteral("kiosk.ini"), "");
        QCOMPARE(Config::locate(QString(), m_dir.path()), m_dir.filePath(QStringLiteral("kiosk.ini")));
    }

    void openingHours()
    {
        kiosk::OpeningHours hours;
        QVERIFY(kiosk::OpeningHours::parse(QStringLiteral("08:30-18:00"), QStringLiteral("lun-ven"), &hours));
        const QDate monday(2026, 1, 5);
        QVERIFY(!hours.isOpen(QDateTime(monday, QTime(8, 29))));
        QVERIFY(hours.isOpen(QDateTime(monday, QTime(8, 30))));
        QVERIFY(hours.isOpen(QDateTime(monday, QTime(17, 59))));
        QVERIFY(!hours.isOpen(QDateTime(monday, QTime(18, 0))));
        QVERIFY(!hours.isOpen(QDateTime(monday.addDays(5), QTime(10, 0))));   // Saturday
        QVERIFY(kiosk::OpeningHours::parse(QString(), QStringLiteral("ven-lun"), &hours));   // wraps
        QVERIFY(hours.isOpen(QDateTime(monday.addDays(6), QTime(3, 0))));
        QVERIFY(!hours.isOpen(QDateTime(monday.addDays(2), QTime(12, 0))));
        QVERIFY(kiosk::OpeningHours::parse(QString(), QStringLiteral("mer, sam"), &hours));
        QVERIFY(hours.isOpen(QDateTime(monday.addDays(2), QTime(12, 0))));
        QVERIFY(!kiosk::OpeningHours::parse(QStringLiteral("8h-18h"), QString(), &hours));
        QVERIFY(!kiosk::OpeningHours::parse(QString(), QStringLiteral("lun-mar-mer"), &hours));
    }

    void iniEditKeepsCommentsAndReadsBack()
    {
        const QString path = write(QStringLiteral("edit.ini"),
                                   "; documentation\n[idle]\n; the delay\ntimeout = 60\n\n[staff]\n"
                                   "; the PIN\npin_hash = \"old\"\n; trailing comment\n\n[kiosk]\nid = x\n");
        QString error;
        const QString hash = QStringLiteral("$argon2id$v=19$m=65536,t=2,p=1$salt$hash");
        QVERIFY2(kiosk::setIniValue(path, QStringLiteral("staff"), QStringLiteral("pin_hash"), hash, &error),
                 qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY(text.contains(QLatin1String("; documentation")));
        QVERIFY(text.contains(QLatin1String("; trailing comment")));
        QVERIFY(!text.contains(QLatin1String("\"old\"")));
        QCOMPARE(QSettings(path, QSettings::IniFormat).value(QStringLiteral("staff/pin_hash")).toString(), hash);
        QCOMPARE(QSettings(path, QSettings::IniFormat).value(QStringLiteral("idle/timeout")).toInt(), 60);

        // A missing group and key are added; a missing file is created.
        const QString fresh = m_dir.filePath(QStringLiteral("fresh.ini"));
        QVERIFY(kiosk::setIniValue(fresh, QStringLiteral("staff"), QStringLiteral("pin_hash"), hash, &error));
        QVERIFY(kiosk::setIniValue(path, QStringLiteral("hours"), QStringLiteral("dim"), QStringLiteral("30"), &error));
        QCOMPARE(QSettings(fresh, QSettings::IniFormat).value(QStringLiteral("staff/pin_hash")).toString(), hash);
        QCOMPARE(QSettings(path, QSettings::IniFormat).value(QStringLiteral("hours/dim")).toInt(), 30);
        QCOMPARE(Config::load(path).pinHash, hash);
    }

    void secondInstanceIsRefused()
    {
        QTemporaryDir data;
        kiosk::SingleInstance first(data.path());
        QString message;
        QVERIFY(first.acquire(&message));
        kiosk::SingleInstance second(data.path());
        QVERIFY(!second.acquire(&message));
        QVERIFY2(message.contains(QStringLiteral("déjà lancé")), qPrintable(message));
        first.release();
        QVERIFY(second.acquire(&message));
    }
};

QTEST_GUILESS_MAIN(TestConfig)
#include "tst_config.moc"
