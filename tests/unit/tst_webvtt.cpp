// SPDX-License-Identifier: GPL-3.0-or-later
// The WebVTT captions parser: the subset the kiosk reads, and malformed files that must be reported
// without crashing.
#include "content/WebVtt.h"

#include <QTemporaryDir>
#include <QTest>

using kiosk::CaptionCue;
using kiosk::CaptionTrack;
using kiosk::WebVtt;

class TestWebVtt : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesCues_data();
    void parsesCues();
    void reportsMalformedCues_data();
    void reportsMalformedCues();
    void missingHeaderIsReportedButCuesKept();
    void sortsCuesByStart();
    void textAtFindsTheActiveCues();
    void plainTextJoinsCues();
    void parseFileReportsAnUnreadableFile();
    void parsesTheTestClipCaptions();
    void survivesGarbage();
};

void TestWebVtt::parsesCues_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<qint64>("start");
    QTest::addColumn<qint64>("end");
    QTest::addColumn<QString>("text");

    QTest::newRow("hours") << QByteArray("WEBVTT\n\n01:02:03.004 --> 01:02:05.500\nBonjour\n")
                           << qint64(3723004) << qint64(3725500) << QStringLiteral("Bonjour");
    QTest::newRow("minutes only") << QByteArray("WEBVTT\n\n00:01.500 --> 00:02.000\nSalut\n") << qint64(1500)
                                  << qint64(2000) << QStringLiteral("Salut");
    QTest::newRow("identifier") << QByteArray("WEBVTT\n\nintro\n00:00.000 --> 00:01.000\nUn\n") << qint64(0)
                                << qint64(1000) << QStringLiteral("Un");
    QTest::newRow("numeric identifier") << QByteArray("WEBVTT\n\n12\n00:00.000 --> 00:01.000\nDouze\n")
                                        << qint64(0) << qint64(1000) << QStringLiteral("Douze");
    QTest::newRow("multi-line") << QByteArray("WEBVTT\n\n00:00.000 --> 00:01.000\nligne 1\nligne 2\n")
                                << qint64(0) << qint64(1000) << QStringLiteral("ligne 1\nligne 2");
    QTest::newRow("cue settings ignored")
        << QByteArray("WEBVTT\n\n00:00.000 --> 00:01.000 align:start position:10% line:0\nRéglé\n") << qint64(0)
        << qint64(1000) << QStringLiteral("Réglé");
    QTest::newRow("BOM and CRLF") << QByteArray("\xEF\xBB\xBFWEBVTT\r\n\r\n00:00.000 --> 00:01.000\r\nÉté\r\n")
                                  << qint64(0) << qint64(1000) << QStringLiteral("Été");
    QTest::newRow("CR only") << QByteArray("WEBVTT\r\r00:00.000 --> 00:01.000\rVieux Mac\r") << qint64(0)
                             << qint64(1000) << QStringLiteral("Vieux Mac");
    QTest::newRow("header text") << QByteArray("WEBVTT - Témoignage de Romain\nKind: captions\n\n"
                                               "00:00.000 --> 00:01.000\nTexte\n")
                                 << qint64(0) << qint64(1000) << QStringLiteral("Texte");
    QTest::newRow("voice tag") << QByteArray("WEBVTT\n\n00:00.000 --> 00:01.000\n<v Romain>Je code</v>\n")
                               << qint64(0) << qint64(1000) << QStringLiteral("Je code");
    QTest::newRow("style tags and timestamps")
        << QByteArray("WEBVTT\n\n00:00.000 --> 00:02.000\n<i>Très</i> <b>bien</b> <c.loud>oui</c>"
                      " <00:00:01.000>après\n")
        << qint64(0) << qint64(2000) << QStringLiteral("Très bien oui après");
    QTest::newRow("entities") << QByteArray("WEBVTT\n\n00:00.000 --> 00:01.000\nR&amp;D &lt;3 &#233;t&#xE9;\n")
                              << qint64(0) << qint64(1000) << QStringLiteral("R&D <3 été");
    QTest::newRow("NOTE and STYLE skipped")
        << QByteArray("WEBVTT\n\nSTYLE\n::cue { color: red }\n\nNOTE une remarque\nsur deux lignes\n\n"
                      "NOTE\n00:00.000 --> 00:09.000 pas un repère\n\n00:00.000 --> 00:01.000\nVrai\n")
        << qint64(0) << qint64(1000) << QStringLiteral("Vrai");
    QTest::newRow("no final newline") << QByteArray("WEBVTT\n\n00:00.000 --> 00:01.000\nFin") << qint64(0)
                                      << qint64(1000) << QStringLiteral("Fin");
    QTest::newRow("extra blank lines") << QByteArray("WEBVTT\n\n\n\n00:00.000 --> 00:01.000\nAéré\n\n\n")
                                       << qint64(0) << qint64(1000) << QStringLiteral("Aéré");
}

