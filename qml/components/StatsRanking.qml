// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import Kiosk

// A titled ranking for staff: one line per item with a bar proportional to its count; for
// interviews, the share watched to the end.
Rectangle {
    id: ranking

    property string title
    property StatsRowModel rows
    // Show "N lancement(s) · X % jusqu'au bout" (interviews) instead of the bare count.
    property bool showCompletion: false

    implicitHeight: column.implicitHeight + 2 * Theme.spacing
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.outline
    border.width: 2

    Column {
        id: column
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Theme.spacing
        spacing: Theme.spacingSmall

        Text {
            width: column.width
            text: ranking.title
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontLarge
            font.bold: true
            wrapMode: Text.Wrap
        }
        Text {
            width: column.width
            visible: !ranking.rows || ranking.rows.count === 0
            text: qsTr("Rien pour l'instant.")
            color: Theme.textMuted
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            wrapMode: Text.Wrap
        }
        Repeater {
            model: ranking.rows
            delegate: Column {
                id: entry

                required property int index
                required property string label
                required property int value
                required property int extra
                required property real rate
                required property real ratio

                objectName: "entry" + index
                width: column.width
                spacing: 4

                Text {
                    objectName: "label"
                    width: entry.width
                    text: (entry.index + 1) + ". " + entry.label
                    color: Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                    wrapMode: Text.Wrap
                }
                Row {
                    spacing: Theme.spacingSmall

                    Rectangle {
                        anchors.verticalCenter: parent.verticalCenter
                        width: Math.max(6, entry.ratio * entry.width * 0.45)
                        height: 16
                        radius: 8
                        color: Theme.accent
                    }
                    Text {
                        objectName: "value"
                        width: entry.width * 0.5
                        text: ranking.showCompletion
                              ? qsTr("%n lancement(s)", "", entry.value) + " · "
                                + qsTr("%1 % jusqu'au bout").arg(Math.round(entry.rate * 100))
                              : entry.value
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
