// SPDX-License-Identifier: GPL-3.0-or-later
// Power cut during an update: `kioskctl import` is killed (SIGKILL, by the test-only crash point
// KIOSK_TEST_CRASH_AT) at every step of the import and at random byte offsets of the copy. After
// each kill, what the kiosk does at its next start (ContentLibrary::cleanUp, then open the active
// version) must find exactly the old or the new version, complete and verified, and no staging.
#include "TestContent.h"
#include "TestPacks.h"
#include "content/ContentStore.h"
#include "update/ContentLibrary.h"
#include "update/PackFormat.h"
#include "update/PackInspector.h"
#include "update/VersionVerifier.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace kiosk;

class TestPackImportFaults : public QObject
{
    Q_OBJECT

    QTemporaryDir m_work;
    QString m_pack, m_publicKey;
    qint64 m_packBytes = 0;
    QStringList m_newMedia;

    struct Run
    {
        bool killed = false;
        int exitCode = 0;
        QByteArray output;
    };

    // One `kioskctl import` into dataDir, with the crash point set (or none).
    Run import(const QString &dataDir, const QByteArray &crashAt)
    {
        return kioskctl({QStringLiteral("--data-dir"), dataDir, QStringLiteral("import"), m_pack, QStringLiteral("--yes"),
                         QStringLiteral("--pubkey"), m_publicKey},
                        crashAt);
    }

