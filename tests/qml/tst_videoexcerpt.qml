// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtMultimedia
import QtTest
import Kiosk

// The attract loop's muted excerpts (tests/data/clip.mp4, 2 s, captions in clip.vtt): the clip
// plays without sound, loops over its first lengthMs, shows the captions read in C++, and a file
// that cannot play shows nothing (the portrait under it stays in sight).
Item {
    id: root
    width: 560
    height: 315

    Component {
        id: excerptComponent
        VideoExcerpt {
            anchors.fill: parent
        }
    }

    TestCase {
        name: "VideoExcerpt"
        when: windowShown

        readonly property int timeout: 20000   // starting a GStreamer pipeline on a busy machine

        function test_noPlayerWithoutASource() {
            const excerpt = createTemporaryObject(excerptComponent, root, {
                captions: Qt.resolvedUrl("../data/clip.vtt")
            })
            wait(0)
            compare(findChild(excerpt, "excerptPlayer"), null)
            verify(!excerpt.playing)
        }

        // The attract loop gives and takes the source as cards cross the middle and as visitors
        // tap: the player may be half made (asynchronously) or starting its pipeline when it goes.
        function test_sourceComingAndGoingAtAnyMoment() {
            const excerpt = createTemporaryObject(excerptComponent, root, {
                captions: Qt.resolvedUrl("../data/clip.vtt")
            })
            for (const delay of [0, 0, 1, 5, 20, 50, 100, 200, 0, 300]) {
                excerpt.source = Qt.resolvedUrl("../data/clip.mp4")
                wait(delay)
                excerpt.source = ""
                wait(delay)
            }
            // A player still being made when the source went is finished, then removed.
            tryVerify(() => findChild(excerpt, "excerptPlayer") === null, timeout)
            verify(!excerpt.playing)
            // And gone with its excerpt while being made.
            const doomed = createTemporaryObject(excerptComponent, root, {
                source: Qt.resolvedUrl("../data/clip.mp4")
            })
            doomed.destroy()
            wait(100)
            // Still able to play after all that.
            excerpt.source = Qt.resolvedUrl("../data/clip.mp4")
            tryVerify(() => excerpt.playing, timeout, "the excerpt never started")
        }

        // Removing a player while it opens its video can deadlock Qt 6.4's GStreamer player
        // (docs/architecture.md): one whose source goes while it opens stays until it has opened
        // the video, then goes.
        function test_aPlayerOpeningItsVideoStaysUntilItHasOpenedIt() {
            const excerpt = createTemporaryObject(excerptComponent, root, {
                captions: Qt.resolvedUrl("../data/clip.vtt")
            })
            const loader = findChild(excerpt, "excerptPlayerLoader")
            let taken = false
            let openingWhenTaken = false
            let keptWhileOpening = false
            function takeTheSourceAway() {
                loader.loaded.disconnect(takeTheSourceAway)
                openingWhenTaken = loader.item.opening && excerpt.opening
                excerpt.source = ""
                keptWhileOpening = loader.item !== null
                taken = true
            }
            loader.loaded.connect(takeTheSourceAway)
            excerpt.source = Qt.resolvedUrl("../data/clip.mp4")
            tryVerify(() => taken, timeout, "the player was never made")
            verify(openingWhenTaken, "the player had opened its video as soon as it was made")
            verify(keptWhileOpening, "the player was removed while it opened its video")
            tryVerify(() => findChild(excerpt, "excerptPlayer") === null, timeout, "the player stayed once opened")
            verify(!excerpt.playing)
            verify(!excerpt.opening)
        }

        function test_playsMutedWithCaptionsAndLoops() {
            const excerpt = createTemporaryObject(excerptComponent, root, {
                source: Qt.resolvedUrl("../data/clip.mp4"),
                captions: Qt.resolvedUrl("../data/clip.vtt"),
                lengthMs: 1200
            })
            tryVerify(() => excerpt.playing, timeout, "the excerpt never started")
            const player = findChild(excerpt, "excerptPlayer")
            compare(player.audioOutput, null)   // no sound, ever
            const caption = findChild(excerpt, "excerptCaption")
            tryVerify(() => caption.text === "Première ligne du test", timeout)
            verify(caption.visible)
            // Past lengthMs it starts again: the second caption (from 1 s) gives way to the first.
            tryVerify(() => caption.text === "Seconde ligne du test", timeout)
            tryVerify(() => caption.text === "Première ligne du test", timeout, "the excerpt did not loop")
        }

        function test_undecodableFileShowsNothing() {
            const excerpt = createTemporaryObject(excerptComponent, root, {
                source: Qt.resolvedUrl("../data/garbage.mp4"),
                captions: Qt.resolvedUrl("../data/clip.vtt")
            })
            // The player is made asynchronously, after the excerpt itself.
            tryVerify(() => findChild(excerpt, "excerptPlayer") !== null, timeout)
            const player = findChild(excerpt, "excerptPlayer")
            // Qt 6.4 reports it as an error, or now and then only as invalid media.
            tryVerify(() => player.error !== MediaPlayer.NoError || player.mediaStatus === MediaPlayer.InvalidMedia,
                      timeout, "the bad file was not reported")
            verify(!excerpt.playing)
            compare(findChild(excerpt, "excerptCaption").text, "")
        }
    }
}
