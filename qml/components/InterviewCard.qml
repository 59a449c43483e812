// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kiosk

// One interview in the list: portrait (or initials), name, job, employer, a short summary and a play
// badge that says "tap to watch". A delegate of InterviewsModel: its roles fill the properties.
AbstractButton {
    id: card

    required property string interviewId
    required property string person
    required property string role
    required property string employer
    required property string summary
    required property url portrait
    readonly property bool hasPortrait: String(portrait).length > 0

    implicitWidth: 800
    implicitHeight: implicitContentHeight + topPadding + bottomPadding
    padding: Theme.spacing
    Accessible.name: person + ", " + role

    background: Rectangle {
        radius: Theme.radius
        color: Theme.surfaceRaised
        border.color: Theme.outline
        border.width: 3
        scale: card.down ? 0.98 : 1
        Behavior on scale { NumberAnimation { duration: 80 } }
    }

    contentItem: RowLayout {
        spacing: Theme.spacing

        Rectangle {
            Layout.alignment: Qt.AlignTop
            implicitWidth: 160
            implicitHeight: 160
            radius: 80
            color: Theme.accent

            Text {
                anchors.centerIn: parent
                visible: !card.hasPortrait
                text: card.person.split(" ").map(word => word.charAt(0)).join("").slice(0, 2)
                color: Theme.textOnAccent
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontDisplay
                font.bold: true
            }
            Image {
                anchors.fill: parent
                visible: card.hasPortrait
                source: card.portrait
                sourceSize.width: 320
                fillMode: Image.PreserveAspectCrop
                asynchronous: true
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignTop
            spacing: Theme.spacingSmall / 2

            Text {
                Layout.fillWidth: true
                text: card.person
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontLarge
                font.bold: true
                wrapMode: Text.Wrap
            }
            Text {
                Layout.fillWidth: true
                text: card.role
                color: Theme.accent
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                font.bold: true
                wrapMode: Text.Wrap
            }
            Text {
                Layout.fillWidth: true
                visible: text.length > 0
                text: card.employer
                color: Theme.textMuted
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.Wrap
            }
            Text {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacingSmall
                visible: text.length > 0
                text: card.summary
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.Wrap
            }
        }

        Rectangle {
            Layout.alignment: Qt.AlignVCenter
            implicitWidth: Theme.touchMin + 16
            implicitHeight: Theme.touchMin + 16
            radius: width / 2
            color: Theme.accent

            Glyph {
                anchors.centerIn: parent
                anchors.horizontalCenterOffset: 4
                size: parent.width * 0.5
                name: "play"
                color: Theme.textOnAccent
            }
        }
    }
}
