// SPDX-License-Identifier: GPL-3.0-or-later
// An interview's sound reaches the machine's sound output on a kiosk as it runs: a cage session with
// no sound server. Qt 6.4 then finds no PulseAudio device and gives its player GStreamer's
// autoaudiosink, which plays through ALSA's default device only with the ALSA plugin
// (gstreamer1.0-alsa, a dependency of the package); without it the kiosk is silent. Here ALSA's
// default device is a file (ALSA's own file plugin in front of its null device): the test reads
// what the loudspeaker would have played, and the null device takes it as fast as it comes.
#include <QAudioOutput>
#include <QFile>
#include <QMediaPlayer>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

namespace {

constexpr int kTimeoutMs = 20000;
constexpr qint64 kEnoughBytes = 200 * 1024; // about a second of 48 kHz stereo

QString sourceDir()
{
    return qEnvironmentVariable("KIOSK_SOURCE_DIR");
}

bool allZero(const QByteArray &bytes)
{
    return std::all_of(bytes.cbegin(), bytes.cend(), [](char byte) { return byte == 0; });
}

} // namespace

class TestSoundOutput : public QObject
{
    Q_OBJECT

    QTemporaryDir m_work;
    QString m_played;

    // Plays an interview at `volume` until the sound output has taken a second of it; returns what
    // it took (empty if the player failed: its error is then a warning, which fails the test).
    QByteArray play(float volume)
    {
        QFile::remove(m_played);
        QMediaPlayer player;
        QAudioOutput audio;
        audio.setVolume(volume);
        player.setAudioOutput(&audio);
        connect(&player, &QMediaPlayer::errorOccurred, this,
                [](QMediaPlayer::Error, const QString &why) { qWarning().noquote() << "player error:" << why; });
        player.setSource(QUrl::fromLocalFile(sourceDir() + QStringLiteral("/media/videos/romain.webm")));
        player.play();
        const bool done = QTest::qWaitFor([&] { return QFileInfo(m_played).size() >= kEnoughBytes || player.error(); }, kTimeoutMs);
        if (!done)
            qWarning() << "player error: no sound within" << kTimeoutMs << "ms";
        player.stop();
        QFile file(m_played);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private Q_SLOTS:
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral("^player error"))); }

    void initTestCase()
    {
        QVERIFY(m_work.isValid());
        m_played = m_work.filePath(QStringLiteral("played.raw"));
        const QString config = m_work.filePath(QStringLiteral("asound.conf"));
        QFile file(config);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("pcm.!default { type file slave.pcm \"discard\" file \"%1\" format \"raw\" }\n"
                                  "pcm.discard { type null }\n")
                       .arg(m_played)
                       .toUtf8());
        file.close();
        // Before the first player: ALSA reads its configuration when a device is first opened.
        qputenv("ALSA_CONFIG_PATH", QFile::encodeName(config));
        qputenv("PULSE_SERVER", "unix:" + QFile::encodeName(m_work.filePath(QStringLiteral("no-pulse"))));
    }

    void theInterviewIsHeard()
    {
        const QByteArray played = play(0.8f);
        QVERIFY2(played.size() >= kEnoughBytes, qPrintable(QStringLiteral("%1 bytes reached ALSA's default device"
                                                                          " (is gstreamer1.0-alsa installed?)")
                                                               .arg(played.size())));
        QVERIFY2(!allZero(played), "only silence reached the sound output");
    }

    // The staff's volume acts on what the loudspeaker gets, not on a figure on screen.
    void volumeZeroIsSilence()
    {
        const QByteArray played = play(0.0f);
        QVERIFY(played.size() >= kEnoughBytes);
        QVERIFY(allZero(played));
    }
};

QTEST_GUILESS_MAIN(TestSoundOutput)
#include "tst_soundoutput.moc"
