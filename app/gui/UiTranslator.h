// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QObject>
#include <QPointer>
#include <QTranslator>

class Preferences;
class QQmlEngine;

// Switches the interface language at run time: French is the source language; English installs
// the compiled kiosk_en translation (":/i18n/kiosk_en.qm") and retranslates the QML engine.
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
    bool isTranslating() const { return m_installed; }

private:
    void apply();

    Preferences &m_preferences;
    QTranslator m_english;
    bool m_installed = false;
    QPointer<QQmlEngine> m_engine;
};
