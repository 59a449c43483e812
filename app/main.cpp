// SPDX-License-Identifier: GPL-3.0-or-later
// The kiosk executable: the composition root. It reads the command line, opens the content, builds
// the objects QML sees, and loads the UI. No logic of its own lives here.
#include "ContentSummary.h"
#include "Logging.h"
#include "Preferences.h"
#include "VisitorSession.h"
#include "content/ContentStore.h"
#include "kiosk/DataPaths.h"
#include "update/ContentLibrary.h"

#include <QCommandLineParser>
#include <QDir>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QtQml/QQmlExtensionPlugin>

Q_IMPORT_QML_PLUGIN(KioskPlugin)

namespace {

// The demo content built with the kiosk: next to the build tree, or installed under share/.
QString builtDemoContent()
{
    for (const char *candidate : {KIOSK_BUILD_DEMO_CONTENT, KIOSK_INSTALLED_DEMO_CONTENT}) {
        const QString dir = QString::fromUtf8(candidate);
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
    parser.addOptions({dataDirOption, windowedOption, demoOption});
    parser.process(app);

    const kiosk::DataPaths paths(parser.isSet(dataDirOption) ? parser.value(dataDirOption)
                                                             : kiosk::DataPaths::defaultDataDir());
    QDir().mkpath(paths.dataDir());
    qCInfo(lcApp).noquote() << "kiosk starting, data directory" << paths.dataDir();

    kiosk::ContentStore store;
    kiosk::ContentLibrary library(paths.contentRoot());
    const QString demoDir = parser.isSet(demoOption) ? parser.value(demoOption) : builtDemoContent();
    if (!openContent(store, library, demoDir)) {
        qCCritical(lcApp).noquote() << "no usable content:" << store.errorString();
        return 1;
    }

    Preferences preferences(Preferences::Defaults{});
    ContentSummary summary(store, preferences);
    VisitorSession session(nullptr);
    QObject::connect(&session, &VisitorSession::resetting, &preferences, &Preferences::reset);
    Preferences::provide(&preferences);
    VisitorSession::provide(&session);
    ContentSummary::provide(&summary);

    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    QObject::connect(&engine, &QQmlApplicationEngine::objectCreationFailed, &app,
                     [] { QCoreApplication::exit(1); }, Qt::QueuedConnection);
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Kiosk/qml/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return 1;
    if (auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
        window && !parser.isSet(windowedOption))
        window->showFullScreen();
    return QGuiApplication::exec();
}
