// SPDX-License-Identifier: GPL-3.0-or-later
// The kiosk executable: the composition root. It reads the command line, opens the content, builds
// the objects QML sees, and loads the UI. No logic of its own lives here.
#include "AfterVisitCleanup.h"
#include "Allocator.h"
#include "ContentControllers.h"
#include "ContentSummary.h"
#include "ContentUpdate.h"
#include "DiscoveryControllers.h"
#include "GraphicsMemory.h"
#include "KeyboardSetup.h"
#include "Logging.h"
#include "MemoryGuard.h"
#include "Preferences.h"
#include "ProcessMemory.h"
#include "PublicDisplay.h"
#include "StatsController.h"
#include "UiTranslator.h"
#include "UsageRecorder.h"
#include "VideoOpeningGate.h"
#include "VideoQueueLimits.h"
#include "VisitorSession.h"
#include "analytics/UsageExport.h"
#include "analytics/UsageLog.h"
#include "content/ContentStore.h"
#include "kiosk/Clock.h"
#include "kiosk/Config.h"
#include "kiosk/DataPaths.h"
#include "kiosk/SingleInstance.h"
#include "update/ContentLibrary.h"

#include <QCommandLineParser>
#include <QDir>
#include <QGuiApplication>
#include <QProcess>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QScreen>
#include <QtQml/QQmlExtensionPlugin>

#include <cstdio>
#include <future>

Q_IMPORT_QML_PLUGIN(KioskPlugin)

