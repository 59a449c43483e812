// SPDX-License-Identifier: GPL-3.0-or-later
// The import of a content pack: a valid pack becomes the active content; every refusal of issue 6 §4
// gives its reason and changes nothing (same active version, same folders, no staging left).
#include "TestContent.h"
#include "TestPacks.h"
#include "update/ContentLibrary.h"
#include "update/PackFormat.h"
#include "update/PackImporter.h"
#include "update/PackInspector.h"
#include "update/UpdateState.h"
#include "update/VolumeWatcher.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLockFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace kiosk;

Q_DECLARE_METATYPE(kiosk::PackRefusal)

namespace {

bool append(const QString &path, const QByteArray &data, QIODevice::OpenMode mode = QIODevice::Append)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | mode) && file.write(data) == data.size();
}

// Every path under a folder with its size: "nothing changed" is this listing unchanged.
QStringList listing(const QString &root)
{
    QStringList out;
    QDirIterator it(root, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo entry(it.next());
        out << QStringLiteral("%1 %2").arg(QDir(root).relativeFilePath(entry.filePath())).arg(entry.isDir() ? -1 : entry.size());
    }
    out.sort();
    return out;
}

// What each data-driven refusal does to a valid pack before the import.
enum class Tamper {
    RemoveSignature, EditAfterSigning, OtherKey, FormatTwo, NotJson, HugeManifest, DotDotPath, CaseCollision,
    Symlink, Fifo, ExtraFile, MissingFile, LongerFile, FlippedByte, FileOverLimit, TooManyFiles, ContentError,
    VideoIsPng, UnsupportedType, VersionMismatch, OldVersion, NoSpace, Busy,
};

} // namespace

Q_DECLARE_METATYPE(Tamper)

