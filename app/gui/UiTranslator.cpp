// SPDX-License-Identifier: GPL-3.0-or-later
#include "UiTranslator.h"

#include "Logging.h"
#include "Preferences.h"

#include <QCoreApplication>
#include <QQmlEngine>

#include <utility>

UiTranslator::UiTranslator(Preferences &preferences, QObject *parent)
    : QObject(parent)
    , m_preferences(preferences)
{
    for (auto [translator, file] : {std::pair{&m_french, "kiosk_fr.qm"}, std::pair{&m_english, "kiosk_en.qm"}}) {
        if (!translator->load(QStringLiteral(":/i18n/") + QLatin1String(file)))
            qCWarning(lcApp) << "translation missing from the build:" << file;
    }
    connect(&preferences, &Preferences::languageChanged, this, &UiTranslator::apply);
    apply();
}

UiTranslator::~UiTranslator()
{
    if (m_installed && QCoreApplication::instance())   // a test's setup may outlive the application
        QCoreApplication::removeTranslator(m_installed);
}

void UiTranslator::setEngine(QQmlEngine *engine)
{
    m_engine = engine;
}

QString UiTranslator::installedLanguage() const
{
    if (!m_installed)
        return {};
    return m_installed == &m_english ? QStringLiteral("en") : QStringLiteral("fr");
}

void UiTranslator::apply()
{
    QTranslator *wanted = m_preferences.isEnglish() ? &m_english : &m_french;
    if (wanted == m_installed)
        return;
    if (m_installed)
        QCoreApplication::removeTranslator(m_installed);
    m_installed = QCoreApplication::installTranslator(wanted) ? wanted : nullptr;
    if (m_engine)
        m_engine->retranslate();
}
