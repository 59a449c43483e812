// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kiosk

// One answer of the quiz: a big picture, a word, the sentence it stands for. One tap chooses it.
AbstractButton {
    id: card

    property string name
    property string question
    property string glyph   // icon name (docs/authoring.md)
    property color color: Theme.surfaceRaised

    implicitWidth: 500
    implicitHeight: Math.max(360, implicitContentHeight + topPadding + bottomPadding)
    padding: Theme.spacing
    Accessible.name: name

    background: Rectangle {
        radius: Theme.radius
        color: card.color
        border.color: Theme.outline
        border.width: 3
        scale: card.down ? 0.97 : 1
        Behavior on scale { NumberAnimation { duration: 80 } }
    }

    // Centred vertically: the cards of one step share the tallest one's height.
    contentItem: ColumnLayout {
        spacing: Theme.spacing

        Item { Layout.fillHeight: true }
        Rectangle {
            Layout.alignment: Qt.AlignHCenter
            implicitWidth: 160
            implicitHeight: 160
            radius: 80
            color: "#33FFFFFF"
            Glyph {
                anchors.centerIn: parent
                name: card.glyph
                size: 96
                color: Theme.text
            }
        }
        Text {
            Layout.fillWidth: true
            text: card.name
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontTitle
            font.bold: true
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
        }
        Text {
            Layout.fillWidth: true
            text: card.question
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
        }
        Item { Layout.fillHeight: true }
    }
}