    static Run kioskctl(const QStringList &arguments, const QByteArray &crashAt)
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        if (!crashAt.isEmpty())
            environment.insert(QStringLiteral("KIOSK_TEST_CRASH_AT"), QString::fromLatin1(crashAt));
        process.setProcessEnvironment(environment);
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(QStringLiteral(KIOSK_KIOSKCTL), arguments);
        process.closeWriteChannel();
        Run run;
        if (!process.waitForFinished(120000))
            qFatal("kioskctl did not finish");
        run.killed = process.exitStatus() == QProcess::CrashExit;
        run.exitCode = process.exitCode();
        run.output = process.readAll();
        return run;
    }

    // A data directory whose active content is version 1 (as many times as `installs`: the last
    // active, the one before it previous).
    static QString seededDataDir(const QString &dataDir, int installs = 1)
    {
        ContentLibrary library(dataDir + QStringLiteral("/content"));
        const QString staged = library.stagingDir() + QStringLiteral("/seed");
        QString error;
        for (int i = 0; i < installs; ++i) {
            if (!test::writeSmallContent(staged, 1) || !library.install(staged, 1, &error))
                qFatal("cannot seed: %s", qPrintable(error));
        }
        return dataDir;
    }

    // What the next start finds: returns the active version after the start-up housekeeping.
    int checkNextStart(const QString &dataDir)
    {
        ContentLibrary library(dataDir + QStringLiteral("/content"));
        library.cleanUp();
        const QString staging = library.stagingDir();
        if (QFileInfo::exists(staging) && !QDir(staging).isEmpty())
            qWarning("staging left after the start-up clean-up");
        const QString active = library.activeDir();
        const int version = ContentLibrary::versionOf(active);
        const QString problem = VersionVerifier::verify(active, version, version == 2 ? m_newMedia : QStringList());
        if (!problem.isEmpty()) {
            qWarning().noquote() << "active version" << version << "is not complete:" << problem;
            return -1;
        }
        ContentStore store;
        if (!store.open(active)) {
            qWarning().noquote() << "active version does not open:" << store.errorString();
            return -1;
        }
        // Only the active version and at most one previous version are kept.
        if (QDir(dataDir + QStringLiteral("/content/versions")).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size() > 2)
            qWarning("more than two versions kept");
        return version;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const test::TestKey key = test::makeKey();
        m_publicKey = m_work.filePath(QStringLiteral("trusted.pub"));
        QFile pub(m_publicKey);
        QVERIFY(pub.open(QIODevice::WriteOnly));
        pub.write(key.publicKey.toFile());
        pub.close();
        const QString source = m_work.filePath(QStringLiteral("source"));
        QVERIFY(test::writePackSource(source, 2));
        m_pack = m_work.filePath(QStringLiteral("stick/") + PackFormat::folderName);
        QVERIFY(test::writePack(source, m_pack, key.secret));
        const PackInfo info = PackInspector({key.publicKey}, PackLimits{}).inspect(m_pack);
        QVERIFY2(info.ok(), qPrintable(info.error.toString()));
        m_packBytes = info.manifest.totalBytes();
        for (const ManifestFile &file : info.manifest.files) {
            if (file.path.startsWith(QLatin1String("media/")))
                m_newMedia << file.path;
        }
    }

    void killedAtEachStep_data()
    {
        QTest::addColumn<QByteArray>("crashAt");
        QTest::addColumn<int>("expected"); // 0: old or new

        // Named steps, in order (PackImporter, ContentLibrary::install).
        QTest::newRow("locked") << QByteArray("locked") << 1;
        QTest::newRow("copied") << QByteArray("copied") << 1;
        QTest::newRow("built") << QByteArray("built") << 1;
        QTest::newRow("verified") << QByteArray("verified") << 1;
        QTest::newRow("install-moved") << QByteArray("install-moved") << 1;
        QTest::newRow("install-previous") << QByteArray("install-previous") << 1;
        QTest::newRow("installed") << QByteArray("installed") << 2;
        // Random byte offsets of the copy (the seed is printed so a failure can be replayed).
        const quint32 seed = QRandomGenerator::global()->generate();
        qInfo("random byte offsets from seed %u", seed);
        QRandomGenerator random(seed);
        for (int i = 0; i < 16; ++i) {
            const qint64 offset = random.bounded(qint64(1), m_packBytes);
            QTest::addRow("byte %lld", offset) << QByteArray("bytes:") + QByteArray::number(offset) << 1;
        }
    }

    void killedAtEachStep()
    {
        QFETCH(QByteArray, crashAt);
        QFETCH(int, expected);
        QTemporaryDir dataDir;
        seededDataDir(dataDir.path());
        const Run run = import(dataDir.path(), crashAt);
        QVERIFY2(run.killed, run.output.constData());
        QCOMPARE(checkNextStart(dataDir.path()), expected);

        // The kiosk recovers: the same import, run again after the "restart", completes.
        const Run again = import(dataDir.path(), {});
        if (expected == 2) {
            QVERIFY2(!again.killed && again.exitCode != 0, again.output.constData()); // already installed: a replay
        } else {
            QVERIFY2(!again.killed && again.exitCode == 0, again.output.constData());
            QCOMPARE(checkNextStart(dataDir.path()), 2);
        }
    }

    // Cut between the two links of the switch (`previous` already moved): the next start puts the
    // pair back as it was, so that the way back (the version before the active one) is not lost.
    void killedBetweenTheLinksKeepsTheWayBack_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::addColumn<QByteArray>("crashAt");
        QTest::newRow("import") << QStringList{QStringLiteral("import"), QStringLiteral("--yes")}
                                << QByteArray("install-previous");
        QTest::newRow("rollback") << QStringList{QStringLiteral("rollback")} << QByteArray("rollback-previous");
    }

    void killedBetweenTheLinksKeepsTheWayBack()
    {
        QFETCH(QStringList, command);
        QFETCH(QByteArray, crashAt);
        QTemporaryDir dataDir;
        seededDataDir(dataDir.path(), 2);
        ContentLibrary library(dataDir.path() + QStringLiteral("/content"));
        const QString active = library.activeDir(), previous = library.previousDir();
        QStringList arguments{QStringLiteral("--data-dir"), dataDir.path()};
        arguments << command;
        if (command.first() == QLatin1String("import"))
            arguments << m_pack << QStringLiteral("--pubkey") << m_publicKey;
        const Run run = kioskctl(arguments, crashAt);
        QVERIFY2(run.killed, run.output.constData());
        QCOMPARE(checkNextStart(dataDir.path()), 1);
        QCOMPARE(library.activeDir(), active);
        QCOMPARE(library.previousDir(), previous);
    }

    // An import killed mid-copy leaves its staging folder behind; the next import clears it before
    // checking the free space (a technician retrying at once, with no kiosk restart between).
    void theNextImportClearsALeftover()
    {
        QTemporaryDir dataDir;
        seededDataDir(dataDir.path());
        QVERIFY(import(dataDir.path(), "copied").killed);
        const QString staging = dataDir.path() + QStringLiteral("/content/staging");
        QVERIFY(!QDir(staging).isEmpty());
        const Run again = import(dataDir.path(), {});
        QVERIFY2(again.exitCode == 0, again.output.constData());
        QVERIFY(!QFileInfo::exists(staging) || QDir(staging).isEmpty());
        QCOMPARE(checkNextStart(dataDir.path()), 2);
    }

    // The kiosk cannot remember the version it accepts (state.ini cannot be written): the import is
    // refused and the old version stays active, rather than an update that replay protection forgot.
    void anUnrecordedVersionIsNotInstalled()
    {
        QTemporaryDir dataDir;
        seededDataDir(dataDir.path());
        QVERIFY(QDir().mkpath(dataDir.path() + QStringLiteral("/state.ini")));   // a folder: QSettings cannot write it
        const Run run = import(dataDir.path(), {});
        QVERIFY2(!run.killed && run.exitCode != 0, run.output.constData());
        QVERIFY2(run.output.contains("erreur de lecture ou d'écriture"), run.output.constData());
        QCOMPARE(checkNextStart(dataDir.path()), 1);
    }
};

QTEST_GUILESS_MAIN(TestPackImportFaults)
#include "tst_packimport_faults.moc"
