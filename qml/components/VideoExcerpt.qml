// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick

// A muted loop of a video's first seconds with its captions over it, for the attract loop. It has
// no audio output, so it never makes a sound. Until it plays (or if it cannot), it shows nothing:
// whatever lies under it (the interview's portrait) stays in sight. The player (ExcerptPlayer)
// exists only while there is a source: a media player builds a GStreamer pipeline, too costly for
// every card of the loop on the way to the kiosk's first frame.
Item {
    id: excerpt

    property url source
    property url captions
    property int lengthMs: 30000
    property bool playing: false   // set by the player
    property int position: 0
    // Its player still opens its video: not to be destroyed yet (see load()).
    readonly property bool opening: (player.item as ExcerptPlayer)?.opening ?? false

    function load() {
        // A player half made is never cancelled: Qt 6.4 tears the objects of an interrupted
        // creation down while bindings they ran still watch them (a soak run crashed so, in
        // QQmlIncubator::clear under Loader.setSource). It is finished first, then removed.
        if (player.status === Loader.Loading)
            return
        const made = player.item as ExcerptPlayer
        if (made && String(made.video) !== String(excerpt.source)) {
            // Nor is a player still opening its video: removing it then can deadlock Qt 6.4's
            // GStreamer player for good (this thread stopping the pipeline while a streaming
            // thread, adding the decoder's pads, waits for a lock it holds; docs/architecture.md).
            // It is removed once opened (reconsider()); a new one follows.
            if (!made.opening) {
                player.source = ""
                afterLoading.start()
            }
        } else if (!made && String(excerpt.source).length > 0) {
            player.setSource("ExcerptPlayer.qml", { host: excerpt, video: excerpt.source })
        }
    }
    // Called by the player when it has opened its video.
    function reconsider() {
        afterLoading.start()
    }
    onSourceChanged: load()
    Component.onCompleted: load()

    Loader {
        id: player
        objectName: "excerptPlayerLoader"
        anchors.fill: parent
        asynchronous: true   // never in the way of a frame, the kiosk's first one included
        // Not from within the `loaded` signal: the new player's own handlers are still to run.
        onLoaded: afterLoading.start()
    }
    Timer {
        id: afterLoading
        interval: 0
        onTriggered: excerpt.load()
    }
}
