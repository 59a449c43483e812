// SPDX-License-Identifier: GPL-3.0-or-later
// manifest.json parsing and the path rules of a content pack (docs/content-pack.md).
#include "ByteSize.h"
#include "update/PackDescription.h"
#include "update/PackFileType.h"
#include "update/PackManifest.h"
#include "update/PackPath.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using kiosk::PackError;
using kiosk::PackLimits;
using kiosk::PackManifest;
using kiosk::PackRefusal;

Q_DECLARE_METATYPE(kiosk::PackRefusal)

namespace {

const QString kHash = QString(64, QLatin1Char('a'));

QJsonObject file(const QString &path, qint64 size = 10)
{
    return {{QStringLiteral("path"), path}, {QStringLiteral("size"), double(size)}, {QStringLiteral("sha256"), kHash}};
}

QJsonObject validManifest()
{
    return {{QStringLiteral("format_version"), 1},
            {QStringLiteral("pack_id"), QStringLiteral("salon-toulouse-2026")},
            {QStringLiteral("content_version"), 7},
            {QStringLiteral("created"), QStringLiteral("2026-12-01")},
            {QStringLiteral("title"), QStringLiteral("Salon de Toulouse")},
            {QStringLiteral("summary"), QJsonObject{{QStringLiteral("jobs"), 47}}},
            {QStringLiteral("files"),
             QJsonArray{file(QStringLiteral("infos.csv")), file(QStringLiteral("media/videos/romain.mp4"), 1000)}}};
}

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson();
}

QJsonObject withFiles(const QJsonArray &files)
{
    QJsonObject manifest = validManifest();
    manifest[QStringLiteral("files")] = files;
    return manifest;
}

} // namespace

