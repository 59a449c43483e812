// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Kiosk

// The video player component with real files (tests/data/): the clip plays, captions show and hide,
// the seek bar and the buttons work with a finger, and files that cannot play are reported.
Item {
    id: root
    width: 1280
    height: 900

    Component {
        id: playerComponent
        VideoPlayer {
            width: root.width
            height: root.height
            volume: 0
        }
    }

    SignalSpy {
        id: failedSpy
        signalName: "mediaFailed"
    }
    SignalSpy {
        id: firstFrameSpy
        signalName: "firstFrameShown"
    }

    TestCase {
        name: "VideoPlayer"
        when: windowShown

        readonly property int timeout: 20000   // starting a GStreamer pipeline on a busy machine

        function playing(source) {
            const player = createTemporaryObject(playerComponent, root, { source: source })
            waitForRendering(player)
            tryVerify(() => player.playing, timeout, "the clip never started")
            tryVerify(() => player.position > 0, timeout, "the position never moved")
            return player
        }

        function test_playsTheClipWithCaptions() {
            const player = playing(Qt.resolvedUrl("../data/clip.mp4"))
            verify(player.duration >= 1900)
            const captions = findChild(player, "captions")
            verify(!captions.visible)   // no caption text yet
            player.captionText = "Bonjour, je suis Romain."
            verify(captions.visible)
            compare(findChild(player, "captionText").text, "Bonjour, je suis Romain.")
            verify(findChild(player, "captionText").font.pixelSize >= 32)

            const toggle = findChild(player, "captionsButton")
            verify(toggle.width >= Theme.touchMin && toggle.height >= Theme.touchMin)
            mouseClick(toggle)
            verify(!player.captionsOn)
            verify(!captions.visible)
            mouseClick(toggle)
            verify(captions.visible)
        }

        function test_buttonsAndSeekBar() {
            const player = playing(Qt.resolvedUrl("../data/clip.mp4"))
            const play = findChild(player, "playButton")
            verify(play.width >= Theme.touchMin)
            mouseClick(play)
            tryVerify(() => !player.playing, timeout)

            const seek = findChild(player, "seekBar")
            verify(seek.height >= Theme.touchMin)
            tryVerify(() => seek.enabled, timeout)
            mouseClick(seek, seek.width * 0.75, seek.height / 2)
            tryVerify(() => player.position >= 1000, timeout, "the seek bar did not move the video")

            mouseClick(findChild(player, "replayButton"))
            tryVerify(() => player.playing, timeout)
            tryVerify(() => player.position < 1000, timeout)
        }

        // Once per source (the log line "first picture … ms after opening" is made of it).
        function test_firstFrameShownOncePerSource() {
            const clip = Qt.resolvedUrl("../data/clip.mp4")
            const player = createTemporaryObject(playerComponent, root)
            firstFrameSpy.target = player
            firstFrameSpy.clear()
            player.source = clip
            tryVerify(() => firstFrameSpy.count === 1, timeout, "no first picture")
            tryVerify(() => player.position >= 500, timeout)
            player.replay()
            tryVerify(() => player.playing && player.position > 0, timeout)
            compare(firstFrameSpy.count, 1)
            player.source = ""
            player.source = clip
            tryVerify(() => firstFrameSpy.count === 2, timeout, "no first picture for the new source")
        }

        function test_unloadStopsAndForgetsTheFile() {
            const player = playing(Qt.resolvedUrl("../data/clip.mp4"))
            player.unload()
            tryVerify(() => !player.playing, timeout)
        }

        function test_captionsBelowThePicture() {
            const player = createTemporaryObject(playerComponent, root,
                                                 { captionsBelow: true, captionText: "Sous l'image" })
            waitForRendering(player)
            verify(!findChild(player, "captions").visible)
            const below = findChild(player, "captionsBelow")
            verify(below.visible)
            const picture = findChild(player, "picture")
            verify(below.mapToItem(player, 0, 0).y >= picture.y + picture.height)
            player.captionsOn = false
            verify(!below.visible)
        }

        function test_errorTextReplacesThePicture() {
            const player = createTemporaryObject(playerComponent, root, { errorText: "Vidéo introuvable" })
            waitForRendering(player)
            verify(findChild(player, "errorPanel").visible)
            compare(findChild(player, "errorText").text, "Vidéo introuvable")
            verify(!findChild(player, "playButton").enabled)
            verify(!player.playing)
        }

        function test_reportsFilesThatCannotPlay_data() {
            return [
                { tag: "garbage", source: Qt.resolvedUrl("../data/garbage.mp4") },
                { tag: "missing", source: Qt.resolvedUrl("../data/missing.mp4") }
            ]
        }
        function test_reportsFilesThatCannotPlay(data) {
            const player = createTemporaryObject(playerComponent, root, { source: data.source })
            failedSpy.target = player
            failedSpy.clear()
            tryVerify(() => failedSpy.count > 0, timeout, "no error for " + data.tag)
            verify(failedSpy.signalArguments[0][0].length > 0)
            verify(!player.playing)
            verify(!player.frameShown)
        }
    }
}
