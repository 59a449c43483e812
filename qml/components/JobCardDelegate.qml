// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kiosk

// A job on the grid: picture, both titles, the hook and the levels. Its height follows its text
// (the grid gives every card of a row the row's height), so nothing is ever cut.
AbstractButton {
    id: card

    required property string jobId
    required property string title
    required property string hook
    required property url image
    required property string levels

    implicitHeight: column.implicitHeight
    Accessible.name: title

    background: Rectangle {
        radius: Theme.radius
        color: card.down ? Theme.cardPressed : Theme.card
        border.color: Theme.outline
        border.width: 2
    }

    ColumnLayout {
        id: column
        width: card.width
        spacing: Theme.spacingSmall

        Image {
            id: picture
            objectName: "picture"
            Layout.fillWidth: true
            Layout.margins: 8   // inside the card's rounded corners
            Layout.preferredHeight: Math.round(card.width * 0.4)
            visible: status !== Image.Null
            source: card.image
            sourceSize.width: Theme.pictureWidth
            fillMode: Image.PreserveAspectCrop
            verticalAlignment: Image.AlignTop
            asynchronous: true
        }
        Text {
            objectName: "cardTitle"
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacing
            Layout.rightMargin: Theme.spacing
            Layout.topMargin: picture.visible ? 0 : Theme.spacing
            text: card.title
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            font.bold: true
            wrapMode: Text.Wrap
        }
        Text {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacing
            Layout.rightMargin: Theme.spacing
            text: card.hook
            color: Theme.textMuted
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
        }
        Text {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacing
            Layout.rightMargin: Theme.spacing
            Layout.bottomMargin: Theme.spacing
            text: card.levels
            color: Theme.accent
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
            font.bold: true
            wrapMode: Text.Wrap
        }
    }
}
