// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import Kiosk

// Visits by hour of the day: 24 bars on a baseline, the count above each bar that has visits.
Item {
    id: chart

    property StatsRowModel hours

    implicitHeight: 300
    Accessible.role: Accessible.Chart
    Accessible.name: qsTr("Visites par heure de la journée")

    Rectangle {
        id: baseline
        anchors.left: parent.left
        anchors.right: parent.right
        y: bars.height - hourLabelHeight.height - 2
        height: 2
        color: Theme.textMuted
    }

    // The height a label row takes (the same for every bar).
    Text {
        id: hourLabelHeight
        visible: false
        text: "23"
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontSmall
    }

    Row {
        id: bars
        anchors.fill: parent
        spacing: 4

        Repeater {
            model: chart.hours
            delegate: Item {
                id: slot

                required property int index
                required property string label
                required property int value
                required property real ratio

                readonly property real barRoom: height - 2 * hourLabelHeight.height - Theme.spacingSmall

                objectName: "hour" + index
                width: (bars.width - 23 * bars.spacing) / 24
                height: bars.height

                Text {
                    anchors.horizontalCenter: parent.horizontalCenter
                    anchors.bottom: bar.top
                    visible: slot.value > 0
                    text: slot.value
                    color: Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSmall
                }
                Rectangle {
                    id: bar
                    objectName: "bar"
                    anchors.horizontalCenter: parent.horizontalCenter
                    anchors.bottom: hourText.top
                    anchors.bottomMargin: 2
                    width: parent.width * 0.8
                    height: slot.value > 0 ? Math.max(4, slot.ratio * slot.barRoom) : 0
                    radius: 4
                    color: Theme.accent
                    Behavior on height { NumberAnimation { duration: Theme.transition } }
                }
                Text {
                    id: hourText
                    anchors.horizontalCenter: parent.horizontalCenter
                    anchors.bottom: parent.bottom
                    text: slot.label
                    color: Theme.textMuted
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSmall
                }
            }
        }
    }
}
