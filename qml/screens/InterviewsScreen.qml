// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kiosk

// The video interviews: one card per person (portrait, name, job); a tap opens the player.
Item {
    id: screen

    property string itemId
    signal openRequested(string page, string itemId)

    readonly property bool portrait: height > width

    Flickable {
        id: flick
        anchors.fill: parent
        contentWidth: width
        contentHeight: column.implicitHeight + 2 * Theme.margin
        boundsBehavior: Flickable.StopAtBounds
        ScrollIndicator.vertical: ScrollIndicator {}

        ColumnLayout {
            id: column
            x: Theme.margin
            y: Theme.margin
            width: flick.width - 2 * Theme.margin
            spacing: Theme.spacing

            Text {
                Layout.fillWidth: true
                text: qsTr("Témoignages vidéo")
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontTitle
                font.bold: true
                wrapMode: Text.Wrap
            }
            Text {
                Layout.fillWidth: true
                text: InterviewsModel.count > 0 ? qsTr("Touche une personne pour voir sa vidéo (sous-titrée).")
                                                : qsTr("Aucun témoignage pour l'instant.")
                color: Theme.textMuted
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                wrapMode: Text.Wrap
            }

            GridLayout {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacingSmall
                columns: screen.portrait ? 1 : 2
                rowSpacing: Theme.spacing
                columnSpacing: Theme.spacing

                Repeater {
                    model: InterviewsModel
                    delegate: InterviewCard {
                        id: card
                        objectName: "interview_" + interviewId
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        Layout.preferredWidth: 1   // equal columns, whatever the text
                        onClicked: screen.openRequested("interview", card.interviewId)
                    }
                }
            }
        }
    }
}
