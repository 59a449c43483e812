// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "QmlSingleton.h"

#include "content/Language.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

// A visitor's display choices: language, bigger text, high contrast. All go back to the configured
// defaults when the kiosk resets for the next visitor.
class Preferences : public QObject, public QmlSingleton<Preferences>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(bool english READ isEnglish NOTIFY languageChanged)
    Q_PROPERTY(bool largeText READ largeText WRITE setLargeText NOTIFY largeTextChanged)
    Q_PROPERTY(bool highContrast READ highContrast WRITE setHighContrast NOTIFY highContrastChanged)

public:
    // What a reset returns to (from kiosk.ini).
    struct Defaults
    {
        QString language = QStringLiteral("fr");
        bool largeText = false;
        bool highContrast = false;
    };

    explicit Preferences(const Defaults &defaults, QObject *parent = nullptr);

    QString language() const { return m_language; }
    void setLanguage(const QString &language);
    bool isEnglish() const { return m_language == QLatin1String("en"); }
    kiosk::Language contentLanguage() const;

    bool largeText() const { return m_largeText; }
    void setLargeText(bool on);
    bool highContrast() const { return m_highContrast; }
    void setHighContrast(bool on);

    Q_INVOKABLE void toggleLanguage();
    Q_INVOKABLE void reset();

Q_SIGNALS:
    void languageChanged();
    void largeTextChanged();
    void highContrastChanged();

private:
    Defaults m_defaults;
    QString m_language;
    bool m_largeText = false;
    bool m_highContrast = false;
};
