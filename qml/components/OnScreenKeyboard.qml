// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Settings

// The on-screen keyboard (Qt Virtual Keyboard, French AZERTY) for the search field. It lives at
// window level, above the screens, and slides in when a text field has focus. A keyboard inside a
// screen would die with it, and it does not like losing its field while it is torn down.
InputPanel {
    id: keyboard

    // Its height follows its width: in landscape a full-width keyboard would hide the results.
    width: Math.min(parent.width, 1400)
    x: (parent.width - width) / 2
    y: active ? parent.height - height : parent.height
    visible: active

    Component.onCompleted: {
        VirtualKeyboardSettings.locale = "fr_FR"
        VirtualKeyboardSettings.activeLocales = ["fr_FR"]
    }
}
