// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QObject>
#include <QPointer>
#include <QTranslator>

class Preferences;
class QQmlEngine;

// Switches the interface language at run time: installs the compiled translation of the visitor's
// language (":/i18n/kiosk_en.qm", or ":/i18n/kiosk_fr.qm" whose French plural forms turn
// "%n métier(s)" into "1 métier" / "5 métiers") and retranslates the QML engine.
// Build it right after Preferences, before any model: Qt calls slots in connection order, so the
// translation is in place before models re-read their translated labels on languageChanged.
class UiTranslator : public QObject
{
    Q_OBJECT
public:
    explicit UiTranslator(Preferences &preferences, QObject *parent = nullptr);
    ~UiTranslator() override;

    // The engine whose qsTr() bindings are re-evaluated on a change.
    void setEngine(QQmlEngine *engine);
    // "fr" or "en": the translation in place ("" if none could be installed).
    QString installedLanguage() const;

private:
    void apply();

    Preferences &m_preferences;
    QTranslator m_french;
    QTranslator m_english;
    QTranslator *m_installed = nullptr;
    QPointer<QQmlEngine> m_engine;
};
