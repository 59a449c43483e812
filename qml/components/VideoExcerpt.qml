// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtMultimedia
import Kiosk

// A muted loop of a video's first seconds with its captions over it, for the attract loop. It has
// no audio output, so it never makes a sound. Until it plays (or if it cannot), it shows nothing:
// whatever lies under it (the interview's portrait) stays in sight.
Item {
    id: excerpt

    property alias source: player.source
    property alias captions: captionFile.source
    property int lengthMs: 30000
    readonly property bool playing: output.visible
    property int position: 0

    MediaPlayer {
        id: player
        objectName: "excerptPlayer"
        videoOutput: output
        loops: MediaPlayer.Infinite
        onPositionChanged: (position) => {
            excerpt.position = position
            if (position > excerpt.lengthMs)
                player.position = 0
        }
        onSourceChanged: play()   // an empty source stops it
        Component.onCompleted: play()
    }
    VideoOutput {
        id: output
        anchors.fill: parent
        fillMode: VideoOutput.PreserveAspectCrop
        visible: player.playbackState === MediaPlayer.PlayingState && player.error === MediaPlayer.NoError
    }
    CaptionFile {
        id: captionFile
        position: excerpt.position
    }
    CaptionView {
        objectName: "excerptCaption"
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: parent.bottom
        anchors.bottomMargin: Theme.spacingSmall
        maximumWidth: parent.width - 2 * Theme.spacingSmall
        pixelSize: Theme.fontSmall
        text: excerpt.playing ? captionFile.text : ""
    }
}
