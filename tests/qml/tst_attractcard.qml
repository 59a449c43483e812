// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Kiosk

// The attract loop's cards keep their size whatever the content: a text too long for its card ends
// in "…" at its last whole line, and the line under it (who speaks, a figure's source) stays whole
// inside the card (it used to be cut by the card's edge at 1920×1080).
Item {
    id: root
    width: 1920
    height: 1080

    Component {
        id: cardComponent
        AttractCard {
            width: 560
            height: 728   // the loop's card at 1920×1080
            kind: "interview"
            title: "Gwénaël Heim"
            image: ""
            video: ""
            captions: ""
        }
    }

    TestCase {
        name: "AttractCard"
        when: windowShown

        function bottomInCard(card, item) {
            return item.mapToItem(card, 0, item.height).y
        }

        function test_aLongTextEndsInAnEllipsisAndTheDetailStaysWhole() {
            const longText = "Il protège les systèmes d'information des entreprises et des hôpitaux. ".repeat(12)
            const card = createTemporaryObject(cardComponent, root, {
                text: longText, detail: "Consultant en cybersécurité — Orange Cyberdefense, Rennes et Toulouse" })
            verify(card)
            waitForRendering(card)
            const text = findChild(card, "cardText")
            const detail = findChild(card, "cardDetail")
            verify(text.truncated, "the long text is elided")
            verify(!detail.truncated)
            compare(detail.lineCount, 2)
            verify(detail.contentHeight <= detail.height + 1)
            verify(bottomInCard(card, text) <= detail.mapToItem(card, 0, 0).y + 1)
            verify(bottomInCard(card, detail) <= card.height - Theme.spacing + 1,
                   "detail bottom " + bottomInCard(card, detail) + " in a card of " + card.height)
        }

        function test_aShortTextIsWhole() {
            const card = createTemporaryObject(cardComponent, root, { text: "Romain code des applis.", detail: "Développeur" })
            verify(card)
            waitForRendering(card)
            verify(!findChild(card, "cardText").truncated)
            verify(bottomInCard(card, findChild(card, "cardDetail")) <= card.height - Theme.spacing + 1)
        }
    }
}