class TestPackImport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_work;
    test::TestKey m_key;
    QString m_source; // a valid source at version 2

    struct Kiosk
    {
        QTemporaryDir dir;
        ContentLibrary library{dir.filePath(QStringLiteral("content"))};
        UpdateState state{dir.filePath(QStringLiteral("state.ini"))};
    };

    // A kiosk whose active content is version 1 (fixture content).
    static void seed(Kiosk &kiosk)
    {
        const QString staged = kiosk.library.stagingDir() + QStringLiteral("/seed");
        QVERIFY(test::writeSmallContent(staged, 1));
        QString error;
        QVERIFY2(kiosk.library.install(staged, 1, &error), qPrintable(error));
    }

    QString freshPack(const QString &name)
    {
        const QString dir = m_work.filePath(name + QStringLiteral("/") + PackFormat::folderName);
        QDir(dir).removeRecursively();
        if (!test::writePack(m_source, dir, m_key.secret))
            return {};
        return dir;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_key = test::makeKey();
        m_source = m_work.filePath(QStringLiteral("source"));
        QVERIFY(test::writePackSource(m_source, 2));
    }

    void importsAValidPack()
    {
        Kiosk kiosk;
        seed(kiosk);
        const QString pack = freshPack(QStringLiteral("valid"));
        QVERIFY(!pack.isEmpty());
        const PackInspector inspector({m_key.publicKey}, PackLimits{});
        const PackInfo info = inspector.inspect(pack);
        QVERIFY2(info.ok(), qPrintable(info.error.toString()));
        QCOMPARE(info.manifest.contentVersion, 2);
        QCOMPARE(info.manifest.videoCount(), 1);
        QCOMPARE(info.keyId, m_key.publicKey.keyIdHex());

        PackImporter importer(kiosk.library, kiosk.state, PackLimits{});
        QSignalSpy progress(&importer, &PackImporter::progress);
        const PackImporter::Result result = importer.importPack(info, {});
        QVERIFY2(result.ok(), qPrintable(result.error.toString()));
        QCOMPARE(result.version, 2);
        QCOMPARE(ContentLibrary::versionOf(kiosk.library.activeDir()), 2);
        QCOMPARE(ContentLibrary::versionOf(kiosk.library.previousDir()), 1);
        QVERIFY(QFileInfo(kiosk.library.activeDir() + QStringLiteral("/media/videos/ana.mp4")).isFile());
        QCOMPARE(kiosk.state.lastAcceptedVersion(), 2);
        QVERIFY(!QFileInfo::exists(kiosk.library.stagingDir()) || QDir(kiosk.library.stagingDir()).isEmpty());
        // Progress: bytes up to the pack's size, files up to its count.
        QVERIFY(progress.size() >= 3);
        const QList<QVariant> last = progress.constLast();
        QCOMPARE(last.at(0).toLongLong(), info.manifest.totalBytes());
        QCOMPARE(last.at(2).toInt(), int(info.manifest.files.size()));

        // The same pack again: a replay, refused unless staff force it.
        QCOMPARE(importer.importPack(info, {}).error.refusal, PackRefusal::OldVersion);
        const PackImporter::Result forced = importer.importPack(info, {true});
        QVERIFY2(forced.ok(), qPrintable(forced.error.toString()));
        QCOMPARE(ContentLibrary::versionOf(kiosk.library.previousDir()), 2);
    }

    // The staged media are verified copies: the version folder links them (same inode), it does not
    // write every byte a second time.
    void mediaAreLinkedNotCopiedTwice()
    {
        Kiosk kiosk;
        seed(kiosk);
        const QString pack = freshPack(QStringLiteral("linked"));
        const PackInfo info = PackInspector({m_key.publicKey}, PackLimits{}).inspect(pack);
        QVERIFY2(info.ok(), qPrintable(info.error.toString()));
        PackImporter importer(kiosk.library, kiosk.state, PackLimits{});
        const QString video = QStringLiteral("media/videos/ana.mp4");
        bool checked = false;
        // Verifying comes after the build, while the staged source is still there.
        connect(&importer, &PackImporter::stepChanged, this, [&](PackImporter::Step step) {
            if (step != PackImporter::Step::Verifying)
                return;
            const QDir staging(kiosk.library.stagingDir());
            const QStringList imports = staging.entryList({QStringLiteral("import-*")}, QDir::Dirs);
            QCOMPARE(imports.size(), 1);
            const QString import = staging.filePath(imports.constFirst());
            struct stat staged, built;
            QCOMPARE(::stat(QFile::encodeName(import + QStringLiteral("/source/") + video).constData(), &staged), 0);
            QCOMPARE(::stat(QFile::encodeName(import + QStringLiteral("/version/") + video).constData(), &built), 0);
            QCOMPARE(built.st_ino, staged.st_ino);
            checked = true;
        });
        const PackImporter::Result result = importer.importPack(info, {});
        QVERIFY2(result.ok(), qPrintable(result.error.toString()));
        QVERIFY(checked);
        // Once the staging folder is gone, the active version holds the only name of the file.
        struct stat active;
        const QString activeVideo = kiosk.library.activeDir() + QLatin1Char('/') + video;
        QCOMPARE(::stat(QFile::encodeName(activeVideo).constData(), &active), 0);
        QCOMPARE(active.st_nlink, nlink_t(1));
    }

    void refuses_data()
    {
        QTest::addColumn<Tamper>("tamper");
        QTest::addColumn<PackRefusal>("refusal");
        QTest::newRow("no signature") << Tamper::RemoveSignature << PackRefusal::MissingSignature;
        QTest::newRow("edited after signing") << Tamper::EditAfterSigning << PackRefusal::BadSignature;
        QTest::newRow("unknown key") << Tamper::OtherKey << PackRefusal::UnknownKey;
        QTest::newRow("unknown format") << Tamper::FormatTwo << PackRefusal::UnknownFormat;
        QTest::newRow("malformed manifest") << Tamper::NotJson << PackRefusal::BadManifest;
        QTest::newRow("oversized manifest") << Tamper::HugeManifest << PackRefusal::ManifestTooLarge;
        QTest::newRow("dot dot") << Tamper::DotDotPath << PackRefusal::BadPath;
        QTest::newRow("case collision") << Tamper::CaseCollision << PackRefusal::PathCollision;
        QTest::newRow("symlink") << Tamper::Symlink << PackRefusal::NotRegularFile;
        QTest::newRow("fifo") << Tamper::Fifo << PackRefusal::NotRegularFile;
        QTest::newRow("file not in manifest") << Tamper::ExtraFile << PackRefusal::UnlistedFile;
        QTest::newRow("missing file") << Tamper::MissingFile << PackRefusal::MissingFile;
        QTest::newRow("size mismatch") << Tamper::LongerFile << PackRefusal::SizeMismatch;
        QTest::newRow("hash mismatch") << Tamper::FlippedByte << PackRefusal::HashMismatch;
        QTest::newRow("file over limit") << Tamper::FileOverLimit << PackRefusal::FileTooLarge;
        QTest::newRow("too many files") << Tamper::TooManyFiles << PackRefusal::TooManyFiles;
        QTest::newRow("content error") << Tamper::ContentError << PackRefusal::ContentErrors;
        QTest::newRow("video that is a png") << Tamper::VideoIsPng << PackRefusal::UnsupportedMedia;
        QTest::newRow("unsupported type") << Tamper::UnsupportedType << PackRefusal::UnsupportedMedia;
        QTest::newRow("version mismatch") << Tamper::VersionMismatch << PackRefusal::VersionMismatch;
        QTest::newRow("old version") << Tamper::OldVersion << PackRefusal::OldVersion;
        QTest::newRow("not enough space") << Tamper::NoSpace << PackRefusal::NotEnoughSpace;
        QTest::newRow("another import running") << Tamper::Busy << PackRefusal::Busy;
    }

    void refuses()
    {
        QFETCH(Tamper, tamper);
        QFETCH(PackRefusal, refusal);
        Kiosk kiosk;
        seed(kiosk);
        const QString pack = freshPack(QStringLiteral("tampered"));
        QVERIFY(!pack.isEmpty());
        const QDir dir(pack);
        const QString manifest = dir.filePath(PackFormat::manifestName);
        const QString video = dir.filePath(QStringLiteral("media/videos/ana.mp4"));
        QList<minisign::PublicKey> trusted{m_key.publicKey};
        PackLimits limits;
        std::unique_ptr<QLockFile> otherImport;

        switch (tamper) {
        case Tamper::RemoveSignature:
            QVERIFY(QFile::remove(dir.filePath(PackFormat::signatureName)));
            break;
        case Tamper::EditAfterSigning:
            QVERIFY(append(manifest, " "));
            break;
        case Tamper::OtherKey:
            QVERIFY(test::signPack(pack, test::makeKey().secret));
            break;
        case Tamper::FormatTwo:
        case Tamper::NotJson:
        case Tamper::HugeManifest: {
            QFile file(manifest);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QByteArray json = file.readAll();
            file.close();
            if (tamper == Tamper::FormatTwo)
                json.replace("\"format_version\": 1", "\"format_version\": 2");
            else if (tamper == Tamper::NotJson)
                json.chop(3);
            else
                json += QByteArray(2 * 1024 * 1024, ' ');
            QVERIFY(append(manifest, json, QIODevice::Truncate));
            QVERIFY(test::signPack(pack, m_key.secret));
            break;
        }
        case Tamper::DotDotPath:
            QVERIFY(test::rehashAndSign(pack, m_key.secret, [](PackManifest &m) {
                m.files.append({QStringLiteral("media/../../etc/passwd"), 10, QByteArray(32, 'a')});
            }));
            break;
        case Tamper::CaseCollision:
            QVERIFY(test::rehashAndSign(pack, m_key.secret, [](PackManifest &m) {
                ManifestFile twin = m.files.constFirst();
                twin.path = twin.path.toUpper();
                m.files.append(twin);
            }));
            break;
        case Tamper::Symlink:
            QVERIFY(QFile::link(QStringLiteral("/etc/passwd"), dir.filePath(QStringLiteral("media/images/lien.png"))));
            break;
        case Tamper::Fifo:
            QCOMPARE(::mkfifo(QFile::encodeName(dir.filePath(QStringLiteral("tube.csv"))).constData(), 0600), 0);
            break;
        case Tamper::ExtraFile:
            QVERIFY(append(dir.filePath(QStringLiteral("media/images/intrus.png")), "\x89PNG\r\n\x1A\n"));
            break;
        case Tamper::MissingFile:
            QVERIFY(QFile::remove(dir.filePath(QStringLiteral("media/captions/ana.vtt"))));
            break;
        case Tamper::LongerFile:
            QVERIFY(append(video, "x"));
            break;
        case Tamper::FlippedByte: {
            QFile file(video);
            QVERIFY(file.open(QIODevice::ReadWrite));
            file.seek(file.size() / 2);
            file.write("!");
            break;
        }
        case Tamper::FileOverLimit:
            limits.maxFileBytes = 1024 * 1024;
            break;
        case Tamper::TooManyFiles:
            limits.maxFiles = 3;
            break;
        case Tamper::ContentError: {
            QFile sheet(dir.filePath(QStringLiteral("metiers.csv")));
            QVERIFY(sheet.open(QIODevice::ReadOnly));
            QByteArray text = sheet.readAll();
            sheet.close();
            text.replace(",developpement,creer,", ",secteur-inconnu,creer,");
            QVERIFY(append(sheet.fileName(), text, QIODevice::Truncate));
            QVERIFY(test::rehashAndSign(pack, m_key.secret));
            break;
        }
        case Tamper::VideoIsPng:
            QVERIFY(append(video, "\x89PNG\r\n\x1A\n and then anything", QIODevice::Truncate));
            QVERIFY(test::rehashAndSign(pack, m_key.secret));
            break;
        case Tamper::UnsupportedType: {
            const QByteArray script = "#!/bin/sh\nreboot\n";
            QVERIFY(append(dir.filePath(QStringLiteral("media/lancer.sh")), script));
            QVERIFY(test::rehashAndSign(pack, m_key.secret, [&](PackManifest &m) {
                m.files.append({QStringLiteral("media/lancer.sh"), script.size(),
                                QCryptographicHash::hash(script, QCryptographicHash::Sha256)});
            }));
            break;
        }
        case Tamper::VersionMismatch:
            QVERIFY(test::rehashAndSign(pack, m_key.secret, [](PackManifest &m) { m.contentVersion = 3; }));
            break;
        case Tamper::OldVersion:
            kiosk.state.recordAccepted(2, QStringLiteral("earlier"), QDateTime::currentDateTimeUtc());
            break;
        case Tamper::NoSpace:
            limits.reserveBytes = qint64(1) << 60;
            break;
        case Tamper::Busy:
            otherImport = std::make_unique<QLockFile>(kiosk.library.lockFilePath());
            QVERIFY(otherImport->tryLock(0));
            break;
        }

        const QStringList before = listing(kiosk.library.root());
        const PackInspector inspector(trusted, limits);
        const PackInfo info = inspector.inspect(pack);
        PackImporter importer(kiosk.library, kiosk.state, limits);
        const PackImporter::Result result = importer.importPack(info, {});
        QCOMPARE(result.error.refusal, refusal);
        QVERIFY(!result.error.message.isEmpty());
        qInfo().noquote() << "refusal shown to staff:" << result.error.toString();
        QCOMPARE(ContentLibrary::versionOf(kiosk.library.activeDir()), 1);
        QStringList after = listing(kiosk.library.root());
        otherImport.reset();
        after.removeAll(QStringLiteral("staging -1")); // an empty staging folder may be left
        QStringList expected = before;
        expected.removeAll(QStringLiteral("staging -1"));
        QCOMPARE(after, expected);
    }

    // A Mac may store "jérôme.png" decomposed (NFD): the manifest's (NFC) name is that file.
    void decomposedNamesOnTheStickAreTheManifestsNames()
    {
        Kiosk kiosk;
        seed(kiosk);
        const QString pack = freshPack(QStringLiteral("nfd"));
        QVERIFY(!pack.isEmpty());
        const QDir dir(pack);
        const QString nfc = QStringLiteral("media/images/j\u00e9r\u00f4me.png");
        const QString nfd = nfc.normalized(QString::NormalizationForm_D);
        QVERIFY(nfd != nfc);
        QFile sheet(dir.filePath(QStringLiteral("temoignages.csv")));
        QVERIFY(sheet.open(QIODevice::ReadOnly));
        QByteArray text = sheet.readAll();
        sheet.close();
        QVERIFY(text.contains("media/images/ana.png"));
        text.replace("media/images/ana.png", nfc.toUtf8());
        QVERIFY(append(sheet.fileName(), text, QIODevice::Truncate));
        QVERIFY(test::rehashAndSign(pack, m_key.secret, [&](PackManifest &m) {
            for (ManifestFile &file : m.files) {
                if (file.path == QLatin1String("media/images/ana.png"))
                    file.path = nfc;
            }
        }));
        QVERIFY(QFile::rename(dir.filePath(QStringLiteral("media/images/ana.png")), dir.filePath(nfd)));

        const PackInfo info = PackInspector({m_key.publicKey}, PackLimits{}).inspect(pack);
        QVERIFY2(info.ok(), qPrintable(info.error.toString()));
        QCOMPARE(info.storedPaths, (QHash<QString, QString>{{nfc, nfd}}));
        for (const ManifestFile &file : info.manifest.files)
            QVERIFY2(QFileInfo(info.sourcePath(file)).isFile(), qPrintable(info.sourcePath(file)));

        // The same name twice on the stick, once composed and once not: refused, never guessed.
        const QString twin = dir.filePath(nfc);
        QVERIFY(QFile::copy(dir.filePath(nfd), twin));
        const PackInfo twice = PackInspector({m_key.publicKey}, PackLimits{}).inspect(pack);
        QCOMPARE(twice.error.refusal, PackRefusal::PathCollision);
        QVERIFY(QFile::remove(twin));

        PackImporter importer(kiosk.library, kiosk.state, PackLimits{});
        const PackImporter::Result result = importer.importPack(info, {});
        QVERIFY2(result.ok(), qPrintable(result.error.toString()));
        QVERIFY(QFileInfo(kiosk.library.activeDir() + QLatin1Char('/') + nfc).isFile());
    }

    // Names from the stick reach the refusal (and the terminal, the log) with control characters shown.
    void unlistedNamesAreShownWithoutControlCharacters()
    {
        const QString pack = freshPack(QStringLiteral("escape"));
        QVERIFY(!pack.isEmpty());
        const QString name = QStringLiteral("\x1b]0;PWNED\a\x1b[2J");
        QVERIFY(append(QDir(pack).filePath(name), "x"));
        const PackInfo info = PackInspector({m_key.publicKey}, PackLimits{}).inspect(pack);
        QCOMPARE(info.error.refusal, PackRefusal::UnlistedFile);
        QCOMPARE(info.error.detail, QStringLiteral("\\x1b]0;PWNED\\x07\\x1b[2J"));
        for (const QChar c : info.error.toString())
            QVERIFY2(c.unicode() >= 0x20 && c.unicode() != 0x7f, qPrintable(info.error.detail));
    }

    // No pack here at all is not a malformed pack.
    void noPackHereIsNotFound()
    {
        const PackInspector inspector({m_key.publicKey}, PackLimits{});
        const PackInfo absent = inspector.inspect(m_work.filePath(QStringLiteral("nonexistent")));
        QCOMPARE(absent.error.refusal, PackRefusal::NotFound);
        QCOMPARE(absent.error.message, QStringLiteral("Aucun paquet de contenu lisible à cet endroit."));
        QVERIFY2(absent.error.detail.startsWith(QStringLiteral("dossier introuvable : ")), qPrintable(absent.error.detail));
        const QString empty = m_work.filePath(QStringLiteral("stick-without-pack"));
        QVERIFY(QDir().mkpath(empty));
        const PackInfo none = inspector.inspect(empty);
        QCOMPARE(none.error.refusal, PackRefusal::NotFound);
        QVERIFY2(none.error.detail.startsWith(QStringLiteral("pas de manifest.json dans ")), qPrintable(none.error.detail));
    }

    void signatureFileThatIsALinkIsNotARegularFile()
    {
        const QString pack = freshPack(QStringLiteral("linked-signature"));
        const QString signature = QDir(pack).filePath(PackFormat::signatureName);
        const QString elsewhere = m_work.filePath(QStringLiteral("elsewhere.minisig"));
        QFile::remove(elsewhere);
        QVERIFY(QFile::rename(signature, elsewhere));
        QVERIFY(QFile::link(elsewhere, signature));
        const PackInfo info = PackInspector({m_key.publicKey}, PackLimits{}).inspect(pack);
        QCOMPARE(info.error.refusal, PackRefusal::NotRegularFile);
        QCOMPARE(info.error.message, refusalMessage(PackRefusal::NotRegularFile));
    }

    // Root reads every file whatever its mode: run as a normal user (e.g. setpriv --reuid=nobody).
    void unreadableSignatureSaysSo()
    {
        if (::geteuid() == 0)
            QSKIP("root reads files of any mode: run this test as a normal user");
        const QString pack = freshPack(QStringLiteral("unreadable-signature"));
        const QString signature = QDir(pack).filePath(PackFormat::signatureName);
        QVERIFY(QFile::setPermissions(signature, {}));
        const PackInfo info = PackInspector({m_key.publicKey}, PackLimits{}).inspect(pack);
        QCOMPARE(info.error.refusal, PackRefusal::IoError);
        QCOMPARE(info.error.message,
                 QStringLiteral("Paquet refusé : sa signature (manifest.json.minisig) ne peut pas être lue."));
        QCOMPARE(info.error.detail, signature + QStringLiteral(" : accès refusé, voir les droits du fichier"));
        QVERIFY(QFile::setPermissions(signature, QFile::ReadOwner | QFile::WriteOwner));
    }

    void unusableTrustedKeysAreNamed()
    {
        const QString good = m_work.filePath(QStringLiteral("good.pub"));
        QVERIFY(append(good, m_key.publicKey.toFile(), QIODevice::Truncate));
        const QString linked = m_work.filePath(QStringLiteral("linked.pub"));
        QFile::remove(linked);
        QVERIFY(QFile::link(good, linked));
        const QString missing = m_work.filePath(QStringLiteral("missing.pub"));
        QStringList problems;
        const QList<minisign::PublicKey> keys = PackInspector::loadKeys({good, linked, missing}, &problems);
        QCOMPARE(keys.size(), 1);
        QCOMPARE(problems,
                 (QStringList{QStringLiteral("clé de confiance %1 : ce n'est pas un fichier ordinaire (lien symbolique ?)")
                                  .arg(linked),
                              QStringLiteral("clé de confiance %1 : introuvable").arg(missing)}));
        if (::geteuid() == 0)
            QSKIP("root reads files of any mode: run this test as a normal user for the unreadable key");
        const QString unreadable = m_work.filePath(QStringLiteral("unreadable.pub"));
        QVERIFY(append(unreadable, m_key.publicKey.toFile(), QIODevice::Truncate));
        QVERIFY(QFile::setPermissions(unreadable, {}));
        problems.clear();
        QVERIFY(PackInspector::loadKeys({unreadable}, &problems).isEmpty());
        QCOMPARE(problems, QStringList{QStringLiteral("clé de confiance illisible : %1 : accès refusé, voir les droits "
                                                      "du fichier")
                                           .arg(unreadable)});
    }

    // On the kiosk: a pack arrives and none of the keys kiosk.ini names could be read: staff are
    // told why, not that no key is configured.
    void aPackWithNoUsableKeySaysWhy()
    {
        const QString pack = freshPack(QStringLiteral("no-usable-key"));
        QVERIFY(!pack.isEmpty());
        const QString missing = m_work.filePath(QStringLiteral("nowhere.pub"));
        QStringList problems;
        const QList<minisign::PublicKey> keys = PackInspector::loadKeys({missing}, &problems);
        const PackInfo info = PackInspector(keys, PackLimits{}, problems).inspect(pack);
        QCOMPARE(info.error.refusal, PackRefusal::UnknownKey);
        QCOMPARE(info.error.detail, QStringLiteral("clé de confiance %1 : introuvable").arg(missing));
    }

    void cancellationChangesNothing()
    {
        Kiosk kiosk;
        seed(kiosk);
        const QString pack = freshPack(QStringLiteral("cancelled"));
        const PackInfo info = PackInspector({m_key.publicKey}, PackLimits{}).inspect(pack);
        QVERIFY(info.ok());
        PackImporter importer(kiosk.library, kiosk.state, PackLimits{});
        // The stick goes away during the copy: the watcher cancels the import.
        connect(&importer, &PackImporter::progress, &importer, [&](qint64 done) {
            if (done > 0)
                importer.cancel();
        });
        const QStringList before = listing(kiosk.library.root());
        QCOMPARE(importer.importPack(info, {}).error.refusal, PackRefusal::Interrupted);
        QCOMPARE(ContentLibrary::versionOf(kiosk.library.activeDir()), 1);
        QStringList after = listing(kiosk.library.root());
        after.removeAll(QStringLiteral("staging -1"));
        QCOMPARE(after, before);
    }

    void watcherSeesPacksComeAndGo()
    {
        QTemporaryDir roots;
        const QString media = roots.filePath(QStringLiteral("media"));
        const QString inbox = roots.filePath(QStringLiteral("inbox"));
        QVERIFY(QDir().mkpath(media + QStringLiteral("/kiosk")));
        QVERIFY(QDir().mkpath(inbox));
        VolumeWatcher watcher({media, roots.filePath(QStringLiteral("absent"))}, inbox);
        watcher.setSettleTime(20);
        QSignalSpy changed(&watcher, &VolumeWatcher::packsChanged);
        QSignalSpy removed(&watcher, &VolumeWatcher::packRemoved);
        QSignalSpy exports(&watcher, &VolumeWatcher::exportFolderFound);
        watcher.start();
        QVERIFY(watcher.packDirs().isEmpty());

        // A stick mounted at /media/kiosk/CLE (two levels down), carrying a pack and an export folder.
        const QString stick = media + QStringLiteral("/kiosk/CLE");
        QVERIFY(QDir().mkpath(stick + QStringLiteral("/kiosk-pack")));
        QVERIFY(QDir().mkpath(stick + QStringLiteral("/kiosk-export")));
        QTRY_VERIFY(watcher.packDirs().contains(stick + QStringLiteral("/kiosk-pack")));
        QTRY_COMPARE(exports.size(), 1);
        // A pack dropped in the inbox (network share, Syncthing).
        QVERIFY(QDir().mkpath(inbox + QStringLiteral("/kiosk-pack")));
        QTRY_COMPARE(watcher.packDirs().size(), 2);
        // The stick is pulled out.
        QVERIFY(QDir(stick).removeRecursively());
        QTRY_COMPARE(removed.size(), 1);
        QCOMPARE(removed.constFirst().constFirst().toString(), stick + QStringLiteral("/kiosk-pack"));
        QTRY_COMPARE(watcher.packDirs(), QStringList{inbox + QStringLiteral("/kiosk-pack")});
        QVERIFY(!changed.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPackImport)
#include "tst_packimport.moc"
