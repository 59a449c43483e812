// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kiosk

// Where to study in Occitanie: the departments as a tile map (tap one to see only its
// trainings), beside — or above, in portrait — the trainings grouped by level.
Item {
    id: screen

    property string itemId
    signal openRequested(string page, string itemId)

    readonly property bool portrait: height > width

    GridLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        columns: screen.portrait ? 1 : 2
        columnSpacing: Theme.margin
        rowSpacing: Theme.spacing

        ColumnLayout {
            Layout.alignment: Qt.AlignTop
            Layout.preferredWidth: screen.portrait ? parent.width : parent.width * 0.5
            // Nested layouts fill by default: the list gets the rest of the width (landscape) or of
            // the height (portrait, where the map keeps its natural size above it).
            Layout.fillWidth: screen.portrait
            Layout.fillHeight: !screen.portrait
            spacing: Theme.spacingSmall
            Text {
                Layout.fillWidth: true
                text: qsTr("Où se former en Occitanie ?")
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontTitle
                font.bold: true
                wrapMode: Text.Wrap
            }
            Text {
                Layout.fillWidth: true
                text: qsTr("Touche un département pour voir ses formations.")
                color: Theme.textMuted
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                wrapMode: Text.Wrap
            }
            DepartmentMap {
                objectName: "departmentMap"
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacingSmall
                Layout.fillHeight: !screen.portrait
                departments: TrainingsModel.departments
                onDepartmentTapped: (code) => TrainingsModel.toggleDepartment(code)
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.spacingSmall
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                Text {
                    objectName: "trainingCount"
                    Layout.fillWidth: true
                    text: TrainingsModel.department.length > 0
                          ? qsTr("%n formation(s) en %1", "", TrainingsModel.count).arg(TrainingsModel.departmentName)
                          : qsTr("%n formation(s)", "", TrainingsModel.count)
                    color: Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontLarge
                    font.bold: true
                    wrapMode: Text.Wrap
                }
                PillButton {
                    objectName: "allDepartments"
                    visible: TrainingsModel.department.length > 0
                    accent: true
                    iconName: "close"
                    text: qsTr("Toute l'Occitanie")
                    onClicked: TrainingsModel.department = ""
                }
            }
            ListView {
                id: list
                objectName: "trainingList"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                spacing: Theme.spacingSmall
                boundsBehavior: Flickable.DragOverBounds
                maximumFlickVelocity: Theme.scrollFlickVelocity
                ScrollIndicator.vertical: ScrollIndicator { width: 12 }
                model: TrainingsModel
                // Level headings come with the first training of each level (no ListView
                // sections: their delegates cannot be created in a Bound component on Qt 6.4).
                delegate: TrainingDelegate {
                    width: ListView.view.width
                    onClicked: screen.openRequested("training", trainingId)
                }
            }
        }
    }
}