void TestWebVtt::parsesCues()
{
    QFETCH(QByteArray, data);
    QFETCH(qint64, start);
    QFETCH(qint64, end);
    QFETCH(QString, text);

    const CaptionTrack track = WebVtt::parse(data);
    QVERIFY2(track.problems.isEmpty(), qPrintable(track.problems.join(QLatin1Char('\n'))));
    QCOMPARE(track.cues.size(), 1);
    QCOMPARE(track.cues.at(0).startMs, start);
    QCOMPARE(track.cues.at(0).endMs, end);
    QCOMPARE(track.cues.at(0).text, text);
}

void TestWebVtt::reportsMalformedCues_data()
{
    QTest::addColumn<QByteArray>("cue");
    QTest::addColumn<QString>("problem");

    QTest::newRow("comma decimal (SRT)") << QByteArray("00:00:01,000 --> 00:00:02,000\nx\n")
                                         << QStringLiteral("ligne 3 : horodatage illisible");
    QTest::newRow("letters") << QByteArray("00:0a.000 --> 00:02.000\nx\n") << QStringLiteral("ligne 3 : horodatage");
    QTest::newRow("60 seconds") << QByteArray("00:60.000 --> 01:02.000\nx\n") << QStringLiteral("ligne 3 : horodatage");
    QTest::newRow("two-digit ms") << QByteArray("00:01.00 --> 00:02.000\nx\n") << QStringLiteral("ligne 3 : horodatage");
    QTest::newRow("no end") << QByteArray("00:01.000 -->\nx\n") << QStringLiteral("ligne 3 : horodatage");
    QTest::newRow("end before start") << QByteArray("00:05.000 --> 00:02.000\nx\n")
                                      << QStringLiteral("ligne 3 : la fin du sous-titre");
    QTest::newRow("empty duration") << QByteArray("00:02.000 --> 00:02.000\nx\n")
                                    << QStringLiteral("ligne 3 : la fin du sous-titre");
    QTest::newRow("no timing line") << QByteArray("juste du texte\nsans horaire\n")
                                    << QStringLiteral("ligne 3 : bloc sans horodatage");
}

void TestWebVtt::reportsMalformedCues()
{
    QFETCH(QByteArray, cue);
    QFETCH(QString, problem);

    // A bad cue between two good ones: reported, skipped, and the good ones kept.
    const QByteArray data = "WEBVTT\n\n" + cue + "\n00:10.000 --> 00:11.000\nAprès\n";
    const CaptionTrack track = WebVtt::parse("WEBVTT\n\n" + cue);
    QCOMPARE(track.cues.size(), 0);
    QCOMPARE(track.problems.size(), 1);
    QVERIFY2(track.problems.at(0).startsWith(problem), qPrintable(track.problems.at(0)));

    const CaptionTrack mixed = WebVtt::parse(data);
    QCOMPARE(mixed.problems.size(), 1);
    QCOMPARE(mixed.cues.size(), 1);
    QCOMPARE(mixed.cues.at(0).text, QStringLiteral("Après"));
}

void TestWebVtt::missingHeaderIsReportedButCuesKept()
{
    const CaptionTrack track = WebVtt::parse("00:00.000 --> 00:01.000\nSans en-tête\n");
    QCOMPARE(track.problems.size(), 1);
    QVERIFY(track.problems.at(0).contains(QLatin1String("WEBVTT")));
    QCOMPARE(track.cues.size(), 1);

    // "WEBVTTX" is not the header either (and, read as a block, has no timing line).
    const CaptionTrack almost = WebVtt::parse("WEBVTTX\n\n00:00.000 --> 00:01.000\nx\n");
    QVERIFY(!almost.problems.isEmpty());
    QVERIFY(almost.problems.at(0).contains(QLatin1String("WEBVTT")));
    QCOMPARE(almost.cues.size(), 1);
}

