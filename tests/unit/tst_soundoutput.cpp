// SPDX-License-Identifier: GPL-3.0-or-later
// An interview's sound reaches the machine's sound output on a kiosk as it runs: a cage session with
// no sound server. Qt 6.4 then finds no PulseAudio device and gives its player GStreamer's
// autoaudiosink, which plays through ALSA's default device only with the ALSA plugin
// (gstreamer1.0-alsa, a dependency of the package); without it the kiosk is silent.
// Here ALSA's default device is its null device behind its file plugin, which pipes what is played
// through `tr` into a file, keeping only the bytes that are not zero: what would have moved the
// loudspeaker. (The null device takes samples as fast as they come, and the sink fills the time
// it waits for the next ones with silence: hundreds of MB a second, which the file never sees.)
#include <QAudioOutput>
#include <QFile>
#include <QFileInfo>
#include <QMediaPlayer>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

constexpr int kTimeoutMs = 20000;
constexpr qint64 kHeardBytes = 64 * 1024;  // a fraction of a second of sound
constexpr qint64 kPlayedMs = 1500;

} // namespace

class TestSoundOutput : public QObject
{
    Q_OBJECT

    QTemporaryDir m_work;
    QString m_heard;   // the non-zero bytes played

    // Plays an interview at `volume` until `done` (or an error: it is then a warning, which fails the
    // test); returns how many non-zero bytes the sound output took, counted once the player is gone
    // (ALSA then closes the pipe, and `tr` has written all it kept).
    template <typename Done>
    qint64 play(float volume, Done done)
    {
        QFile::remove(m_heard);
        {
            QMediaPlayer player;
            QAudioOutput audio;
            audio.setVolume(volume);
            player.setAudioOutput(&audio);
            connect(&player, &QMediaPlayer::errorOccurred, this,
                    [](QMediaPlayer::Error, const QString &why) { qWarning().noquote() << "player error:" << why; });
            player.setSource(QUrl::fromLocalFile(qEnvironmentVariable("KIOSK_SOURCE_DIR")
                                                 + QStringLiteral("/media/videos/romain.webm")));
            player.play();
            if (!QTest::qWaitFor([&] { return done(player) || player.error(); }, kTimeoutMs))
                qWarning() << "player error: still waiting after" << kTimeoutMs << "ms";
        }
        return heardBytes();
    }

    qint64 heardBytes() const { return QFileInfo(m_heard).size(); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_work.isValid());
        m_heard = m_work.filePath(QStringLiteral("heard.raw"));
        const QString config = m_work.filePath(QStringLiteral("asound.conf"));
        QFile file(config);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("pcm.!default { type file slave.pcm \"discard\" format \"raw\""
                                  " file \"|tr -d '\\\\000' >> %1\" }\n"
                                  "pcm.discard { type null }\n")
                       .arg(m_heard)
                       .toUtf8());
        file.close();
        // Before the first player: ALSA reads its configuration when a device is first opened.
        qputenv("ALSA_CONFIG_PATH", QFile::encodeName(config));
        qputenv("PULSE_SERVER", "unix:" + QFile::encodeName(m_work.filePath(QStringLiteral("no-pulse"))));
    }

    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral("^player error"))); }

    void theInterviewIsHeard()
    {
        const qint64 heard = play(0.8f, [this](const QMediaPlayer &) { return heardBytes() >= kHeardBytes; });
        QVERIFY2(heard >= kHeardBytes, qPrintable(QStringLiteral("%1 bytes of sound reached ALSA's default device"
                                                                 " (is gstreamer1.0-alsa installed?)")
                                                      .arg(heard)));
    }

    // The staff's volume acts on what the loudspeaker gets, not on a figure on screen.
    void volumeZeroIsSilence()
    {
        QCOMPARE(play(0.0f, [](const QMediaPlayer &player) { return player.position() >= kPlayedMs; }), 0);
    }
};

QTEST_GUILESS_MAIN(TestSoundOutput)
#include "tst_soundoutput.moc"
