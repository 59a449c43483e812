// SPDX-License-Identifier: GPL-3.0-or-later
// UpdateController: what staff see of a pack, the import in a worker thread with the content
// reopened in place (no restart), the rollback, and a switch made by kioskctl noticed.
#include "FakeClock.h"
#include "TestContent.h"
#include "TestPacks.h"
#include "UpdateController.h"
#include "content/ContentStore.h"
#include "update/ContentLibrary.h"
#include "update/PackFormat.h"
#include "update/UpdateState.h"
#include "update/VolumeWatcher.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace kiosk;

class TestUpdateController : public QObject
{
    Q_OBJECT

    QTemporaryDir m_work;
    test::TestKey m_key;
    QString m_pack; // a valid pack at version 2

    // A running kiosk: content version 1 open, nothing watched (packs are handed over directly).
    struct Kiosk
    {
        QTemporaryDir dir;
        ContentLibrary library{dir.filePath(QStringLiteral("content"))};
        UpdateState state{dir.filePath(QStringLiteral("state.ini"))};
        ContentStore store;
        VolumeWatcher watcher{{}, {}};
        test::FakeClock clock;
        std::unique_ptr<PackInspector> inspector;
        std::unique_ptr<UpdateController> controller;

        Kiosk(const minisign::PublicKey &key, bool autoApply = false)
        {
            const QString staged = library.stagingDir() + QStringLiteral("/seed");
            QString error;
            if (!test::writeSmallContent(staged, 1) || !library.install(staged, 1, &error) || !store.open(library.activeDir()))
                qFatal("cannot seed the kiosk: %s", qPrintable(error));
            inspector = std::make_unique<PackInspector>(QList<minisign::PublicKey>{key}, PackLimits{});
            controller = std::make_unique<UpdateController>(store, library, state, *inspector, watcher, clock,
                                                            UpdateController::Settings{autoApply});
        }
    };

private Q_SLOTS:
    void initTestCase()
    {
        m_key = test::makeKey();
        const QString source = m_work.filePath(QStringLiteral("source"));
        QVERIFY(test::writePackSource(source, 2));
        m_pack = m_work.filePath(QStringLiteral("stick/") + PackFormat::folderName);
        QVERIFY(test::writePack(source, m_pack, m_key.secret));
    }

    void showsAFoundPackAndInstallsItInPlace()
    {
        Kiosk kiosk(m_key.publicKey);
        UpdateController &controller = *kiosk.controller;
        QCOMPARE(controller.state(), UpdateController::Idle);
        QCOMPARE(controller.activeVersion(), 1);

        controller.packsChanged({m_pack});
        QCOMPARE(controller.state(), UpdateController::Available);
        QVERIFY2(controller.headline().startsWith(QStringLiteral("Mise à jour disponible : version 2, ")),
                 qPrintable(controller.headline()));
        QVERIFY(controller.headline().contains(QStringLiteral("1 fiche, 1 vidéo, ")));
        QVERIFY(!controller.needsForce());

        QSignalSpy reopened(&kiosk.store, &ContentStore::reopened);
        controller.apply();
        QCOMPARE(controller.state(), UpdateController::Importing);
        QTRY_COMPARE_WITH_TIMEOUT(controller.state(), UpdateController::Succeeded, 60000);
        QCOMPARE(reopened.size(), 1);
        QCOMPARE(kiosk.store.info().version, 2);
        QCOMPARE(controller.activeVersion(), 2);
        QCOMPARE(controller.previousVersion(), 1);
        QCOMPARE(controller.progress(), 1.0);

        // The same pack now is a replay: staff must choose it explicitly.
        controller.dismiss();
        controller.packsChanged({m_pack});
        QCOMPARE(controller.state(), UpdateController::Available);
        QVERIFY(controller.needsForce());
        controller.apply(false);
        QCOMPARE(controller.state(), UpdateController::Available); // nothing happens without force

        // One-tap rollback, content reopened in place.
        controller.rollback();
        QCOMPARE(controller.state(), UpdateController::Succeeded);
        QCOMPARE(kiosk.store.info().version, 1);
        QCOMPARE(reopened.size(), 2);
    }

    void refusedPackIsShownToStaffOnly()
    {
        Kiosk kiosk(test::makeKey().publicKey); // the pack's key is not trusted here
        kiosk.controller->packsChanged({m_pack});
        QCOMPARE(kiosk.controller->state(), UpdateController::Refused);
        QCOMPARE(kiosk.controller->message(), refusalMessage(PackRefusal::UnknownKey));
        kiosk.controller->apply(true);
        QCOMPARE(kiosk.controller->state(), UpdateController::Refused);
        kiosk.controller->packsChanged({});
        QCOMPARE(kiosk.controller->state(), UpdateController::Idle);
    }

    void appliesByItselfWhenConfigured()
    {
        Kiosk kiosk(m_key.publicKey, true);
        kiosk.controller->packsChanged({m_pack});
        QTRY_COMPARE_WITH_TIMEOUT(kiosk.controller->state(), UpdateController::Succeeded, 60000);
        QCOMPARE(kiosk.store.info().version, 2);

        // Nobody dismisses the outcome on such a kiosk: the inbox's next pack is applied all the same.
        kiosk.controller->packsChanged({});
        QCOMPARE(kiosk.controller->state(), UpdateController::Succeeded);
        const QString source = m_work.filePath(QStringLiteral("source-3"));
        const QString next = m_work.filePath(QStringLiteral("inbox/") + PackFormat::folderName);
        QVERIFY(test::writePackSource(source, 3));
        QVERIFY(test::writePack(source, next, m_key.secret));
        kiosk.controller->packsChanged({next});
        QTRY_COMPARE_WITH_TIMEOUT(kiosk.controller->state(), UpdateController::Succeeded, 60000);
        QCOMPARE(kiosk.store.info().version, 3);
    }

    void noticesASwitchMadeByKioskctl()
    {
        Kiosk kiosk(m_key.publicKey);
        const QString staged = kiosk.library.stagingDir() + QStringLiteral("/other");
        QVERIFY(test::writeSmallContent(staged, 5));
        QString error;
        QSignalSpy reopened(&kiosk.store, &ContentStore::reopened);
        QVERIFY(kiosk.library.install(staged, 5, &error)); // as `kioskctl import` would, from outside
        QTRY_COMPARE(reopened.size(), 1);
        QCOMPARE(kiosk.store.info().version, 5);
    }
};

QTEST_MAIN(TestUpdateController)
#include "tst_updatecontroller.moc"
