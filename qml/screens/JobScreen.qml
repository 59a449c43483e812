// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kiosk

// One job card: both titles, the hook, missions and skills; how to get there (levels, trainings
// to tap through); interviews to play; and a QR code of the source to take away.
Item {
    id: screen

    property string itemId
    signal openRequested(string page, string itemId)

    readonly property JobDetail job: Details.job(itemId, screen)
    readonly property bool portrait: height > width

    Flickable {
        id: flick
        anchors.fill: parent
        contentHeight: layout.implicitHeight + 2 * Theme.margin
        clip: true
        boundsBehavior: Flickable.DragOverBounds
        maximumFlickVelocity: Theme.scrollFlickVelocity
        ScrollIndicator.vertical: ScrollIndicator { width: 12 }

        GridLayout {
            id: layout
            x: Theme.margin
            y: Theme.margin
            width: flick.width - 2 * Theme.margin
            columns: screen.portrait ? 1 : 2
            columnSpacing: Theme.margin
            rowSpacing: Theme.spacing

            // Titles and hook across the whole width
            RowLayout {
                Layout.columnSpan: layout.columns
                Layout.fillWidth: true
                spacing: Theme.spacing
                Image {
                    Layout.preferredWidth: 320
                    Layout.preferredHeight: 200
                    Layout.alignment: Qt.AlignTop
                    visible: !screen.portrait && status !== Image.Null   // portrait: room for the QR code
                    source: screen.job.image
                    sourceSize.width: Theme.pictureWidth
                    fillMode: Image.PreserveAspectFit
                    asynchronous: true
                }
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacingSmall
                    Text {
                        objectName: "jobTitle"
                        Layout.fillWidth: true
                        text: screen.job.title
                        color: Theme.text
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontTitle
                        font.bold: true
                        wrapMode: Text.Wrap
                    }
                    Text {
                        // The French forms stay visible in English: the visitor meets them in France.
                        Layout.fillWidth: true
                        visible: Preferences.english
                        text: screen.job.titleMasculine === screen.job.titleFeminine
                              ? screen.job.titleMasculine
                              : screen.job.titleMasculine + " · " + screen.job.titleFeminine
                        color: Theme.textMuted
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontBody
                        wrapMode: Text.Wrap
                    }
                    Text {
                        objectName: "jobHook"
                        Layout.fillWidth: true
                        text: screen.job.hook
                        color: Theme.accent
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontLarge
                        wrapMode: Text.Wrap
                    }
                    Text {
                        Layout.fillWidth: true
                        visible: text.length > 0
                        text: screen.job.sectors
                        color: Theme.textMuted
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontSmall
                        wrapMode: Text.Wrap
                    }
                }
                // In sight from the start: the visitor leaves with the card on their phone.
                QrCode {
                    objectName: "jobQr"
                    Layout.alignment: Qt.AlignTop
                    size: 220
                    url: screen.job.sourceUrl
                }
            }

            // What the job is
            ColumnLayout {
                Layout.alignment: Qt.AlignTop
                // In landscape the text takes 3/5 of the width, the links and QR code 2/5.
                Layout.preferredWidth: screen.portrait ? layout.width : (layout.width - layout.columnSpacing) * 0.6
                spacing: Theme.spacingSmall
                SectionHeader {
                    Layout.fillWidth: true
                    text: qsTr("Missions")
                }
                Text {
                    objectName: "jobMissions"
                    Layout.fillWidth: true
                    text: screen.job.missions
                    color: Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                    lineHeight: 1.15
                    wrapMode: Text.Wrap
                }
                SectionHeader {
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.spacing
                    text: qsTr("Compétences et qualités")
                }
                Text {
                    Layout.fillWidth: true
                    text: screen.job.skills
                    color: Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                    lineHeight: 1.15
                    wrapMode: Text.Wrap
                }
            }

            // How to get there, who does it, take it away
            ColumnLayout {
                Layout.alignment: Qt.AlignTop
                Layout.preferredWidth: screen.portrait ? layout.width : (layout.width - layout.columnSpacing) * 0.4
                spacing: Theme.spacingSmall
                SectionHeader {
                    Layout.fillWidth: true
                    text: qsTr("Pour y arriver")
                }
                Text {
                    objectName: "jobLevels"
                    Layout.fillWidth: true
                    text: qsTr("Niveau d'accès : %1").arg(screen.job.levels)
                    color: Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                    font.bold: true
                    wrapMode: Text.Wrap
                }
                Repeater {
                    model: screen.job.trainings
                    delegate: LinkButton {
                        required property var modelData
                        objectName: "training_" + modelData.trainingId
                        Layout.fillWidth: true
                        iconName: "trainings"
                        title: modelData.name
                        detail: modelData.level
                        onClicked: screen.openRequested("training", modelData.trainingId)
                    }
                }
                SectionHeader {
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.spacing
                    visible: screen.job.interviews.length > 0
                    text: qsTr("Ils et elles en parlent")
                }
                Repeater {
                    model: screen.job.interviews
                    delegate: LinkButton {
                        required property var modelData
                        objectName: "interview_" + modelData.interviewId
                        Layout.fillWidth: true
                        iconName: "interviews"
                        title: modelData.person
                        detail: modelData.role
                        onClicked: screen.openRequested("interview", modelData.interviewId)
                    }
                }
            }
        }
    }

    Text {
        anchors.centerIn: parent
        width: parent.width - 2 * Theme.margin
        visible: !screen.job.found
        text: qsTr("Cette fiche n'existe plus.")
        color: Theme.text
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontTitle
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.Wrap
    }
}
