// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Settings

// The on-screen keyboard (Qt Virtual Keyboard, French AZERTY) for the search field: a layer the
// size of the window, above the screens, whose keyboard slides in at its bottom when a text field
// has focus. A keyboard inside a screen would die with it, and it does not like losing its field
// while it is torn down. The layer takes no touch itself. (A layer rather than the keyboard alone:
// Main.qml's Loader gives what it loads its own size, the whole window.)
Item {
    id: layer

    readonly property alias active: panel.active
    readonly property alias panel: panel

    InputPanel {
        id: panel
        objectName: "inputPanel"
        // Its height follows its width: in landscape a full-width keyboard would hide the results.
        width: Math.min(layer.width, 1400)
        x: (layer.width - width) / 2
        y: active ? layer.height - height : layer.height
        visible: active
    }

    // The keyboard's first layout is already French: the default locale is (KeyboardSetup.h).
    Component.onCompleted: {
        VirtualKeyboardSettings.locale = "fr_FR"
        VirtualKeyboardSettings.activeLocales = ["fr_FR"]
    }
}
