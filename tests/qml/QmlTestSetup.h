// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "ContentSummary.h"
#include "Preferences.h"
#include "VisitorSession.h"
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
};
