// SPDX-License-Identifier: GPL-3.0-or-later
// The interview videos really play in Qt Multimedia here (GStreamer backend, headless): the test
// clip and every demo video reach the playing state with the position moving; a missing or
// undecodable file ends in an error, which the player screen turns into a message. They play with
// the kiosk's short video queues (VideoQueueLimits), which must find the two queues of each player,
// and with its gate that holds a new video's file until the event loop runs (VideoOpeningGate).
#include "VideoOpeningGate.h"
#include "VideoQueueLimits.h"

#include <QAudioOutput>
#include <QDir>
#include <QMediaPlayer>
#include <QSignalSpy>
#include <QTest>
#include <QVideoSink>

namespace {

constexpr int kTimeoutMs = 20000;   // a loaded machine (parallel builds) can be slow to start a pipeline

QString sourceDir()
{
    return qEnvironmentVariable("KIOSK_SOURCE_DIR");
}

} // namespace

class TestMediaPlayback : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        VideoQueueLimits::install();
        VideoOpeningGate::install();
    }
    void plays_data();
    void plays();
    void readsTheFileOnceBackInTheEventLoop();
    void playerDestroyedWhileItsFileIsHeld();
    void failsOnUnplayableFiles_data();
    void failsOnUnplayableFiles();
};

void TestMediaPlayback::plays_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("test clip") << sourceDir() + QStringLiteral("/tests/data/clip.mp4");
    const QDir videos(sourceDir() + QStringLiteral("/media/videos"));
    for (const QString &name : videos.entryList({QStringLiteral("*.webm"), QStringLiteral("*.mp4")}, QDir::Files, QDir::Name))
        QTest::newRow(qPrintable(QStringLiteral("demo ") + name)) << videos.filePath(name);
}

void TestMediaPlayback::plays()
{
    QFETCH(QString, path);
    QVERIFY2(QFileInfo::exists(path), qPrintable(path));
    const int limitedBefore = VideoQueueLimits::limitedCount();
    QMediaPlayer player;
    QAudioOutput audio;
    audio.setVolume(0);
    QVideoSink sink;
    player.setAudioOutput(&audio);
    player.setVideoSink(&sink);
    QSignalSpy frames(&sink, &QVideoSink::videoFrameChanged);
    player.setSource(QUrl::fromLocalFile(path));
    player.play();
    QTRY_COMPARE_WITH_TIMEOUT(player.playbackState(), QMediaPlayer::PlayingState, kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(player.mediaStatus() == QMediaPlayer::BufferedMedia
                                 || player.mediaStatus() == QMediaPlayer::EndOfMedia,
                             kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(player.position() > 0, kTimeoutMs);
    QVERIFY(player.duration() > 0);
    QVERIFY(player.hasVideo());
    QVERIFY(player.hasAudio());
    QTRY_VERIFY_WITH_TIMEOUT(frames.count() > 0, kTimeoutMs);
    QCOMPARE(player.error(), QMediaPlayer::NoError);
    // Qt 6.4's "videoQueue" and the queue of its "videoSinkBin": a Qt that names them otherwise
    // still plays, but with the default queues (up to 20 MB of pictures more per player).
    QVERIFY2(VideoQueueLimits::limitedCount() - limitedBefore >= 2,
             qPrintable(QStringLiteral("%1 video queue(s) limited").arg(VideoQueueLimits::limitedCount() - limitedBefore)));
    player.stop();
    player.setSource(QUrl());
}

void TestMediaPlayback::readsTheFileOnceBackInTheEventLoop()
{
    QMediaPlayer player;
    QVideoSink sink;
    player.setVideoSink(&sink);
    QSignalSpy frames(&sink, &QVideoSink::videoFrameChanged);
    const int heldBefore = VideoOpeningGate::heldCount();
    player.setSource(QUrl::fromLocalFile(sourceDir() + QStringLiteral("/tests/data/clip.mp4")));
    player.play();
    // Qt 6.4 has started the pipeline and sought it to 0: the file is not read yet.
    QCOMPARE(VideoOpeningGate::heldCount(), heldBefore + 1);
    QCOMPARE(player.mediaStatus(), QMediaPlayer::LoadingMedia);
    QTRY_VERIFY_WITH_TIMEOUT(frames.count() > 0, kTimeoutMs);
    QCOMPARE(VideoOpeningGate::heldCount(), heldBefore);
    QCOMPARE(player.error(), QMediaPlayer::NoError);
}

void TestMediaPlayback::playerDestroyedWhileItsFileIsHeld()
{
    const int heldBefore = VideoOpeningGate::heldCount();
    {
        QMediaPlayer player;
        QVideoSink sink;
        player.setVideoSink(&sink);
        player.setSource(QUrl::fromLocalFile(sourceDir() + QStringLiteral("/tests/data/clip.mp4")));
        player.play();
        QCOMPARE(VideoOpeningGate::heldCount(), heldBefore + 1);
    }   // stopping its pipeline lets the held file go: no hang here
    QTRY_COMPARE_WITH_TIMEOUT(VideoOpeningGate::heldCount(), heldBefore, kTimeoutMs);
}

void TestMediaPlayback::failsOnUnplayableFiles_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("missing") << sourceDir() + QStringLiteral("/tests/data/missing.mp4");
    QTest::newRow("garbage") << sourceDir() + QStringLiteral("/tests/data/garbage.mp4");
}

void TestMediaPlayback::failsOnUnplayableFiles()
{
    QFETCH(QString, path);
    QMediaPlayer player;
    QAudioOutput audio;
    QVideoSink sink;
    player.setAudioOutput(&audio);
    player.setVideoSink(&sink);
    QSignalSpy errors(&player, &QMediaPlayer::errorOccurred);
    player.setSource(QUrl::fromLocalFile(path));
    player.play();
    QTRY_VERIFY_WITH_TIMEOUT(errors.count() > 0, kTimeoutMs);
    QVERIFY(player.error() != QMediaPlayer::NoError);
    // Qt 6.4's GStreamer backend leaves playbackState at PlayingState after such an error: the
    // player component (VideoPlayer.qml) stops the player itself and does not count it as playing.
}

QTEST_MAIN(TestMediaPlayback)
#include "tst_mediaplayback.moc"
