// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kiosk

// One training: what it is, where to follow it (by department), the jobs it leads to, and a QR
// code of its source.
Item {
    id: screen

    property string itemId
    signal openRequested(string page, string itemId)

    readonly property TrainingDetail training: Details.training(itemId, screen)
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

            RowLayout {
                Layout.columnSpan: layout.columns
                Layout.fillWidth: true
                spacing: Theme.spacing
                ColumnLayout {
                    Layout.fillWidth: true
                    Layout.alignment: Qt.AlignTop
                    spacing: Theme.spacingSmall
                    Text {
                        objectName: "trainingName"
                        Layout.fillWidth: true
                        text: screen.training.name
                        color: Theme.text
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontTitle
                        font.bold: true
                        wrapMode: Text.Wrap
                    }
                    Text {
                        Layout.fillWidth: true
                        text: screen.training.duration.length > 0
                              ? qsTr("Niveau atteint : %1").arg(screen.training.level) + " — " + screen.training.duration
                              : qsTr("Niveau atteint : %1").arg(screen.training.level)
                        color: Theme.accent
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontLarge
                        wrapMode: Text.Wrap
                    }
                }
                QrCode {
                    objectName: "trainingQr"
                    Layout.alignment: Qt.AlignTop
                    size: 220
                    url: screen.training.sourceUrl
                }
            }

            ColumnLayout {
                Layout.alignment: Qt.AlignTop
                Layout.preferredWidth: screen.portrait ? layout.width : (layout.width - layout.columnSpacing) * 0.55
                spacing: Theme.spacingSmall
                Text {
                    Layout.fillWidth: true
                    text: screen.training.description
                    color: Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                    lineHeight: 1.15
                    wrapMode: Text.Wrap
                }
                SectionHeader {
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.spacing
                    visible: screen.training.jobs.length > 0
                    text: qsTr("Pour devenir")
                }
                Repeater {
                    model: screen.training.jobs
                    delegate: LinkButton {
                        required property var modelData
                        objectName: "job_" + modelData.jobId
                        Layout.fillWidth: true
                        iconName: "jobs"
                        title: modelData.title
                        onClicked: screen.openRequested("job", modelData.jobId)
                    }
                }
            }

            ColumnLayout {
                Layout.alignment: Qt.AlignTop
                Layout.preferredWidth: screen.portrait ? layout.width : (layout.width - layout.columnSpacing) * 0.45
                spacing: Theme.spacingSmall
                SectionHeader {
                    Layout.fillWidth: true
                    text: qsTr("Où se former")
                }
                Text {
                    Layout.fillWidth: true
                    visible: screen.training.places.length === 0
                    text: qsTr("Renseigne-toi auprès d'un conseiller d'orientation.")
                    color: Theme.textMuted
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                    wrapMode: Text.Wrap
                }
                Repeater {
                    model: screen.training.places
                    delegate: RowLayout {
                        id: place
                        required property var modelData
                        Layout.fillWidth: true
                        spacing: Theme.spacingSmall
                        Icon {
                            Layout.alignment: Qt.AlignTop
                            name: "place"
                        }
                        ColumnLayout {
                            Layout.fillWidth: true
                            spacing: 0
                            Text {
                                Layout.fillWidth: true
                                text: place.modelData.town + " (" + place.modelData.departmentName + ")"
                                color: Theme.text
                                font.family: Theme.fontFamily
                                font.pixelSize: Theme.fontBody
                                font.bold: true
                                wrapMode: Text.Wrap
                            }
                            Text {
                                Layout.fillWidth: true
                                text: place.modelData.establishment
                                color: Theme.textMuted
                                font.family: Theme.fontFamily
                                font.pixelSize: Theme.fontSmall
                                wrapMode: Text.Wrap
                            }
                        }
                    }
                }
            }
        }
    }
}
