// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import QtQuick.VirtualKeyboard.Settings
import Kiosk

// The search screen over the fixture: typing shows grouped results, a result opens its page,
// nothing found offers suggestions, clear and reset empty the field; the on-screen keyboard opens
// on the field.
Item {
    id: root
    width: 1920
    height: 1080

    Component {
        id: searchComponent
        SearchScreen {
            width: root.width
            height: root.height
        }
    }

    // As in Main.qml: the keyboard at window level.
    OnScreenKeyboard {
        id: keyboard
        anchors.fill: parent
        z: 1
    }

    SignalSpy {
        id: openSpy
        signalName: "openRequested"
    }

    TestCase {
        name: "Search"
        when: windowShown

        function init() {
            Preferences.reset()
            SearchController.reset()
        }

        function open() {
            const screen = createTemporaryObject(searchComponent, root)
            openSpy.target = screen
            openSpy.clear()
            waitForRendering(screen)
            return screen
        }

        function type(text) {
            for (let i = 0; i < text.length; ++i)
                keyClick(text[i])
        }

        function test_resultsFollowTheTyping() {
            const screen = open()
            const field = findChild(screen, "searchField")
            tryCompare(field, "activeFocus", true)
            type("cyber")
            compare(SearchController.text, "cyber")
            tryVerify(() => SearchController.count > 0)
            const results = findChild(screen, "searchResults")
            tryVerify(() => results.count > 0)
            waitForRendering(results)
            const hit = findChild(results, "result_job_analyste-cyber")
            verify(hit)
            verify(hit.height >= Theme.touchMin)
            mouseClick(hit)
            compare(openSpy.count, 1)
            compare(openSpy.signalArguments[0][0], "job")
            compare(openSpy.signalArguments[0][1], "analyste-cyber")
        }

        // The "Lycée numérique" texts are found too; a hit opens that screen on its text's topic.
        function test_aLyceeTextOpensTheLyceeScreen() {
            const screen = open()
            SearchController.text = "lycée numérique"
            SearchController.searchNow()
            const results = findChild(screen, "searchResults")
            tryVerify(() => results.count > 0)
            waitForRendering(results)
            const hit = findChild(results, "result_lycee_label")
            verify(hit)
            compare(hit.title, "Le label")
            mouseClick(hit)
            compare(openSpy.count, 1)
            compare(openSpy.signalArguments[0][0], "lycee")
            compare(openSpy.signalArguments[0][1], "label")
        }

        // So are the charts of key figures, under their own heading; a hit opens that screen on them.
        function test_aChartOpensTheLyceeScreen() {
            const screen = open()
            SearchController.text = "femmes"
            SearchController.searchNow()
            const results = findChild(screen, "searchResults")
            tryVerify(() => results.count > 0)
            waitForRendering(results)
            const hit = findChild(results, "result_chart_femmes")
            verify(hit)
            compare(hit.title, "Part des femmes")
            compare(hit.detail, "Femmes")
            mouseClick(hit)
            compare(openSpy.count, 1)
            compare(openSpy.signalArguments[0][0], "lycee")
            compare(openSpy.signalArguments[0][1], "femmes")
        }

        function test_nothingFoundSuggestsWords() {
            const screen = open()
            const message = findChild(screen, "nothingFound")
            verify(findChild(screen, "suggestions").visible)   // ideas before typing
            SearchController.text = "zzzzqqq"
            tryCompare(SearchController, "nothingFound", true)
            verify(message.text.indexOf("zzzzqqq") >= 0)
            verify(findChild(screen, "suggestions").visible)
        }

        function test_clearEmptiesTheField() {
            const screen = open()
            SearchController.text = "réseau"
            const field = findChild(screen, "searchField")
            compare(field.text, "réseau")
            const clear = findChild(screen, "clearSearch")
            verify(clear.visible)
            waitForRendering(screen)
            mouseClick(clear)
            compare(field.text, "")
            compare(SearchController.count, 0)
        }

        function test_resetClearsTheSearch() {
            const screen = open()
            SearchController.text = "jeu"
            SearchController.searchNow()
            verify(SearchController.count > 0)
            VisitorSession.reset("test")
            compare(SearchController.text, "")
            compare(findChild(screen, "searchField").text, "")
            compare(SearchController.count, 0)
        }

        function test_keyboardOpensOnTheFieldInFrench() {
            const screen = open()
            tryCompare(keyboard, "active", true)
            const panel = keyboard.panel
            verify(panel.height > 200)
            compare(panel.y + panel.height, root.height)
            // Centred, and narrower than a landscape screen: its height follows its width.
            compare(panel.width, Math.min(root.width, 1400))
            compare(panel.x, (root.width - panel.width) / 2)
            compare(VirtualKeyboardSettings.locale, "fr_FR")
            // The results end above the keyboard.
            const results = findChild(screen, "searchResults")
            tryVerify(() => results.mapToItem(root, 0, results.height).y <= panel.y)
        }
    }
}
