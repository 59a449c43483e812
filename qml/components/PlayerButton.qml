// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Basic
import Kiosk

// A round button with a glyph (play, pause, replay…), at least Theme.touchMin across. The text
// names it for accessibility and tests; it is not drawn.
AbstractButton {
    id: button

    property string glyph
    property int diameter: Theme.touchMin
    property bool prominent: false   // the main action: filled with the accent colour

    implicitWidth: Math.max(diameter, Theme.touchMin)
    implicitHeight: implicitWidth
    Accessible.name: text

    background: Rectangle {
        radius: width / 2
        color: button.prominent ? Theme.accent : (button.checked ? Theme.accent : Theme.surfaceRaised)
        border.color: Theme.outline
        border.width: 3
        opacity: button.enabled ? 1 : 0.4
        scale: button.down ? 0.94 : 1
        Behavior on scale { NumberAnimation { duration: 80 } }
    }

    contentItem: Item {
        Glyph {
            anchors.centerIn: parent
            size: button.width * 0.45
            name: button.glyph
            color: button.prominent || button.checked ? Theme.textOnAccent : Theme.text
            opacity: button.enabled ? 1 : 0.4
        }
    }
}
