// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Basic
import Kiosk

// A seek bar for a finger: the whole bar (Theme.touchMin tall) takes the touch, the handle is large,
// and the video jumps when the finger lifts (seekRequested), not at every pixel of a drag.
Slider {
    id: bar

    property int mediaPosition   // ms, followed while the bar is not held
    property int mediaDuration   // ms
    signal seekRequested(int position)

    from: 0
    to: Math.max(1, mediaDuration)
    enabled: mediaDuration > 0
    implicitHeight: Theme.touchMin
    implicitWidth: 400
    Accessible.name: qsTr("Position dans la vidéo")

    Binding on value {
        when: !bar.pressed
        value: bar.mediaPosition
        restoreMode: Binding.RestoreNone
    }

    onPressedChanged: {
        if (!pressed)
            seekRequested(Math.round(value))
    }

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
