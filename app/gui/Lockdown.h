// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QObject>

// Keeps visitors inside the kiosk. Installed on the application, it swallows the keys that would
// leave or close it (Esc, Alt+F4, Ctrl+Q, Ctrl+W, the standard Quit/Close/Cancel sequences, F11,
// the Super key), context menus and, unless windowed, requests to close the window. It hides the
// mouse pointer unless the configuration shows it ([display] cursor_visible, for mouse kiosks).
// The staff screen's "Quitter" ends the process directly, not through a key or a close request.
class Lockdown : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        bool cursorVisible = false;
        bool allowWindowClose = false;   // --windowed (development)
    };

    explicit Lockdown(Options options, QObject *parent = nullptr);
    ~Lockdown() override;

    // Installs the filter on the application and applies the cursor choice.
    void install();

    bool eventFilter(QObject *watched, QEvent *event) override;

    // True for the key presses and releases Lockdown swallows.
    static bool isBlockedKey(const QEvent *event);

private:
    Options m_options;
    bool m_cursorOverridden = false;
};