void TestWebVtt::sortsCuesByStart()
{
    const CaptionTrack track = WebVtt::parse("WEBVTT\n\n00:05.000 --> 00:06.000\nB\n\n"
                                             "00:01.000 --> 00:02.000\nA\n");
    QCOMPARE(track.cues.size(), 2);
    QCOMPARE(track.cues.at(0).text, QStringLiteral("A"));
    QCOMPARE(track.cues.at(1).text, QStringLiteral("B"));
}

void TestWebVtt::textAtFindsTheActiveCues()
{
    // A cue that forgot its blank line, and two overlapping cues.
    const CaptionTrack track = WebVtt::parse("WEBVTT\n\n00:01.000 --> 00:02.000\nUn\n00:03.000 --> 00:06.000\nDeux\n\n"
                                             "00:05.000 --> 00:07.000\nTrois\n");
    QVERIFY(track.problems.isEmpty());
    QCOMPARE(WebVtt::textAt(track.cues, 0), QString());
    QCOMPARE(WebVtt::textAt(track.cues, 1000), QStringLiteral("Un"));
    QCOMPARE(WebVtt::textAt(track.cues, 1999), QStringLiteral("Un"));
    QCOMPARE(WebVtt::textAt(track.cues, 2000), QString());   // the end is exclusive
    QCOMPARE(WebVtt::textAt(track.cues, 4000), QStringLiteral("Deux"));
    QCOMPARE(WebVtt::textAt(track.cues, 5500), QStringLiteral("Deux\nTrois"));
    QCOMPARE(WebVtt::textAt(track.cues, 60000), QString());
    QCOMPARE(WebVtt::textAt({}, 1000), QString());
}

void TestWebVtt::plainTextJoinsCues()
{
    const CaptionTrack track = WebVtt::parse("WEBVTT\n\n00:01.000 --> 00:02.000\nBonjour,\nje suis Romain.\n\n"
                                             "00:03.000 --> 00:04.000\nJe code.\n");
    QCOMPARE(WebVtt::plainText(track.cues), QStringLiteral("Bonjour, je suis Romain.\nJe code."));
}

void TestWebVtt::parseFileReportsAnUnreadableFile()
{
    const CaptionTrack track = WebVtt::parseFile(QStringLiteral("/nonexistent/romain.vtt"));
    QVERIFY(track.cues.isEmpty());
    QCOMPARE(track.problems.size(), 1);
    QVERIFY(track.problems.at(0).contains(QLatin1String("/nonexistent/romain.vtt")));
}

void TestWebVtt::parsesTheTestClipCaptions()
{
    const QString path = qEnvironmentVariable("KIOSK_SOURCE_DIR") + QStringLiteral("/tests/data/clip.vtt");
    const CaptionTrack track = WebVtt::parseFile(path);
    QVERIFY2(track.problems.isEmpty(), qPrintable(track.problems.join(QLatin1Char('\n'))));
    QCOMPARE(track.cues.size(), 2);
    QCOMPARE(WebVtt::textAt(track.cues, 1500), QStringLiteral("Seconde ligne du test"));
}

void TestWebVtt::survivesGarbage()
{
    // Binary noise, an empty file, a lone arrow, an unterminated tag: no crash, problems reported.
    QByteArray noise;
    for (int i = 0; i < 4096; ++i)
        noise.append(char((i * 7919) % 256));
    QVERIFY(!WebVtt::parse(noise).problems.isEmpty());
    QVERIFY(!WebVtt::parse(QByteArray()).problems.isEmpty());
    QVERIFY(WebVtt::parse("WEBVTT").problems.isEmpty());
    QVERIFY(WebVtt::parse("WEBVTT\n\n-->\n").cues.isEmpty());
    const CaptionTrack tag = WebVtt::parse("WEBVTT\n\n00:00.000 --> 00:01.000\nTexte <b coupé\n");
    QCOMPARE(tag.cues.size(), 1);
    QCOMPARE(tag.cues.at(0).text, QStringLiteral("Texte"));
}

QTEST_APPLESS_MAIN(TestWebVtt)
#include "tst_webvtt.moc"