namespace {

// The demo content built with the kiosk: installed beside the binary (/usr/bin/kiosk →
// /usr/share/kiosk/demo-content, whatever the install prefix), else in the build tree.
QString builtDemoContent()
{
    const QString installed = QDir::cleanPath(QCoreApplication::applicationDirPath()
                                              + QStringLiteral("/../share/kiosk/demo-content"));
    for (const QString &dir : {installed, QStringLiteral(KIOSK_BUILD_DEMO_CONTENT)}) {
        if (QFileInfo::exists(dir + QStringLiteral("/content.sqlite")))
            return dir;
    }
    return {};
}

// Opens the active content; if it is unusable, the previous version; at last the demo content.
// A kiosk in a hall must show something rather than nothing.
bool openContent(kiosk::ContentStore &store, kiosk::ContentLibrary &library, const QString &demoDir)
{
    library.cleanUp();
    QString error;
    if (!demoDir.isEmpty() && !library.seedIfEmpty(demoDir, &error))
        qCWarning(lcContent).noquote() << "could not seed the demo content:" << error;
    for (const QString &dir : {library.activeDir(), library.previousDir(), demoDir}) {
        if (!dir.isEmpty() && store.open(dir))
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    prepareOnScreenKeyboard();   // a kiosk has no physical keyboard
    limitGraphicsMemory();
    // No screen to draw on: say what to do rather than let Qt abort in its platform plugin.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")) {
        std::fputs("kiosk: no display (neither DISPLAY nor WAYLAND_DISPLAY is set).\n"
                   "  To try it without a screen: xvfb-run -s '-screen 0 1920x1080x24' kiosk --windowed\n"
                   "  On a kiosk, start the session instead: systemctl start kiosk-session\n",
                   stderr);
        return 1;
    }
    // GStreamer starts (reads its plugin registry, ~7 ms) beside the application rather than in the
    // first frame's way: the video hooks need it before the first media player is made.
    auto videoHooks = std::async(std::launch::async, [] {
        VideoQueueLimits::install();
        VideoOpeningGate::install();
    });
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("kiosk"));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Kiosque Métiers du numérique"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Kiosque Métiers du numérique"));
    parser.addHelpOption();
    const QCommandLineOption dataDirOption(QStringLiteral("data-dir"),
                                           QStringLiteral("Data directory (default: %1).")
                                               .arg(kiosk::DataPaths::defaultDataDir()),
                                           QStringLiteral("DIR"));
    const QCommandLineOption windowedOption(QStringLiteral("windowed"),
                                            QStringLiteral("Run in a window (development)."));
    const QCommandLineOption demoOption(QStringLiteral("demo-content"),
                                        QStringLiteral("Built content used when none is installed."),
                                        QStringLiteral("DIR"));
    const QCommandLineOption configOption(
        QStringLiteral("config"),
        QStringLiteral("Configuration file (default: /etc/kiosk/kiosk.ini if it exists, else "
                       "<data dir>/kiosk.ini if it exists, else built-in defaults)."),
        QStringLiteral("FILE"));
    parser.addOptions({dataDirOption, windowedOption, demoOption, configOption});
    parser.process(app);

    const kiosk::DataPaths paths(parser.isSet(dataDirOption) ? parser.value(dataDirOption)
                                                             : kiosk::DataPaths::defaultDataDir());
    QDir().mkpath(paths.dataDir());
    qCInfo(lcApp).noquote() << "kiosk starting, data directory" << paths.dataDir();

    kiosk::SingleInstance instance(paths.dataDir());
    if (QString message; !instance.acquire(&message)) {
        qCCritical(lcApp).noquote() << "kiosk event=refused reason=already_running";
        fprintf(stderr, "kiosk: %s\n", qUtf8Printable(message));
        return 3;
    }
    const kiosk::Config config =
        kiosk::Config::load(kiosk::Config::locate(parser.value(configOption), paths.dataDir()));

    kiosk::ContentStore store;
    kiosk::ContentLibrary library(paths.contentRoot());
    const QString demoDir = parser.isSet(demoOption) ? parser.value(demoOption) : builtDemoContent();
    if (!openContent(store, library, demoDir)) {
        qCCritical(lcApp).noquote() << "no usable content:" << store.errorString();
        return 1;
    }

    Preferences preferences(Preferences::Defaults{config.language, config.largeText, config.highContrast});
    UiTranslator translator(preferences);   // first on languageChanged: see UiTranslator.h
    ContentSummary summary(store, preferences);
    VisitorSession session(nullptr);
    QObject::connect(&session, &VisitorSession::resetting, &preferences, &Preferences::reset);
    Preferences::provide(&preferences);
    VisitorSession::provide(&session);
    ContentSummary::provide(&summary);
    ContentControllers controllers(store, preferences, session);   // jobs, trainings, search
    controllers.provide();
    DiscoveryControllers discovery(store, preferences, session);   // interviews, lycée, quiz
    discovery.provide();

    // Usage statistics: their own database, outside the swapped content. If it cannot be opened
    // the kiosk still runs; recording is then a no-op. A visit starts when the attract loop is
    // touched and ends at the reset; what staff do in staff mode is not a visit.
    kiosk::UsageLog usageLog;
    usageLog.open(paths.analyticsDatabase());
    UsageRecorder usageRecorder(usageLog, &QDateTime::currentDateTime);
    StatsController stats(usageLog, store, kiosk::UsageExport::kioskId(config.kioskId));
    QObject::connect(&session, &VisitorSession::started, &usageRecorder, &UsageRecorder::beginVisit);
    QObject::connect(&session, &VisitorSession::resetting, &usageRecorder, &UsageRecorder::reset);
    UsageRecorder::provide(&usageRecorder);
    StatsController::provide(&stats);

    // Inactivity reset, attract loop, staff access, lockdown, watchdog (issue 5).
    const kiosk::SystemClock clock;
    PublicDisplay display(config, clock, store, preferences, session, paths.dataDir());
    display.provide();
    QObject::connect(&display.staff(), &StaffController::stateChanged, &usageRecorder,
                     [&display, &usageRecorder] {
        if (display.staff().staffMode())
            usageRecorder.discardVisit();
    });
    // The interview player plays at the kiosk's sound level, and a playing video holds off the idle reset.
    {
        AudioSettings &audio = *AudioSettings::instance();
        IdleController &idle = *IdleController::instance();
        InterviewPlayer &player = discovery.player;
        player.setVolumeCap(audio.volume());
        QObject::connect(&audio, &AudioSettings::percentChanged, &player,
                         [&audio, &player] { player.setVolumeCap(audio.volume()); });
        QObject::connect(&player, &InterviewPlayer::playingChanged, &idle,
                         [&idle, &player] { idle.setVideoPlaying(player.isPlaying()); });
    }
    display.install(true, parser.isSet(windowedOption));
    // USB sticks and the inbox: signed content packs, shown on the staff screen (issue 6).
    ContentUpdate::Settings updateSettings;
    updateSettings.trustedKeys = config.trustedKeys;
    updateSettings.mountRoots = config.mountRoots;
    updateSettings.inboxDir = config.inboxDir(paths.dataDir());
    updateSettings.stateFile = paths.stateFile();
    updateSettings.autoApply = config.autoApply;
    ContentUpdate update(store, library, clock, updateSettings);
    update.provide();
    QObject::connect(&update.watcher(), &kiosk::VolumeWatcher::exportFolderFound, &stats,
                     &StatsController::setExportFolder);
    update.start();
    // Under systemd (Restart=always) leaving is enough for a restart; by hand, start a new kiosk.
    constexpr int kRestartExitCode = 75;
    QObject::connect(&display.staff(), &StaffController::quitRequested, &app, [] { QCoreApplication::exit(0); });
    QObject::connect(&display.staff(), &StaffController::restartRequested, &app,
                     [] { QCoreApplication::exit(kRestartExitCode); });

    videoHooks.get();   // before QML makes the first media player
    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    ContentControllers::installOn(engine);
    translator.setEngine(&engine);
    QObject::connect(&engine, &QQmlApplicationEngine::objectCreationFailed, &app,
                     [] { QCoreApplication::exit(1); }, Qt::QueuedConnection);
    AfterVisitCleanup cleanup(session, engine);
    QObject::connect(&cleanup, &AfterVisitCleanup::memoryReleased, &app, &Allocator::giveBackFreedPages);
    // Read after the freed pages are given back (connected after them).
    MemoryGuard memoryGuard(session, config.restartAboveMib, &residentMib);
    QObject::connect(&cleanup, &AfterVisitCleanup::memoryReleased, &memoryGuard, &MemoryGuard::check);
    QObject::connect(&memoryGuard, &MemoryGuard::restartNeeded, &app,
                     [] { QCoreApplication::exit(kRestartExitCode); });
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Kiosk/qml/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return 1;
    if (auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst())) {
        if (!parser.isSet(windowedOption)) {
            // The screen's size first: with no window manager to honour "full screen" (a bare X
            // server), the window would keep its 1920×1080 default on a portrait screen.
            window->setGeometry(window->screen()->geometry());
            window->showFullScreen();
        }
        display.watch(window);
        cleanup.watch(window);
    }
    qCInfo(lcApp).noquote() << QStringLiteral("kiosk event=start content_version=%1 config=%2 kiosk_id=%3")
                                   .arg(QString::number(store.info().version),
                                        config.source.isEmpty() ? QStringLiteral("defaults") : config.source,
                                        config.kioskId);
    const int exitCode = QGuiApplication::exec();
    if (exitCode == kRestartExitCode && !qEnvironmentVariableIsSet("INVOCATION_ID")) {
        instance.release();
        QProcess::startDetached(QCoreApplication::applicationFilePath(), QCoreApplication::arguments().mid(1));
    }
    return exitCode;
}
