// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts
import Kiosk

// One card of the attract loop: a job with its picture, a key figure, or an interview with its
// portrait and, when the loop allows it, a muted excerpt with its captions over the portrait.
// The card keeps its size whatever the content: a text too long for it ends in "…" at its last
// whole line, and the line under it (who speaks, a figure's source) stays whole.
Rectangle {
    id: card

    required property string kind
    required property string title
    required property string text
    required property string detail
    required property url image
    required property url video
    required property url captions
    // Its interview's excerpt may play now (the loop allows one at a time: each player is a
    // GStreamer pipeline of some 30 MB).
    property bool excerptAllowed: false
    // Its excerpt's player still opens its video (the loop counts them: AttractModel.held).
    readonly property bool excerptOpening: excerpt.opening

    radius: Theme.radius
    color: Theme.surfaceRaised
    border.color: Theme.outline
    border.width: 2
    clip: true

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacingSmall

        Text {
            text: card.kind === "figure" ? qsTr("Chiffre clé")
                : card.kind === "interview" ? qsTr("Témoignage") : qsTr("Métier")
            color: Theme.accent
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
            font.bold: true
        }
        Item {
            // No picture nor video in the content: no room kept for them.
            visible: picture.status !== Image.Null || excerpt.active
            Layout.fillWidth: true
            Layout.preferredHeight: width * 9 / 16

            Image {
                id: picture
                anchors.fill: parent
                source: card.image
                sourceSize.width: card.kind === "interview" ? Theme.portraitWidth : Theme.pictureWidth
                // A portrait whole (cropping a square photo to 16:9 cuts the face); pictures fill.
                fillMode: card.kind === "interview" ? Image.PreserveAspectFit : Image.PreserveAspectCrop
                asynchronous: true
            }
            // With no source there is no player.
            VideoExcerpt {
                id: excerpt
                readonly property bool active: String(card.video).length > 0
                anchors.fill: parent
                source: active && card.excerptAllowed ? card.video : ""
                captions: card.captions
            }
        }
        Text {
            Layout.fillWidth: true
            text: card.title
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: card.kind === "figure" ? Theme.fontDisplay * 1.5 : Theme.fontTitle
            font.bold: true
            wrapMode: Text.Wrap
        }
        Text {
            objectName: "cardText"
            Layout.fillWidth: true
            Layout.fillHeight: true
            text: card.text
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: card.kind === "figure" ? Theme.fontLarge : Theme.fontBody
            wrapMode: Text.Wrap
            elide: Text.ElideRight
            verticalAlignment: Text.AlignTop
        }
        Text {
            objectName: "cardDetail"
            Layout.fillWidth: true
            visible: card.detail.length > 0
            text: card.detail
            color: Theme.textMuted
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
        }
    }
}
