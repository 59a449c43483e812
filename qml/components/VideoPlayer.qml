// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts
import QtMultimedia
import Kiosk

// A video for visitors: captions over the picture (on by default), a big play/pause, replay, a seek
// bar for a finger, and a clear message instead of a black picture when the video cannot play.
// It plays as soon as it has a source; unload() stops it and lets go of the file.
Item {
    id: root

    property url source
    property string captionText
    property bool captionsOn: true
    property bool captionsAvailable: true   // false: the captions button is disabled
    // Captions in a band under the picture instead of over it (portrait: the picture is small).
    property bool captionsBelow: false
    // Shown instead of the picture when not empty (missing or undecodable file).
    property string errorText
    property real volume: 0.8

    // Qt 6.4 (GStreamer) may stay in PlayingState after an error: a failed player never counts as playing.
    readonly property bool playing: player.playbackState === MediaPlayer.PlayingState && !failed
    property bool failed: false
    // Still opening the source (not to be destroyed yet: docs/architecture.md).
    readonly property bool opening: player.mediaStatus === MediaPlayer.LoadingMedia && !failed
    // ms, read only (follow MediaPlayer; its qint64 properties are untyped for qmllint in Qt 6.4)
    property int position: 0
    property int duration: 0
    readonly property bool ended: player.mediaStatus === MediaPlayer.EndOfMedia
    readonly property string shownCaption: captionsOn && errorText.length === 0 ? captionText : ""

    // MediaPlayer could not open or decode the source; detail is for the log.
    signal mediaFailed(string detail)
    function fail(detail: string) {
        if (root.failed)
            return
        root.failed = true
        player.stop()
        root.mediaFailed(detail)
    }
    // The source's first picture reached the screen (once per source).
    signal firstFrameShown()
    property bool frameShown: false

    function togglePlay() {
        if (root.playing)
            player.pause()
        else
            player.play()
    }
    function replay() {
        player.position = 0
        player.play()
    }
    function pause() {
        player.pause()
    }
    function unload() {
        player.stop()
        player.source = ""
    }

    implicitWidth: 1280
    implicitHeight: picture.implicitHeight + controls.implicitHeight + Theme.spacingSmall
                    + (captionsBelow ? captionBand.implicitHeight + Theme.spacingSmall : 0)

    MediaPlayer {
        id: player
        audioOutput: AudioOutput { volume: root.volume }
        videoOutput: videoOutput
        // The outputs first, then the source (QML would set `source` first): otherwise Qt 6.4
        // (GStreamer) swaps the video sink into a pipeline already started, where a
        // streaming thread links that same output (docs/architecture.md, "Video players").
        source: player.videoOutput && player.audioOutput && root.errorText.length === 0 ? root.source : ""
        onPositionChanged: (position) => root.position = position
        onDurationChanged: (duration) => root.duration = duration
        onSourceChanged: () => {
            root.failed = false
            root.frameShown = false
            if (player.source.toString().length > 0)
                player.play()
        }
        onErrorOccurred: (error, errorString) => root.fail(errorString.length > 0 ? errorString : "error " + error)
        // Qt 6.4 (GStreamer) now and then marks a file it cannot read invalid without any error.
        onMediaStatusChanged: () => {
            if (player.mediaStatus === MediaPlayer.InvalidMedia)
                root.fail(player.errorString.length > 0 ? player.errorString : "invalid media (no error given)")
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacingSmall

        // The picture, 16:9, with the captions and the overlays over it.
        Rectangle {
            id: picture
            objectName: "picture"
            Layout.fillWidth: true
            Layout.fillHeight: true
            implicitHeight: width * 9 / 16
            color: root.errorText.length > 0 ? Theme.surface : "#000000"
            radius: 8
            clip: true

            VideoOutput {
                id: videoOutput
                anchors.fill: parent
                visible: root.errorText.length === 0
            }
            Connections {
                target: videoOutput.videoSink
                enabled: !root.frameShown && String(player.source).length > 0
                function onVideoFrameChanged() {
                    root.frameShown = true
                    root.firstFrameShown()
                }
            }

            // A tap on the picture plays or pauses: the biggest target of all.
            TapHandler {
                enabled: root.errorText.length === 0
                onTapped: root.ended ? root.replay() : root.togglePlay()
            }

            // Paused or ended: say what a tap does.
            Rectangle {
                anchors.centerIn: parent
                width: Theme.playButton * 1.4
                height: width
                radius: width / 2
                color: "#99000000"
                visible: root.errorText.length === 0 && !root.playing
                         && player.mediaStatus !== MediaPlayer.LoadingMedia

                Glyph {
                    anchors.centerIn: parent
                    size: parent.width * 0.5
                    name: root.ended ? "replay" : "play"
                    color: "#FFFFFF"
                }
            }

            CaptionView {
                objectName: "captions"
                anchors.horizontalCenter: parent.horizontalCenter
                anchors.bottom: parent.bottom
                anchors.bottomMargin: Theme.spacing
                maximumWidth: parent.width - 2 * Theme.spacing
                text: root.captionsBelow ? "" : root.shownCaption
            }

            // The video cannot play: a message, never a black rectangle.
            ColumnLayout {
                objectName: "errorPanel"
                anchors.centerIn: parent
                width: parent.width - 2 * Theme.margin
                spacing: Theme.spacing
                visible: root.errorText.length > 0

                Glyph {
                    Layout.alignment: Qt.AlignHCenter
                    name: "alert"
                    size: 96
                    color: Theme.accent
                }
                Text {
                    objectName: "errorText"
                    Layout.fillWidth: true
                    text: root.errorText
                    color: "#FFFFFF"
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontLarge
                    wrapMode: Text.Wrap
                    horizontalAlignment: Text.AlignHCenter
                }
            }
        }

        // Below the picture, a band of three lines kept free so the layout does not jump.
        Item {
            id: captionBand
            Layout.fillWidth: true
            visible: root.captionsBelow
            implicitHeight: Math.round(Theme.fontCaption * 1.3 * 3) + 2 * Theme.spacingSmall

            CaptionView {
                objectName: "captionsBelow"
                anchors.centerIn: parent
                maximumWidth: parent.width
                text: root.captionsBelow ? root.shownCaption : ""
            }
        }

        // Controls under the picture, never over it: nothing hides the captions.
        RowLayout {
            id: controls
            Layout.fillWidth: true
            spacing: Theme.spacing
            enabled: root.errorText.length === 0

            PlayerButton {
                objectName: "playButton"
                diameter: Theme.playButton
                prominent: true
                glyph: root.playing ? "pause" : "play"
                text: root.playing ? qsTr("Pause") : qsTr("Lecture")
                onClicked: root.ended ? root.replay() : root.togglePlay()
            }
            PlayerButton {
                objectName: "replayButton"
                glyph: "replay"
                text: qsTr("Revoir depuis le début")
                onClicked: root.replay()
            }
            SeekBar {
                objectName: "seekBar"
                Layout.fillWidth: true
                mediaPosition: root.position
                mediaDuration: root.duration
                onSeekRequested: (position) => player.position = position
            }
            Text {
                objectName: "timeText"
                text: root.clock(root.position) + " / " + root.clock(root.duration)
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
            }
            PlayerButton {
                objectName: "captionsButton"
                // Disabled rather than hidden: a RowLayout (Qt 6.4) may not take back an item that
                // turns visible while the screen itself is still hidden (pushed, not yet shown).
                enabled: root.captionsAvailable
                glyph: "captions"
                checked: root.captionsOn
                text: root.captionsOn ? qsTr("Masquer les sous-titres") : qsTr("Afficher les sous-titres")
                onClicked: root.captionsOn = !root.captionsOn
            }
        }
    }

    // 83000 → "1:23"
    function clock(ms: int): string {
        const seconds = Math.max(0, Math.floor(ms / 1000))
        const rest = seconds % 60
        return Math.floor(seconds / 60) + ":" + (rest < 10 ? "0" : "") + rest
    }
}
