// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Kiosk

// The video's seek bar: the video jumps when the finger lifts (seekRequested), not at every pixel
// of a drag.
TouchSlider {
    id: bar

    property int mediaPosition   // ms, followed while the bar is not held
    property int mediaDuration   // ms
    signal seekRequested(int position)

    from: 0
    to: Math.max(1, mediaDuration)
    enabled: mediaDuration > 0
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
}
