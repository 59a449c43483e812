// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestContent.h"
#include "update/ContentLibrary.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using kiosk::ContentLibrary;

class TestContentLibrary : public QObject
{
    Q_OBJECT

    // A complete version folder in the library's staging area, ready for install().
    static QString stageVersion(const ContentLibrary &library, int version)
    {
        const QString dir = library.stagingDir() + QStringLiteral("/v%1").arg(version);
        if (!kiosk::test::writeSmallContent(dir, version))
            return {};
        return dir;
    }

private Q_SLOTS:
    void emptyLibraryHasNoActiveVersion()
    {
        QTemporaryDir root;
        ContentLibrary library(root.path());
        QVERIFY(library.activeDir().isEmpty());
        QVERIFY(library.previousDir().isEmpty());
        QString error;
        QVERIFY(!library.rollback(&error));
        QVERIFY(!error.isEmpty());
    }

    void seedsOnceFromBuiltContent()
    {
        QTemporaryDir root, built;
        QVERIFY(kiosk::test::writeSmallContent(built.path(), 3));
        ContentLibrary library(root.path());
        QString error;
        QVERIFY2(library.seedIfEmpty(built.path(), &error), qPrintable(error));
        QCOMPARE(ContentLibrary::versionOf(library.activeDir()), 3);
        const QString active = library.activeDir();
        QVERIFY(library.seedIfEmpty(built.path(), &error));
        QCOMPARE(library.activeDir(), active); // already seeded: nothing changes
        QVERIFY(QFileInfo::exists(built.path() + QStringLiteral("/content.sqlite"))); // copied, not moved
    }

    void seedsFromARelativePath()   // `kiosk --demo-content build/demo-content`
    {
        QTemporaryDir root, work;
        QVERIFY(kiosk::test::writeSmallContent(work.path() + QStringLiteral("/build/demo"), 2));
        const QString previous = QDir::currentPath();
        QVERIFY(QDir::setCurrent(work.path()));
        ContentLibrary library(root.path());
        QString error;
        const bool seeded = library.seedIfEmpty(QStringLiteral("build/demo"), &error);
        QDir::setCurrent(previous);
        QVERIFY2(seeded, qPrintable(error));
        QVERIFY(QFileInfo::exists(library.activeDir() + QStringLiteral("/content.sqlite")));
        QCOMPARE(ContentLibrary::versionOf(library.activeDir()), 2);
    }

    void installKeepsPreviousAndRemovesOlder()
    {
        QTemporaryDir root;
        ContentLibrary library(root.path());
        QString error;
        for (int version = 1; version <= 3; ++version)
            QVERIFY2(library.install(stageVersion(library, version), version, &error), qPrintable(error));
        QCOMPARE(ContentLibrary::versionOf(library.activeDir()), 3);
        QCOMPARE(ContentLibrary::versionOf(library.previousDir()), 2);
        QCOMPARE(QDir(root.path() + QStringLiteral("/versions")).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size(), 2);
    }

    void rollbackSwapsCurrentAndPrevious()
    {
        QTemporaryDir root;
        ContentLibrary library(root.path());
        QString error;
        QVERIFY(library.install(stageVersion(library, 1), 1, &error));
        QVERIFY(library.install(stageVersion(library, 2), 2, &error));
        QVERIFY2(library.rollback(&error), qPrintable(error));
        QCOMPARE(ContentLibrary::versionOf(library.activeDir()), 1);
        QCOMPARE(ContentLibrary::versionOf(library.previousDir()), 2);
    }

    void reinstallingTheSameVersionGetsItsOwnFolder()
    {
        QTemporaryDir root;
        ContentLibrary library(root.path());
        QString error;
        QVERIFY(library.install(stageVersion(library, 4), 4, &error));
        QVERIFY(library.install(stageVersion(library, 4), 4, &error));
        QVERIFY(library.activeDir() != library.previousDir());
        QCOMPARE(ContentLibrary::versionOf(library.activeDir()), 4);
    }

    void cleanUpRemovesStagingLeftovers()
    {
        QTemporaryDir root;
        ContentLibrary library(root.path());
        QString error;
        QVERIFY(library.install(stageVersion(library, 1), 1, &error));
        QVERIFY(QDir().mkpath(library.stagingDir() + QStringLiteral("/half-copied")));
        library.cleanUp();
        QVERIFY(!QFileInfo::exists(library.stagingDir()));
        QCOMPARE(ContentLibrary::versionOf(library.activeDir()), 1);
    }

    void rollbackNeedsAnotherVersion()
    {
        QTemporaryDir root;
        ContentLibrary library(root.path());
        QString error;
        QVERIFY(!library.rollback(&error));   // nothing installed
        QVERIFY(library.install(stageVersion(library, 1), 1, &error));
        QVERIFY(!library.rollback(&error));   // nothing before it
        QCOMPARE(ContentLibrary::versionOf(library.activeDir()), 1);
    }

    // The importer's record of the version fails (replay protection): the links go back, and the
    // version that was active stays active with its previous one.
    void anInstallNotAcceptedChangesNothing()
    {
        QTemporaryDir root;
        ContentLibrary library(root.path());
        QString error;
        QVERIFY(library.install(stageVersion(library, 1), 1, &error));
        QVERIFY(library.install(stageVersion(library, 2), 2, &error));
        const QString active = library.activeDir(), previous = library.previousDir();
        const auto refuse = [](QString *why) {
            *why = QStringLiteral("state file not written");
            return false;
        };
        QVERIFY(!library.install(stageVersion(library, 3), 3, &error, refuse));
        QCOMPARE(error, QStringLiteral("state file not written"));
        QCOMPARE(library.activeDir(), active);
        QCOMPARE(library.previousDir(), previous);
        QCOMPARE(QDir(root.path() + QStringLiteral("/versions")).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size(), 2);
    }

    void brokenCurrentLinkNeverDeletesVersions()
    {
        QTemporaryDir root;
        ContentLibrary library(root.path());
        QString error;
        QVERIFY(library.install(stageVersion(library, 1), 1, &error));
        QVERIFY(library.install(stageVersion(library, 2), 2, &error));
        QFile::remove(library.activeDir() + QStringLiteral("/content.sqlite"));
        library.cleanUp();
        QCOMPARE(ContentLibrary::versionOf(library.previousDir()), 1);
    }
};

QTEST_GUILESS_MAIN(TestContentLibrary)
#include "tst_contentlibrary.moc"
