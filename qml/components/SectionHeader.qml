// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Kiosk

// A heading inside a screen ("Missions", "Bac+2"…), with an accent bar to its left.
Item {
    id: header

    property string text

    implicitHeight: label.implicitHeight + 2 * Theme.spacingSmall
    implicitWidth: label.implicitWidth + bar.width + Theme.spacingSmall

    Rectangle {
        id: bar
        width: 8
        height: label.implicitHeight
        anchors.verticalCenter: parent.verticalCenter
        radius: 4
        color: Theme.accent
    }
    Text {
        id: label
        anchors.left: bar.right
        anchors.leftMargin: Theme.spacingSmall
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        text: header.text
        color: Theme.text
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontLarge
        font.bold: true
        wrapMode: Text.Wrap
    }
}
