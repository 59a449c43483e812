// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kiosk

// The 13 departments of Occitanie as a tile map (each tile roughly where the department is), with
// how many trainings each has. Tapping a tile chooses it; tapping it again shows them all.
GridLayout {
    id: map

    property DepartmentsModel departments
    signal departmentTapped(string code)

    columns: departments ? departments.columns : 1
    rowSpacing: Theme.spacingSmall
    columnSpacing: Theme.spacingSmall

    Repeater {
        model: map.departments
        delegate: AbstractButton {
            id: tile
            required property string code
            required property string name
            required property int row
            required property int column
            required property int count
            required property bool selected

            objectName: "department_" + code
            Layout.row: row
            Layout.column: column
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 100   // equal columns: the layout shares the width evenly
            Layout.minimumHeight: Theme.touchMin
            implicitHeight: implicitContentHeight + topPadding + bottomPadding
            padding: Theme.spacingSmall
            enabled: count > 0 || selected
            Accessible.name: name
            Accessible.checked: selected

            background: Rectangle {
                radius: Theme.radius / 2
                color: tile.selected ? Theme.chipSelected
                                     : tile.down ? Theme.cardPressed : Theme.chip
                border.color: tile.selected ? Theme.chipSelected : Theme.outline
                border.width: 2
                opacity: tile.enabled ? 1 : 0.5
            }
            contentItem: ColumnLayout {
                spacing: 2
                RowLayout {
                    Layout.fillWidth: true
                    Text {
                        Layout.fillWidth: true
                        text: tile.code
                        color: tile.selected ? Theme.textOnChipSelected : Theme.text
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontLarge
                        font.bold: true
                    }
                    Text {
                        objectName: "count"
                        text: tile.count
                        visible: tile.count > 0
                        color: tile.selected ? Theme.textOnChipSelected : Theme.accent
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontBody
                        font.bold: true
                    }
                }
                Text {
                    Layout.fillWidth: true
                    text: tile.name
                    color: tile.selected ? Theme.textOnChipSelected
                                         : tile.enabled ? Theme.text : Theme.textDisabled
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSmall
                    wrapMode: Text.Wrap
                }
            }
            onClicked: map.departmentTapped(code)
        }
    }
}
