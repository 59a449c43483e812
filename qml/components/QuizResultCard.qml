// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kiosk

// A job the quiz proposes: its rank, title, hook and why it matches the visitor's choices. A tap
// opens the job card. A delegate of QuizController.results.
AbstractButton {
    id: card

    required property int index
    required property string jobId
    required property string title
    required property string hook
    required property string why
    required property url image
    property bool horizontal: false   // picture beside the text (portrait: cards one under another)

    implicitWidth: 560
    implicitHeight: implicitContentHeight + topPadding + bottomPadding
    padding: Theme.spacing
    Accessible.name: title

    background: Rectangle {
        radius: Theme.radius
        color: Theme.surfaceRaised
        border.color: Theme.outline
        border.width: 3
        scale: card.down ? 0.98 : 1
        Behavior on scale { NumberAnimation { duration: 80 } }
    }

    contentItem: GridLayout {
        columns: card.horizontal ? 2 : 1
        columnSpacing: Theme.spacing
        rowSpacing: Theme.spacingSmall

        // The job's whole picture (16:10, the sector's name at its bottom) with the rank over it;
        // the rank alone when there is no picture.
        Item {
            Layout.alignment: Qt.AlignTop
            Layout.fillWidth: !card.horizontal
            Layout.fillHeight: false
            Layout.preferredWidth: card.horizontal ? 320 : -1
            implicitHeight: String(card.image).length > 0 ? Math.round(width / 1.6) : 72

            Image {
                objectName: "picture"
                anchors.fill: parent
                visible: String(card.image).length > 0
                source: card.image
                sourceSize.width: Theme.pictureWidth
                fillMode: Image.PreserveAspectCrop
                asynchronous: true
            }
            Rectangle {
                width: 72
                height: 72
                radius: 36
                color: Theme.accent
                border.color: Theme.textOnAccent
                border.width: 2
                Text {
                    anchors.centerIn: parent
                    text: card.index + 1
                    color: Theme.textOnAccent
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontTitle
                    font.bold: true
                }
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.spacingSmall

            Text {
                Layout.fillWidth: true
                text: card.title
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontLarge
                font.bold: true
                wrapMode: Text.Wrap
            }
            Text {
                Layout.fillWidth: true
                text: card.hook
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                wrapMode: Text.Wrap
            }
            Text {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacingSmall
                text: card.why
                color: Theme.accent
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                font.bold: true
                wrapMode: Text.Wrap
            }
            Item { Layout.fillHeight: true }
            Text {
                Layout.fillWidth: true
                text: qsTr("Voir la fiche métier →")
                color: Theme.textMuted
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                wrapMode: Text.Wrap
            }
        }
    }
}
