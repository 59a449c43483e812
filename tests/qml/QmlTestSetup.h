// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "ContentControllers.h"
#include "ContentSummary.h"
#include "ContentUpdate.h"
#include "DiscoveryControllers.h"
#include "FakeClock.h"
#include "Preferences.h"
#include "PublicDisplay.h"
#include "StatsController.h"
#include "TestSupport.h"
#include "UiTranslator.h"
#include "UsageRecorder.h"
#include "VisitorSession.h"
#include "analytics/UsageLog.h"
#include "content/ContentStore.h"

#include <QObject>
#include <QTemporaryDir>

#include <memory>

class QQmlEngine;

// The composition root of the QML tests: the same objects as main.cpp, over fixture content.
class QmlTestSetup : public QObject
{
    Q_OBJECT
public:
    QmlTestSetup();
    ~QmlTestSetup() override;

public Q_SLOTS:
    void qmlEngineAvailable(QQmlEngine *engine);

private:
    QTemporaryDir m_contentDir;
    kiosk::ContentStore m_store;
    std::unique_ptr<Preferences> m_preferences;
    std::unique_ptr<ContentSummary> m_summary;
    std::unique_ptr<VisitorSession> m_session;
    // Inactivity, attract, staff access (issue 5), on a fake clock the tests move (TestSupport).
    kiosk::test::FakeClock m_clock;
    std::unique_ptr<PublicDisplay> m_display;
    std::unique_ptr<TestSupport> m_testSupport;
    std::unique_ptr<UiTranslator> m_translator;
    std::unique_ptr<ContentControllers> m_controllers;
    std::unique_ptr<DiscoveryControllers> m_discovery;
    // Statistics: the recorder writes the visits other tests make; the panel reads a second log
    // holding known visits (at a fixed date), so its numbers do not depend on the other tests.
    QTemporaryDir m_analyticsDir;
    std::unique_ptr<kiosk::UsageLog> m_usageLog;
    std::unique_ptr<kiosk::UsageLog> m_statsFixture;
    std::unique_ptr<UsageRecorder> m_recorder;
    std::unique_ptr<StatsController> m_stats;
    // Content update: an empty library, no mount root; the tests hand packs to the controller.
    QTemporaryDir m_updateDir;
    std::unique_ptr<kiosk::ContentLibrary> m_library;
    std::unique_ptr<ContentUpdate> m_update;
};
