// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Basic
import Kiosk

// A slider for a finger, in the kiosk's colours: the whole bar (Theme.touchMin tall) takes the
// touch, the handle is large, the part before it is in the accent colour.
Slider {
    id: bar

    implicitHeight: Theme.touchMin
    implicitWidth: 400

    background: Item {
        x: bar.leftPadding
        width: bar.availableWidth
        height: bar.height

        Rectangle {
            anchors.verticalCenter: parent.verticalCenter
            width: parent.width
            height: 16
            radius: 8
            color: Theme.chartTrack
            border.color: Theme.outline
            border.width: Theme.contrast ? 2 : 0

            Rectangle {
                width: bar.visualPosition * parent.width
                height: parent.height
                radius: 8
                color: Theme.accent
            }
        }
    }

    handle: Rectangle {
        x: bar.leftPadding + bar.visualPosition * (bar.availableWidth - width)
        y: (bar.height - height) / 2
        width: 44
        height: 44
        radius: 22
        scale: bar.pressed ? 1.3 : 1
        color: bar.enabled ? Theme.text : Theme.textMuted
        border.color: Theme.accent
        border.width: 6
        Behavior on scale { NumberAnimation { duration: 80 } }
    }
}
