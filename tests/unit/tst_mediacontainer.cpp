// SPDX-License-Identifier: GPL-3.0-or-later
// A pack's videos are whole: the real demo files pass; the same files cut short, or bytes that
// only begin like a video, are refused (MediaContainer).
#include "update/MediaContainer.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using kiosk::MediaContainer::checkWhole;

class TestMediaContainer : public QObject
{
    Q_OBJECT

    QTemporaryDir m_work;

    static QString sourceFile(const QString &relative)
    {
        return qEnvironmentVariable("KIOSK_SOURCE_DIR") + QLatin1Char('/') + relative;
    }

    // The first `bytes` of `relative` (all of them when < 0, then `tail` appended), as `name`.
    QString variant(const QString &relative, const QString &name, qint64 bytes, const QByteArray &tail = {})
    {
        QFile in(sourceFile(relative));
        if (!in.open(QIODevice::ReadOnly))
            qFatal("missing %s", qPrintable(relative));
        const QString path = m_work.filePath(name);
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        out.write(bytes < 0 ? in.readAll() : in.read(bytes));
        out.write(tail);
        return path;
    }

private Q_SLOTS:
    void wholeVideosPass_data()
    {
        QTest::addColumn<QString>("relative");
        QTest::newRow("mp4") << QStringLiteral("tests/data/clip.mp4");
        const QDir excerpts(sourceFile(QStringLiteral("media/excerpts")));
        for (const QString &name : excerpts.entryList({QStringLiteral("*.webm")}))
            QTest::newRow(qPrintable(name)) << QStringLiteral("media/excerpts/") + name;
        const QDir videos(sourceFile(QStringLiteral("media/videos")));
        for (const QString &name : videos.entryList({QStringLiteral("*.webm"), QStringLiteral("*.mp4")}))
            QTest::newRow(qPrintable(name)) << QStringLiteral("media/videos/") + name;
    }

    void wholeVideosPass()
    {
        QFETCH(QString, relative);
        QCOMPARE(checkWhole(sourceFile(relative), relative), QString());
    }

    void cutOrFakeVideosAreRefused_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("mp4 cut") << variant(QStringLiteral("tests/data/clip.mp4"), QStringLiteral("cut.mp4"), 5000);
        QTest::newRow("mp4 header only") << variant(QStringLiteral("tests/data/clip.mp4"), QStringLiteral("head.mp4"), 40);
        QTest::newRow("webm cut") << variant(QStringLiteral("media/excerpts/romain.webm"), QStringLiteral("cut.webm"), 5000);
        QTest::newRow("webm magic only")
            << variant(QStringLiteral("media/excerpts/romain.webm"), QStringLiteral("magic.webm"), 4, "garbage");
        QTest::newRow("text named mp4") << sourceFile(QStringLiteral("tests/data/garbage.mp4"));
    }

    void cutOrFakeVideosAreRefused()
    {
        QFETCH(QString, path);
        const QString why = checkWhole(path, QStringLiteral("media/videos/x"));
        QVERIFY2(why.startsWith(QStringLiteral("media/videos/x : vidéo illisible")), qPrintable(why));
    }

    // Bytes after a WebM's segment (a pack padded to a size, a tool's trailing data) are harmless.
    void bytesAfterAWebmSegmentPass()
    {
        const QString padded = variant(QStringLiteral("media/excerpts/lucas.webm"), QStringLiteral("padded.webm"), -1,
                                       QByteArray(4096, 'x'));
        QCOMPARE(checkWhole(padded, QStringLiteral("padded.webm")), QString());
    }

    void otherFilesAreNotVideos()
    {
        QCOMPARE(checkWhole(sourceFile(QStringLiteral("tests/data/clip.vtt")), QStringLiteral("clip.vtt")), QString());
    }
};

QTEST_GUILESS_MAIN(TestMediaContainer)
#include "tst_mediacontainer.moc"
