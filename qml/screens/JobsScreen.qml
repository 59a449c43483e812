// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kiosk

// The jobs grid: filter chips (sector, level, interest) with live counts over a grid of job
// cards. Opened with an itemId, it shows that sector only (a sector chosen in the search).
Item {
    id: screen

    property string itemId
    signal openRequested(string page, string itemId)

    readonly property int columns: Math.max(1, Math.floor(width / 440))

    Component.onCompleted: {
        if (itemId.length > 0)
            JobsModel.showSector(itemId)
    }

    // New filters, new list: start again from its top.
    readonly property int jobCount: JobsModel.count
    onJobCountChanged: grid.contentY = 0

    ColumnLayout {
        anchors.fill: parent
        anchors.topMargin: Theme.spacing
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin
        spacing: Theme.spacingSmall

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Text {
                objectName: "jobCount"
                Layout.fillWidth: true
                text: JobsModel.filtered ? qsTr("%n métier(s) sur %1", "", JobsModel.count).arg(JobsModel.total)
                                         : qsTr("%n métier(s)", "", JobsModel.count)
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontTitle
                font.bold: true
                wrapMode: Text.Wrap
            }
            PillButton {
                objectName: "clearFilters"
                visible: JobsModel.filtered
                accent: true
                iconName: "close"
                text: qsTr("Effacer les filtres")
                onClicked: JobsModel.clearFilters()
            }
        }

        FilterRow {
            objectName: "sectorFilters"
            Layout.fillWidth: true
            title: qsTr("Domaine")
            options: JobsModel.sectors
        }
        FilterRow {
            objectName: "levelFilters"
            Layout.fillWidth: true
            title: qsTr("Niveau d'études")
            options: JobsModel.levels
        }
        FilterRow {
            objectName: "interestFilters"
            Layout.fillWidth: true
            title: qsTr("J'aime…")
            options: JobsModel.interests
        }

        Flickable {
            id: grid
            objectName: "jobGrid"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.topMargin: Theme.spacingSmall
            clip: true
            contentHeight: cards.implicitHeight + Theme.margin
            boundsBehavior: Flickable.DragOverBounds
            maximumFlickVelocity: Theme.scrollFlickVelocity
            flickDeceleration: 1500
            ScrollIndicator.vertical: ScrollIndicator { width: 12 }

            // A layout, not a GridView: every card of a row takes the row's height, so cards grow
            // with their text (bigger text, English) instead of cutting it.
            GridLayout {
                id: cards
                width: grid.width
                columns: screen.columns
                rowSpacing: Theme.spacing
                columnSpacing: Theme.spacing
                Repeater {
                    model: JobsModel
                    delegate: JobCardDelegate {
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        Layout.preferredWidth: 100   // equal columns
                        objectName: "job_" + jobId
                        onClicked: screen.openRequested("job", jobId)
                    }
                }
            }
        }

        Text {
            objectName: "noJobs"
            Layout.fillWidth: true
            visible: JobsModel.count === 0
            text: qsTr("Aucun métier ne correspond : efface un filtre.")
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontLarge
            wrapMode: Text.Wrap
        }
    }
}
