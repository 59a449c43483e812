// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Kiosk

// The label's levels as a staircase: one tile per level, each a step higher than the one before,
// with its number large on top; `highlightedId` outlines the level a search led to.
RowLayout {
    id: steps

    // [{sectionId, title, body}] from the lowest level to the highest
    property var levels: []
    property string highlightedId
    readonly property int rise: 56   // how much higher each step stands
    // The tallest text: every step starts from it, so the steps rise evenly whatever their text.
    readonly property real base: {
        let tallest = 0
        for (let i = 0; i < tiles.count; ++i) {
            const tile = tiles.itemAt(i)
            if (tile)
                tallest = Math.max(tallest, tile.contentHeight)
        }
        return tallest
    }

    spacing: Theme.spacing

    Repeater {
        id: tiles
        model: steps.levels
        delegate: Rectangle {
            id: step
            required property var modelData
            required property int index
            readonly property real contentHeight: column.implicitHeight + 2 * Theme.spacing
            readonly property bool highlighted: modelData.sectionId === steps.highlightedId
            objectName: "level_" + index
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            Layout.alignment: Qt.AlignBottom
            Layout.preferredHeight: steps.base + index * steps.rise
            radius: Theme.radius
            color: Theme.sectionColors[(index + 1) % Theme.sectionColors.length]
            border.color: highlighted ? Theme.accent : Theme.outline
            border.width: 3

            ColumnLayout {
                id: column
                x: Theme.spacing
                y: Theme.spacing
                width: step.width - 2 * Theme.spacing
                spacing: Theme.spacingSmall

                Rectangle {
                    width: 96
                    height: 96
                    radius: 48
                    color: Theme.text
                    Text {
                        anchors.centerIn: parent
                        text: step.index + 1
                        color: "#000000"
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontDisplay
                        font.bold: true
                    }
                }
                Text {
                    Layout.fillWidth: true
                    text: step.modelData.title
                    color: Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontLarge
                    font.bold: true
                    wrapMode: Text.Wrap
                }
                Text {
                    Layout.fillWidth: true
                    text: step.modelData.body
                    color: Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                    wrapMode: Text.Wrap
                }
            }
        }
    }
}
