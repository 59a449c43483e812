// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import Kiosk

// The attract loop shown between visitors (and at start): the content's cards drift slowly across
// the screen (jobs with their picture, key figures, interviews), the background moves too, so that
// no still image burns into the panel. A tap anywhere starts a visit. Paused while `running` is false
// (hidden, or outside opening hours).
Rectangle {
    id: attract

    property bool running: true
    signal started()

    color: Theme.background

    // Excerpts whose player still opens its video: the cards are not rebuilt meanwhile, a content
    // update waits (AttractModel.held) — 3 s at most, as Main.leave(): a video that never opens
    // does not keep the old cards for good.
    property int excerptsOpening: 0
    function countExcerptOpening(opening: bool) {
        excerptsOpening = Math.max(0, excerptsOpening + (opening ? 1 : -1))
    }
    onExcerptsOpeningChanged: AttractController.items.held = excerptsOpening > 0
    Timer {
        interval: 3000
        running: attract.excerptsOpening > 0
        onTriggered: AttractController.items.held = false
    }

    // Two soft discs drifting in the background: the screen is never still, even without cards.
    Repeater {
        model: 2
        delegate: Rectangle {
            id: disc
            required property int index
            width: attract.height * (0.9 - index * 0.3)
            height: width
            radius: width / 2
            color: index === 0 ? Theme.surface : Theme.surfaceRaised
            opacity: 0.6
            SequentialAnimation on x {
                running: attract.running
                loops: Animation.Infinite
                NumberAnimation {
                    from: -disc.width / 3; to: attract.width - disc.width * 2 / 3
                    duration: 47000 + disc.index * 13000; easing.type: Easing.InOutSine
                }
                NumberAnimation {
                    from: attract.width - disc.width * 2 / 3; to: -disc.width / 3
                    duration: 47000 + disc.index * 13000; easing.type: Easing.InOutSine
                }
            }
            SequentialAnimation on y {
                running: attract.running
                loops: Animation.Infinite
                NumberAnimation {
                    from: -disc.height / 4; to: attract.height - disc.height * 3 / 4
                    duration: 31000 + disc.index * 7000; easing.type: Easing.InOutSine
                }
                NumberAnimation {
                    from: attract.height - disc.height * 3 / 4; to: -disc.height / 4
                    duration: 31000 + disc.index * 7000; easing.type: Easing.InOutSine
                }
            }
        }
    }

    Text {
        id: heading
        anchors.top: parent.top
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.margins: Theme.margin
        horizontalAlignment: Text.AlignHCenter
        text: ContentSummary.homeTitle
        color: Theme.text
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontDisplay
        font.bold: true
        wrapMode: Text.Wrap
    }

    // The cards move continuously from right to left, one slideSeconds per card.
    PathView {
        id: cards
        objectName: "live:attractCards"   // moving: left out of the reset state snapshot
        anchors.top: heading.bottom
        anchors.bottom: banner.top
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.topMargin: Theme.spacing
        anchors.bottomMargin: Theme.spacing
        model: AttractController.items
        interactive: false
        pathItemCount: Math.max(1, Math.min(count, Math.ceil(width / (cardWidth + Theme.spacing)) + 1))
        readonly property real cardWidth: Math.min(attract.width > attract.height ? 560 : 820, width * 0.8)
        path: Path {
            startX: cards.width + cards.cardWidth / 2 + Theme.spacing
            startY: cards.height / 2
            PathLine {
                x: cards.width - cards.pathItemCount * (cards.cardWidth + Theme.spacing) + cards.cardWidth / 2
                y: cards.height / 2
            }
        }
        NumberAnimation on offset {
            running: attract.running && cards.count > 0
            from: 0
            to: cards.count
            duration: Math.max(1, cards.count) * AttractController.slideSeconds * 1000
            loops: Animation.Infinite
        }
        delegate: AttractCard {
            id: card
            width: cards.cardWidth
            height: Math.min(cards.height, cards.cardWidth * 1.3)
            // One excerpt at a time: only the card nearest the middle of the screen (within half a
            // card's pitch of it) plays, while the loop runs.
            excerptAllowed: attract.running
                            && Math.abs(card.x + card.width / 2 - cards.width / 2) < (cards.cardWidth + Theme.spacing) / 2
            onExcerptOpeningChanged: attract.countExcerptOpening(card.excerptOpening)
            Component.onDestruction: if (card.excerptOpening) attract.countExcerptOpening(false)
        }
    }

    // Still, so that the e2e test can recognise the attract screen by this region.
    Rectangle {
        id: banner
        objectName: "attractBanner"
        anchors.bottom: parent.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        height: bannerText.implicitHeight + 2 * Theme.margin
        color: Theme.accent

        Column {
            id: bannerText
            anchors.centerIn: parent
            width: parent.width - 2 * Theme.margin
            Text {
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                text: qsTr("Touchez l'écran pour commencer")
                color: Theme.textOnAccent
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontDisplay
                font.bold: true
                wrapMode: Text.Wrap
            }
            Text {
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                visible: !Preferences.english
                text: "Touch the screen to start"   // the English invitation stays under the French one
                color: Theme.textOnAccent
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontLarge
                wrapMode: Text.Wrap
            }
        }
    }

    MouseArea {
        anchors.fill: parent
        onClicked: attract.started()
    }
}
