// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Kiosk

// A large tappable tile with a title and a short line under it.
AbstractButton {
    id: tile

    property string title
    property string detail
    property color color: Theme.surfaceRaised

    implicitWidth: 400
    implicitHeight: 240
    Accessible.name: title

    background: Rectangle {
        radius: Theme.radius
        color: tile.color
        border.color: Theme.outline
        border.width: 3
        scale: tile.down ? 0.97 : 1.0
        Behavior on scale { NumberAnimation { duration: 80 } }
    }

    contentItem: Column {
        spacing: Theme.spacingSmall
        padding: Theme.spacing

        Text {
            width: tile.availableWidth - 2 * Theme.spacing
            text: tile.title
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontLarge
            font.bold: true
            wrapMode: Text.Wrap
        }
        Text {
            width: tile.availableWidth - 2 * Theme.spacing
            text: tile.detail
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            wrapMode: Text.Wrap
            visible: text.length > 0
        }
    }
}
