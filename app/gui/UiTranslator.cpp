// SPDX-License-Identifier: GPL-3.0-or-later
#include "UiTranslator.h"

#include "Logging.h"
#include "Preferences.h"

#include <QCoreApplication>
#include <QQmlEngine>

UiTranslator::UiTranslator(Preferences &preferences, QObject *parent)
    : QObject(parent)
    , m_preferences(preferences)
{
    if (!m_english.load(QStringLiteral(":/i18n/kiosk_en.qm")))
        qCWarning(lcApp) << "the English translation is missing from the build";
    connect(&preferences, &Preferences::languageChanged, this, &UiTranslator::apply);
    apply();
}

UiTranslator::~UiTranslator()
{
    if (m_installed && QCoreApplication::instance())   // a test's setup may outlive the application
        QCoreApplication::removeTranslator(&m_english);
}

void UiTranslator::setEngine(QQmlEngine *engine)
{
    m_engine = engine;
}

void UiTranslator::apply()
{
    const bool english = m_preferences.isEnglish();
    if (english == m_installed)
        return;
    m_installed = english ? QCoreApplication::installTranslator(&m_english)
                          : !QCoreApplication::removeTranslator(&m_english);
    if (m_engine)
        m_engine->retranslate();
}
