// SPDX-License-Identifier: GPL-3.0-or-later
// Video start: from "play this interview" to its first decoded frame, the player made first.
//   kiosk — a new instance of the kiosk's own VideoPlayer.qml (what the interview screen creates
//           when a visitor taps an interview) is made in the window and given the video: it starts
//           playing by itself; the clock stops at the first valid frame its VideoOutput receives.
//   bare  — a new QMediaPlayer with a QAudioOutput and a QVideoSink, no QML, no window.
// The two alternate, RUNS times each, on the same file, after one unmeasured start of each.
// Prints "video kiosk_ms bare_ms kiosk_made_ms bare_made_ms" (medians; *_made_ms: the part spent
// making the player — for the kiosk's, mostly its VideoOutput, for which Qt 6.4 makes an OpenGL
// context of GStreamer's own).
// With "cold" instead of RUNS: only the first start of the bare player in its process (GStreamer
// loads then): the baseline of the real kiosk's first interview (first_video.py). Prints "video-cold ms".
// Usage: bench_video VIDEO_FILE [RUNS | cold]
#include "Preferences.h"

#include <QAudioOutput>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QGuiApplication>
#include <QMediaPlayer>
#include <QQmlApplicationEngine>
#include <QQmlComponent>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTextStream>
#include <QTimer>
#include <QVideoFrame>
#include <QVideoSink>
#include <QtCore/qtestsupport_core.h>
#include <QtQml/QQmlExtensionPlugin>

#include <algorithm>
#include <memory>
#include <vector>

Q_IMPORT_QML_PLUGIN(KioskPlugin)

namespace {

constexpr int kTimeoutMs = 10000;

// Milliseconds from now until sink shows a valid frame (-1 on timeout); start() begins playback.
template<typename Start>
double untilFirstFrame(QVideoSink *sink, Start start)
{
    QEventLoop loop;
    QElapsedTimer timer;
    double elapsed = -1;
    QObject::connect(sink, &QVideoSink::videoFrameChanged, &loop, [&](const QVideoFrame &frame) {
        if (frame.isValid() && elapsed < 0) {
            elapsed = timer.nsecsElapsed() / 1e6;
            loop.quit();
        }
    });
    QTimer::singleShot(kTimeoutMs, &loop, &QEventLoop::quit);
    timer.start();
    start();
    loop.exec();
    return elapsed;
}

struct PlayerStart
{
    double madeMs = -1;   // the player made (the kiosk's: in the window)
    double frameMs = -1;  // its source set → first frame
    double totalMs() const { return frameMs < 0 ? -1 : madeMs + frameMs; }
};

// A player is stopped only once it has opened its file: Qt 6.4's GStreamer player can deadlock
// when stopped or destroyed while still opening it (docs/architecture.md), and its first frame
// comes before that.
template<typename Opened>
void waitUntilOpened(Opened opened)
{
    if (!QTest::qWaitFor(opened, kTimeoutMs))
        QTextStream(stderr) << "bench_video: the player was still opening its file after " << kTimeoutMs << " ms\n";
}

PlayerStart kioskPlayer(QQmlEngine &engine, QQuickItem *parent, const QUrl &video)
{
    QElapsedTimer making;
    making.start();
    QQmlComponent component(&engine);
    component.setData("import QtQuick\nimport Kiosk\nVideoPlayer { anchors.fill: parent }", QUrl());
    std::unique_ptr<QObject> player(component.beginCreate(engine.rootContext()));
    if (!player) {
        QTextStream(stderr) << component.errorString() << '\n';
        return {};
    }
    qobject_cast<QQuickItem *>(player.get())->setParentItem(parent);
    component.completeCreate();
    const double madeMs = making.nsecsElapsed() / 1e6;
    QVideoSink *sink = nullptr;
    for (QObject *child : player->findChildren<QObject *>()) {
        if (qstrcmp(child->metaObject()->className(), "QQuickVideoOutput") == 0)
            sink = child->property("videoSink").value<QVideoSink *>();
    }
    if (!sink)
        return {};
    const double ms = untilFirstFrame(sink, [&] { player->setProperty("source", video); });
    waitUntilOpened([&] { return !player->property("opening").toBool(); });
    QMetaObject::invokeMethod(player.get(), "unload");
    return {madeMs, ms};
}

PlayerStart barePlayer(const QUrl &video)
{
    QElapsedTimer making;
    making.start();
    QMediaPlayer player;
    QAudioOutput audio;
    QVideoSink sink;
    player.setAudioOutput(&audio);
    player.setVideoSink(&sink);
    const double madeMs = making.nsecsElapsed() / 1e6;
    const double ms = untilFirstFrame(&sink, [&] {
        player.setSource(video);
        player.play();
    });
    waitUntilOpened([&] { return player.mediaStatus() != QMediaPlayer::LoadingMedia; });
    player.stop();
    return {madeMs, ms};
}

double median(std::vector<double> samples)
{
    std::sort(samples.begin(), samples.end());
    return samples[samples.size() / 2];
}

} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        QTextStream(stderr) << "usage: bench_video VIDEO_FILE [RUNS | cold]\n";
        return 2;
    }
    const QUrl video = QUrl::fromLocalFile(args.at(1));
    const bool cold = args.size() > 2 && args.at(2) == QLatin1String("cold");
    const int runs = args.size() > 2 && !cold ? std::max(1, args.at(2).toInt()) : 5;

    Preferences preferences(Preferences::Defaults{});   // the Theme singleton reads it
    Preferences::provide(&preferences);
    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    engine.loadData("import QtQuick\nWindow { width: 1920; height: 1080; visible: true; color: \"black\" }");
    auto *window = engine.rootObjects().isEmpty() ? nullptr : qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    if (!window)
        return 1;

    if (cold) {
        const double ms = barePlayer(video).totalMs();
        QTextStream(stdout) << "video-cold " << QString::number(ms, 'f', 1) << '\n';
        return ms < 0 ? 1 : 0;
    }
    // One unmeasured start of each first: GStreamer's registry, the QML types, the file in the cache.
    kioskPlayer(engine, window->contentItem(), video);
    barePlayer(video);
    std::vector<double> kiosk, bare, kioskMade, bareMade;
    for (int run = 0; run < runs; ++run) {
        const PlayerStart ours = kioskPlayer(engine, window->contentItem(), video);
        const PlayerStart plain = barePlayer(video);
        kiosk.push_back(ours.totalMs());
        kioskMade.push_back(ours.madeMs);
        bare.push_back(plain.totalMs());
        bareMade.push_back(plain.madeMs);
    }
    if (*std::min_element(kiosk.begin(), kiosk.end()) < 0 || *std::min_element(bare.begin(), bare.end()) < 0) {
        QTextStream(stderr) << "bench_video: no frame within " << kTimeoutMs << " ms\n";
        return 1;
    }
    QTextStream(stdout) << "video " << QString::number(median(kiosk), 'f', 1) << ' '
                        << QString::number(median(bare), 'f', 1) << ' '
                        << QString::number(median(kioskMade), 'f', 1) << ' '
                        << QString::number(median(bareMade), 'f', 1) << '\n';
    return 0;
}
