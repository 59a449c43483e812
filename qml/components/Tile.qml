// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kiosk

// A large tappable tile: an icon, a title and a short line under it.
AbstractButton {
    id: tile

    property string title
    property string detail
    property string iconName
    property color color: Theme.surfaceRaised

    implicitWidth: 400
    implicitHeight: implicitContentHeight + topPadding + bottomPadding
    padding: Theme.spacing
    Accessible.name: title

    background: Rectangle {
        radius: Theme.radius
        color: tile.color
        border.color: Theme.outline
        border.width: 3
        scale: tile.down ? 0.97 : 1.0
        Behavior on scale { NumberAnimation { duration: 80 } }
    }

    contentItem: ColumnLayout {
        spacing: Theme.spacingSmall

        Icon {
            visible: tile.iconName.length > 0
            name: tile.iconName
            size: Theme.iconLarge
        }
        Item { Layout.fillHeight: true }   // title and detail sit at the bottom of tall tiles
        Text {
            Layout.fillWidth: true
            text: tile.title
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontTitle
            font.bold: true
            wrapMode: Text.Wrap
        }
        Text {
            Layout.fillWidth: true
            text: tile.detail
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            wrapMode: Text.Wrap
            visible: text.length > 0
        }
    }
}