class TestManifest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesAValidManifest()
    {
        PackError error;
        const auto manifest = PackManifest::parse(json(validManifest()), PackLimits{}, &error);
        QVERIFY2(manifest, qPrintable(error.toString()));
        QCOMPARE(manifest->contentVersion, 7);
        QCOMPARE(manifest->packId, QStringLiteral("salon-toulouse-2026"));
        QCOMPARE(manifest->files.size(), 2);
        QCOMPARE(manifest->files.at(1).path, QStringLiteral("media/videos/romain.mp4"));
        QCOMPARE(manifest->files.at(1).sha256, QByteArray::fromHex(kHash.toLatin1()));
        QCOMPARE(manifest->totalBytes(), 1010);
        QCOMPARE(manifest->videoCount(), 1);
        QCOMPARE(manifest->summary.value(QStringLiteral("jobs")), 47);
    }

    void roundTripsThroughToJson()
    {
        PackError error;
        const auto manifest = PackManifest::parse(json(validManifest()), PackLimits{}, &error);
        QVERIFY(manifest);
        const auto again = PackManifest::parse(manifest->toJson(), PackLimits{}, &error);
        QVERIFY2(again, qPrintable(error.toString()));
        QCOMPARE(again->toJson(), manifest->toJson());
    }

    void refuses_data()
    {
        QTest::addColumn<QByteArray>("document");
        QTest::addColumn<PackRefusal>("refusal");

        const auto changed = [](const QString &key, const QJsonValue &value) {
            QJsonObject manifest = validManifest();
            if (value.isUndefined())
                manifest.remove(key);
            else
                manifest[key] = value;
            return json(manifest);
        };
        QTest::newRow("not json") << QByteArray("{\"format_version\": 1,") << PackRefusal::BadManifest;
        QTest::newRow("array") << QByteArray("[1, 2]") << PackRefusal::BadManifest;
        QTest::newRow("empty") << QByteArray() << PackRefusal::BadManifest;
        QTest::newRow("format 2") << changed(QStringLiteral("format_version"), 2) << PackRefusal::UnknownFormat;
        QTest::newRow("no format") << changed(QStringLiteral("format_version"), QJsonValue::Undefined)
                                   << PackRefusal::BadManifest;
        QTest::newRow("format as text") << changed(QStringLiteral("format_version"), QStringLiteral("1"))
                                        << PackRefusal::BadManifest;
        QTest::newRow("unknown key") << changed(QStringLiteral("signature"), QStringLiteral("x")) << PackRefusal::BadManifest;
        QTest::newRow("version 0") << changed(QStringLiteral("content_version"), 0) << PackRefusal::BadManifest;
        QTest::newRow("version 1.5") << changed(QStringLiteral("content_version"), 1.5) << PackRefusal::BadManifest;
        QTest::newRow("version huge") << changed(QStringLiteral("content_version"), 1e12) << PackRefusal::BadManifest;
        QTest::newRow("no pack id") << changed(QStringLiteral("pack_id"), QJsonValue::Undefined) << PackRefusal::BadManifest;
        QTest::newRow("blank title") << changed(QStringLiteral("title"), QStringLiteral("  ")) << PackRefusal::BadManifest;
        QTest::newRow("title with newline") << changed(QStringLiteral("title"), QStringLiteral("a\nb"))
                                            << PackRefusal::BadManifest;
        QTest::newRow("bad date") << changed(QStringLiteral("created"), QStringLiteral("demain")) << PackRefusal::BadManifest;
        QTest::newRow("bad summary") << changed(QStringLiteral("summary"), QJsonObject{{QStringLiteral("jobs"), -1}})
                                     << PackRefusal::BadManifest;
        QTest::newRow("files not a list") << changed(QStringLiteral("files"), QJsonObject{}) << PackRefusal::BadManifest;
        QTest::newRow("no files") << json(withFiles({})) << PackRefusal::BadManifest;
        QTest::newRow("file not an object") << json(withFiles({QStringLiteral("infos.csv")})) << PackRefusal::BadManifest;
        QTest::newRow("negative size") << json(withFiles({file(QStringLiteral("a.csv"), -1)})) << PackRefusal::BadManifest;
        QJsonObject badHash = file(QStringLiteral("a.csv"));
        badHash[QStringLiteral("sha256")] = QStringLiteral("ABCD");
        QTest::newRow("bad sha256") << json(withFiles({badHash})) << PackRefusal::BadManifest;
        QJsonObject extraKey = file(QStringLiteral("a.csv"));
        extraKey[QStringLiteral("mode")] = 755;
        QTest::newRow("unknown file key") << json(withFiles({extraKey})) << PackRefusal::BadManifest;
        QTest::newRow("absolute path") << json(withFiles({file(QStringLiteral("/etc/passwd"))})) << PackRefusal::BadPath;
        QTest::newRow("dot dot") << json(withFiles({file(QStringLiteral("media/../../x.csv"))})) << PackRefusal::BadPath;
        QTest::newRow("backslash") << json(withFiles({file(QStringLiteral("media\\x.png"))})) << PackRefusal::BadPath;
        QTest::newRow("reserved name") << json(withFiles({file(QStringLiteral("manifest.json"))})) << PackRefusal::BadPath;
        QTest::newRow("case collision") << json(withFiles({file(QStringLiteral("media/Photo.png")),
                                                           file(QStringLiteral("MEDIA/photo.PNG"))}))
                                        << PackRefusal::PathCollision;
        QTest::newRow("unicode collision") << json(withFiles({file(QStringLiteral("m\u00e9tiers.csv")),
                                                              file(QStringLiteral("me\u0301tiers.csv"))}))
                                           << PackRefusal::PathCollision;
        QTest::newRow("file and folder") << json(withFiles({file(QStringLiteral("media")),
                                                            file(QStringLiteral("Media/x.png"))}))
                                         << PackRefusal::PathCollision;
        QTest::newRow("duplicate") << json(withFiles({file(QStringLiteral("a.csv")), file(QStringLiteral("a.csv"))}))
                                   << PackRefusal::PathCollision;
        QTest::newRow("file over limit") << json(withFiles({file(QStringLiteral("v.mp4"), qint64(3) << 30)}))
                                         << PackRefusal::FileTooLarge;
        QJsonArray many;
        for (int i = 0; i < 5001; ++i)
            many.append(file(QStringLiteral("f%1.png").arg(i)));
        QTest::newRow("too many files") << json(withFiles(many)) << PackRefusal::TooManyFiles;
        QTest::newRow("oversized") << QByteArray(1024 * 1024 + 1, ' ') << PackRefusal::ManifestTooLarge;
    }

    void refuses()
    {
        QFETCH(QByteArray, document);
        QFETCH(PackRefusal, refusal);
        PackError error;
        QVERIFY(!PackManifest::parse(document, PackLimits{}, &error));
        QCOMPARE(error.refusal, refusal);
        QVERIFY(!error.message.isEmpty());
    }

    void totalSizeIsLimited()
    {
        PackLimits limits;
        limits.maxTotalBytes = 1500;
        PackError error;
        QVERIFY(!PackManifest::parse(json(withFiles({file(QStringLiteral("a.png"), 1000), file(QStringLiteral("b.png"), 1000)})),
                                     limits, &error));
        QCOMPARE(error.refusal, PackRefusal::FileTooLarge);
        QCOMPARE(error.detail, QStringLiteral("le paquet dépasse 1,5 Ko au total"));
    }

    // Staff read both sizes, to the tenth: a file just over the limit is not "40 Mo, 40 Mo au plus".
    void aFileTooLargeIsToldWithBothSizes()
    {
        PackLimits limits;
        limits.maxFileBytes = 40 * 1024 * 1024;
        PackError error;
        QVERIFY(!PackManifest::parse(json(withFiles({file(QStringLiteral("media/a.webm"), 42'500'000)})), limits, &error));
        QCOMPARE(error.refusal, PackRefusal::FileTooLarge);
        QCOMPARE(error.detail, QStringLiteral("media/a.webm : 40,5 Mo, 40,0 Mo au plus"));
    }

    void sizesInFrenchUnits_data()
    {
        QTest::addColumn<qint64>("bytes");
        QTest::addColumn<QString>("shown");
        QTest::newRow("bytes") << qint64(812) << QStringLiteral("812 octets");
        QTest::newRow("kilobytes") << qint64(4300) << QStringLiteral("4,2 Ko");
        QTest::newRow("megabytes") << qint64(13'107'200) << QStringLiteral("12,5 Mo");
        QTest::newRow("hundreds, no decimal") << qint64(524'288'000) << QStringLiteral("500 Mo");
        QTest::newRow("gigabytes") << qint64(1'395'864'371) << QStringLiteral("1,3 Go");
    }

    void sizesInFrenchUnits()
    {
        QFETCH(qint64, bytes);
        QFETCH(QString, shown);
        QCOMPARE(kiosk::frenchByteSize(bytes), shown);
    }

    void pathRules_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("sheet") << QStringLiteral("metiers.csv") << true;
        QTest::newRow("nested media") << QStringLiteral("media/videos/romain.mp4") << true;
        QTest::newRow("accents and spaces") << QStringLiteral("media/vidéos/été 2026.mp4") << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("absolute") << QStringLiteral("/media/x.png") << false;
        QTest::newRow("dot") << QStringLiteral("./x.png") << false;
        QTest::newRow("dot dot") << QStringLiteral("a/../x.png") << false;
        QTest::newRow("double slash") << QStringLiteral("a//x.png") << false;
        QTest::newRow("trailing slash") << QStringLiteral("a/") << false;
        QTest::newRow("drive letter") << QStringLiteral("C:x.png") << false;
        QTest::newRow("control character") << QStringLiteral("a\tb.png") << false;
        QTest::newRow("nul") << QString(QStringLiteral("a") + QChar(0) + QStringLiteral("b")) << false;
        QTest::newRow("question mark") << QStringLiteral("quoi?.png") << false;
        QTest::newRow("trailing dot") << QStringLiteral("media./x.png") << false;
        QTest::newRow("trailing space") << QStringLiteral("x.png ") << false;
        QTest::newRow("bidi override") << QStringLiteral("gnp\u202e.exe") << false;
        QTest::newRow("too long") << QString(300, QLatin1Char('a')) << false;
        QTest::newRow("too deep") << QStringLiteral("a/").repeated(20) + QStringLiteral("x.png") << false;
    }

    void pathRules()
    {
        QFETCH(QString, path);
        QFETCH(bool, accepted);
        QCOMPARE(kiosk::PackPath::check(path).isEmpty(), accepted);
    }

    // Names from a stick reach messages and the log with every control character shown, never raw.
    void namesFromAStickAreShownVisibly_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("shown");
        QTest::newRow("plain French") << QStringLiteral("media/vidéos/été 2026 — « bis ».mp4")
                                      << QStringLiteral("media/vidéos/été 2026 — « bis ».mp4");
        QTest::newRow("terminal title and clear screen")
            << QStringLiteral("\x1b]0;PWNED\a\x1b[2J") << QStringLiteral("\\x1b]0;PWNED\\x07\\x1b[2J");
        QTest::newRow("line breaks and tab") << QStringLiteral("a\nb\r\tc") << QStringLiteral("a\\x0ab\\x0d\\x09c");
        QTest::newRow("C1 CSI and DEL") << QString(QChar(0x9b)) + QStringLiteral("2J") + QChar(0x7f)
                                        << QStringLiteral("\\x9b2J\\x7f");
        QTest::newRow("bidi override") << QStringLiteral("gnp\u202e.exe") << QStringLiteral("gnp\\u{202e}.exe");
        QTest::newRow("line separator") << QStringLiteral("a\u2028b") << QStringLiteral("a\\u{2028}b");
        QTest::newRow("lone surrogate") << QString(QChar(0xd800)) << QStringLiteral("\\u{d800}");
        QTest::newRow("emoji kept") << QStringLiteral("😀.png") << QStringLiteral("😀.png");
        QTest::newRow("nul") << QString(QChar(0)) << QStringLiteral("\\x00");
    }

    void namesFromAStickAreShownVisibly()
    {
        QFETCH(QString, text);
        QFETCH(QString, shown);
        QCOMPARE(kiosk::PackPath::visible(text), shown);
        QCOMPARE(kiosk::PackPath::visible(shown), shown); // twice is once
        // Every refusal's detail goes through it, and the path rules quote the refused path so.
        QCOMPARE(PackError::make(PackRefusal::UnlistedFile, text).detail, shown);
        QCOMPARE(PackError::make(PackRefusal::UnlistedFile, text).toString().contains(QChar(0x1b)), false);
    }

    void pathRulesQuoteThePathVisibly()
    {
        const QString why = kiosk::PackPath::check(QStringLiteral("media/\x1b[2Jx.png"));
        QVERIFY(!why.isEmpty());
        QVERIFY2(why.contains(QStringLiteral("\\x1b[2Jx.png")), qPrintable(why));
        QVERIFY(!why.contains(QChar(0x1b)));
        // A terminal's own line structure can be kept (kioskctl's output).
        QCOMPARE(kiosk::PackPath::visible(QStringLiteral("a\n\tb\x1b"), true), QStringLiteral("a\n\tb\\x1b"));
    }

    void fileTypes_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("mp4") << QStringLiteral("media/v.mp4") << QByteArray("\0\0\0\x20" "ftypisom", 12) << true;
        QTest::newRow("mp4 that is a png") << QStringLiteral("media/v.mp4") << QByteArray("\x89PNG\r\n\x1A\n") << false;
        QTest::newRow("webm") << QStringLiteral("v.WEBM") << QByteArray("\x1A\x45\xDF\xA3\x9F") << true;
        QTest::newRow("png") << QStringLiteral("i.png") << QByteArray("\x89PNG\r\n\x1A\n\0\0", 10) << true;
        QTest::newRow("jpeg") << QStringLiteral("i.jpeg") << QByteArray("\xFF\xD8\xFF\xE0") << true;
        QTest::newRow("jpg that is text") << QStringLiteral("i.jpg") << QByteArray("hello") << false;
        QTest::newRow("vtt") << QStringLiteral("c.vtt") << QByteArray("WEBVTT\n\n00:00") << true;
        QTest::newRow("vtt with bom") << QStringLiteral("c.vtt") << QByteArray("\xEF\xBB\xBFWEBVTT - x") << true;
        QTest::newRow("vtt bad") << QStringLiteral("c.vtt") << QByteArray("WEBVTTX") << false;
        QTest::newRow("csv") << QStringLiteral("metiers.csv") << QByteArray("id;titre") << true;
        QTest::newRow("binary csv") << QStringLiteral("metiers.csv") << QByteArray("id\0x", 4) << false;
        QTest::newRow("csv in a folder") << QStringLiteral("media/x.csv") << QByteArray("a") << false;
        QTest::newRow("executable") << QStringLiteral("run.sh") << QByteArray("#!/bin/sh") << false;
        QTest::newRow("no extension") << QStringLiteral("media/README") << QByteArray("x") << false;
    }

    void fileTypes()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, header);
        QFETCH(bool, accepted);
        QCOMPARE(kiosk::PackFileType::check(path, header).isEmpty(), accepted);
    }

    void authorsOfMp4VideosAreToldAboutWebM()
    {
        const auto parse = [](const QJsonArray &files) {
            return kiosk::PackManifest::parse(json(withFiles(files)), kiosk::PackLimits{}, nullptr).value();
        };
        const QString two = kiosk::PackDescription::videoFormatAdvice(
            parse({file(QStringLiteral("media/videos/a.mp4")), file(QStringLiteral("media/videos/B.M4V")),
                   file(QStringLiteral("media/videos/c.webm"))}));
        QVERIFY2(two.startsWith(QStringLiteral("Conseil : 2 vidéos sont en MP4.")), qPrintable(two));
        QVERIFY(two.contains(QStringLiteral("WebM")));
        QVERIFY(kiosk::PackDescription::videoFormatAdvice(parse({file(QStringLiteral("media/videos/a.mp4"))}))
                    .startsWith(QStringLiteral("Conseil : 1 vidéo est en MP4.")));
        QCOMPARE(kiosk::PackDescription::videoFormatAdvice(
                     parse({file(QStringLiteral("infos.csv")), file(QStringLiteral("media/videos/c.webm"))})),
                 QString());
    }
};

QTEST_GUILESS_MAIN(TestManifest)
#include "tst_manifest.moc"
