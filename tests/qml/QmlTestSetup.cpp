// SPDX-License-Identifier: GPL-3.0-or-later
#include "QmlTestSetup.h"

#include "GraphicsMemory.h"
#include "KeyboardSetup.h"
#include "TestAnalytics.h"
#include "TestContent.h"
#include "VideoOpeningGate.h"
#include "VideoQueueLimits.h"
#include "kiosk/Config.h"
#include "update/ContentLibrary.h"

#include <QQmlEngine>

// Made before the application object (QUICK_TEST_MAIN_WITH_SETUP): as first in the kiosk's main.
QmlTestSetup::QmlTestSetup()
{
    prepareOnScreenKeyboard();
    limitGraphicsMemory();
    // The videos play with the kiosk's GStreamer hooks.
    VideoQueueLimits::install();
    VideoOpeningGate::install();
}

QmlTestSetup::~QmlTestSetup() = default;

void QmlTestSetup::qmlEngineAvailable(QQmlEngine *engine)
{
    engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
    // Quick Test makes one engine per test file and calls this for each: the content is written once.
    if (!m_store.isOpen()
        && (!kiosk::test::writeSmallContent(m_contentDir.path()) || !m_store.open(m_contentDir.path())))
        qFatal("QML tests: cannot open the fixture content: %s", qPrintable(m_store.errorString()));
    m_preferences = std::make_unique<Preferences>(Preferences::Defaults{});
    m_translator = std::make_unique<UiTranslator>(*m_preferences);   // first on languageChanged
    m_translator->setEngine(engine);
    m_summary = std::make_unique<ContentSummary>(m_store, *m_preferences);
    m_session = std::make_unique<VisitorSession>(nullptr);
    QObject::connect(m_session.get(), &VisitorSession::resetting, m_preferences.get(), &Preferences::reset);
    Preferences::provide(m_preferences.get());
    VisitorSession::provide(m_session.get());
    ContentSummary::provide(m_summary.get());
    m_display = std::make_unique<PublicDisplay>(kiosk::Config{}, m_clock, m_store, *m_preferences, *m_session,
                                                m_contentDir.path());
    m_display->provide();
    m_display->install(false, false);   // the activity filter; no lockdown in tests
    m_testSupport = std::make_unique<TestSupport>(m_clock, *m_display, *engine, QStringLiteral(KIOSK_QMLTYPES));
    static const bool registered = [this] {
        qmlRegisterSingletonType<TestSupport>("KioskTest", 1, 0, "TestSupport", [this](QQmlEngine *, QJSEngine *) {
            QJSEngine::setObjectOwnership(m_testSupport.get(), QJSEngine::CppOwnership);
            return m_testSupport.get();
        });
        return true;
    }();
    Q_UNUSED(registered)
    m_controllers = std::make_unique<ContentControllers>(m_store, *m_preferences, *m_session);
    m_controllers->provide();
    ContentControllers::installOn(*engine);
    m_discovery = std::make_unique<DiscoveryControllers>(m_store, *m_preferences, *m_session);
    m_discovery->provide();

    if (!m_usageLog) {
        m_usageLog = std::make_unique<kiosk::UsageLog>();
        m_usageLog->open(m_analyticsDir.filePath(QStringLiteral("analytics.sqlite")));
        const QDateTime fixtureNow(QDate(2026, 3, 14), QTime(11, 0));
        m_statsFixture = std::make_unique<kiosk::UsageLog>([fixtureNow] { return fixtureNow; });
        if (!m_statsFixture->open(m_analyticsDir.filePath(QStringLiteral("fixture.sqlite")))
            || !kiosk::test::recordSampleVisits(*m_statsFixture, fixtureNow.date()))
            qFatal("QML tests: cannot record the fixture statistics");
    }
    m_recorder = std::make_unique<UsageRecorder>(*m_usageLog, &QDateTime::currentDateTime);
    QObject::connect(m_session.get(), &VisitorSession::started, m_recorder.get(), &UsageRecorder::beginVisit);
    QObject::connect(m_session.get(), &VisitorSession::resetting, m_recorder.get(), &UsageRecorder::reset);
    m_stats = std::make_unique<StatsController>(*m_statsFixture, m_store, QStringLiteral("kiosque-test"));
    UsageRecorder::provide(m_recorder.get());
    StatsController::provide(m_stats.get());
    m_library = std::make_unique<kiosk::ContentLibrary>(m_updateDir.filePath(QStringLiteral("content")));
    ContentUpdate::Settings updateSettings;
    updateSettings.stateFile = m_updateDir.filePath(QStringLiteral("state.ini"));
    m_update = std::make_unique<ContentUpdate>(m_store, *m_library, m_clock, updateSettings);
    m_update->provide();
}
