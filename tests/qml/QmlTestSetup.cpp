// SPDX-License-Identifier: GPL-3.0-or-later
#include "QmlTestSetup.h"

#include "TestContent.h"

#include <QQmlEngine>

QmlTestSetup::QmlTestSetup() = default;
QmlTestSetup::~QmlTestSetup() = default;

void QmlTestSetup::qmlEngineAvailable(QQmlEngine *engine)
{
    engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
    if (!kiosk::test::writeSmallContent(m_contentDir.path()) || !m_store.open(m_contentDir.path()))
        qFatal("QML tests: cannot open the fixture content: %s", qPrintable(m_store.errorString()));
    m_preferences = std::make_unique<Preferences>(Preferences::Defaults{});
    m_summary = std::make_unique<ContentSummary>(m_store, *m_preferences);
    m_session = std::make_unique<VisitorSession>(nullptr);
    QObject::connect(m_session.get(), &VisitorSession::resetting, m_preferences.get(), &Preferences::reset);
    Preferences::provide(m_preferences.get());
    VisitorSession::provide(m_session.get());
    ContentSummary::provide(m_summary.get());
}
