// SPDX-License-Identifier: GPL-3.0-or-later
#include "Preferences.h"

namespace {

QString normalizedLanguage(const QString &language)
{
    return language == QLatin1String("en") ? language : QStringLiteral("fr");
}

} // namespace

Preferences::Preferences(const Defaults &defaults, QObject *parent)
    : QObject(parent)
    , m_defaults(defaults)
    , m_language(normalizedLanguage(defaults.language))
    , m_largeText(defaults.largeText)
    , m_highContrast(defaults.highContrast)
{
}

void Preferences::setLanguage(const QString &language)
{
    const QString normalized = normalizedLanguage(language);
    if (normalized == m_language)
        return;
    m_language = normalized;
    Q_EMIT languageChanged();
}

kiosk::Language Preferences::contentLanguage() const
{
    return isEnglish() ? kiosk::Language::English : kiosk::Language::French;
}

void Preferences::setLargeText(bool on)
{
    if (on == m_largeText)
        return;
    m_largeText = on;
    Q_EMIT largeTextChanged();
}

void Preferences::setHighContrast(bool on)
{
    if (on == m_highContrast)
        return;
    m_highContrast = on;
    Q_EMIT highContrastChanged();
}

void Preferences::toggleLanguage()
{
    setLanguage(isEnglish() ? QStringLiteral("fr") : QStringLiteral("en"));
}

void Preferences::reset()
{
    setLanguage(m_defaults.language);
    setLargeText(m_defaults.largeText);
    setHighContrast(m_defaults.highContrast);
}
