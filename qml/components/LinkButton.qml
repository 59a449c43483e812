// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kiosk

// A tappable line that leads somewhere else (a training from a job card, a job from a training):
// an icon, a title, a detail, and an arrow that says "tap me".
AbstractButton {
    id: link

    property string iconName: "next"
    property string title
    property string detail

    implicitHeight: Math.max(Theme.touchMin, implicitContentHeight + topPadding + bottomPadding)
    implicitWidth: implicitContentWidth + leftPadding + rightPadding
    padding: Theme.spacingSmall
    leftPadding: Theme.spacing
    rightPadding: Theme.spacing
    Accessible.name: title

    background: Rectangle {
        radius: Theme.radius / 2
        color: link.down ? Theme.cardPressed : Theme.card
        border.color: Theme.outline
        border.width: 2
    }

    contentItem: RowLayout {
        spacing: Theme.spacing

        Icon {
            Layout.alignment: Qt.AlignVCenter
            name: link.iconName
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2
            Text {
                Layout.fillWidth: true
                text: link.title
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                font.bold: true
                wrapMode: Text.Wrap
            }
            Text {
                Layout.fillWidth: true
                visible: text.length > 0
                text: link.detail
                color: Theme.textMuted
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.Wrap
            }
        }
        Icon {
            Layout.alignment: Qt.AlignVCenter
            name: "next"
            size: 32
        }
    }
}
