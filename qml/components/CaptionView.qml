// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Kiosk

// The current caption over the video: large white text on a dark band, readable in a noisy hall.
// Invisible between captions.
Rectangle {
    id: view

    property string text
    property real maximumWidth: 1200
    property int pixelSize: Theme.fontCaption

    visible: text.length > 0
    implicitWidth: Math.min(maximumWidth, label.implicitWidth + 2 * Theme.spacing)
    implicitHeight: label.implicitHeight + 2 * Theme.spacingSmall
    radius: 12
    color: Theme.captionBackground

    Text {
        id: label
        objectName: "captionText"
        anchors.fill: parent
        anchors.leftMargin: Theme.spacing
        anchors.rightMargin: Theme.spacing
        anchors.topMargin: Theme.spacingSmall
        anchors.bottomMargin: Theme.spacingSmall
        text: view.text
        color: "#FFFFFF"
        font.family: Theme.fontFamily
        font.pixelSize: view.pixelSize
        font.bold: true
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
    }
}
