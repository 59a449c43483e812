// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtMultimedia
import Kiosk

// The player of a VideoExcerpt (its `host`), made only while the excerpt has a source. The host may
// go first when both are destroyed (a content update rebuilds the attract loop): every use of it
// allows for a null host. Its video is given once, when it is made: another video gets another
// player (VideoExcerpt.load()).
Item {
    id: excerptPlayer

    required property VideoExcerpt host
    required property url video
    // Opening its video: not to be removed yet (VideoExcerpt.load()).
    readonly property bool opening: player.mediaStatus === MediaPlayer.LoadingMedia
    // Qt 6.4 (GStreamer) now and then marks a file it cannot read invalid without any error.
    readonly property bool failed: player.error !== MediaPlayer.NoError || player.mediaStatus === MediaPlayer.InvalidMedia
    onOpeningChanged: if (!opening) excerptPlayer.host?.reconsider()

    MediaPlayer {
        id: player
        objectName: "excerptPlayer"
        videoOutput: output
        // The output first, then the video: see VideoPlayer.qml.
        source: player.videoOutput ? excerptPlayer.video : ""
        loops: MediaPlayer.Infinite
        onPositionChanged: (position) => {
            if (!excerptPlayer.host)
                return
            excerptPlayer.host.position = position
            if (position > excerptPlayer.host.lengthMs)
                player.position = 0
        }
        Component.onCompleted: play()
    }
    VideoOutput {
        id: output
        anchors.fill: parent
        fillMode: VideoOutput.PreserveAspectCrop
        visible: player.playbackState === MediaPlayer.PlayingState && !excerptPlayer.failed
        onVisibleChanged: if (excerptPlayer.host) excerptPlayer.host.playing = visible
    }
    Component.onDestruction: if (excerptPlayer.host) excerptPlayer.host.playing = false
    CaptionFile {
        id: captionFile
        source: excerptPlayer.host?.captions ?? ""
        position: excerptPlayer.host?.position ?? 0
    }
    CaptionView {
        objectName: "excerptCaption"
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: parent.bottom
        anchors.bottomMargin: Theme.spacingSmall
        maximumWidth: parent.width - 2 * Theme.spacingSmall
        pixelSize: Theme.fontSmall
        text: excerptPlayer.host?.playing ? captionFile.text : ""
    }
}
