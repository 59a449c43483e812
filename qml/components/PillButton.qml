// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kiosk

// A rounded button with an optional icon: top bar, "Effacer les filtres", suggestions…
// `selected` shows a choice that is on; `accent` draws an action that should catch the eye.
AbstractButton {
    id: button

    property string iconName
    property bool selected
    property bool accent
    readonly property bool filled: selected || accent

    implicitHeight: Math.max(Theme.touchMin, implicitContentHeight + topPadding + bottomPadding)
    implicitWidth: Math.max(Theme.touchMin, implicitContentWidth + leftPadding + rightPadding)
    leftPadding: 20
    rightPadding: 20
    topPadding: 8
    bottomPadding: 8
    font.family: Theme.fontFamily
    font.pixelSize: Theme.fontBody
    Accessible.name: text

    background: Rectangle {
        radius: Math.min(height / 2, Theme.radius)
        color: button.filled ? (button.down ? Qt.darker(Theme.chipSelected, 1.2) : Theme.chipSelected)
                             : button.down ? Theme.cardPressed : Theme.surfaceRaised
        border.color: button.filled ? Theme.chipSelected : Theme.outline
        border.width: 2
    }
    opacity: enabled ? 1 : 0.45
    // Icon and text centred: spacers on both sides share any width the layout gives beyond the
    // content's (hidden items take no room in a RowLayout).
    contentItem: RowLayout {
        spacing: 0
        Item { Layout.fillWidth: true }
        Rectangle {
            // Dark icons on the accent colour: the white drawing sits on a dark disc.
            visible: button.iconName.length > 0
            Layout.rightMargin: button.text.length > 0 ? 8 : 0
            implicitWidth: 40
            implicitHeight: 40
            radius: 20
            color: button.filled ? Theme.textOnChipSelected : "transparent"
            Icon {
                anchors.centerIn: parent
                name: button.iconName
                size: button.filled ? 28 : 36
            }
        }
        Text {
            visible: text.length > 0
            text: button.text
            font: button.font
            color: button.filled ? Theme.textOnChipSelected : Theme.text
        }
        Item { Layout.fillWidth: true }
    }
}
