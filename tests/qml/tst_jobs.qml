// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Kiosk

// The jobs grid over the fixture (4 jobs; sectors cyber 2, dev 2, jeu 1): cards, filter chips
// with live counts, clearing, opening a job card.
Item {
    id: root
    width: 1920
    height: 1080

    Component {
        id: jobsComponent
        JobsScreen {
            width: root.width
            height: root.height
        }
    }

    SignalSpy {
        id: openSpy
        signalName: "openRequested"
    }

    TestCase {
        name: "Jobs"
        when: windowShown

        function init() {
            Preferences.reset()
            JobsModel.reset()
        }

        function open(itemId) {
            const screen = createTemporaryObject(jobsComponent, root, { itemId: itemId || "" })
            openSpy.target = screen
            openSpy.clear()
            waitForRendering(screen)
            return screen
        }

        function test_cardsShowBothTitlesAndTheHook() {
            const screen = open()
            const card = findChild(screen, "job_developpeur")
            verify(card)
            compare(card.title, "Développeur · Développeuse")
            compare(card.hook, "Il écrit des programmes")
            compare(card.levels, "Bac+2 · Bac+5")
            verify(card.height >= Theme.touchMin)
            verify(findChild(screen, "jobCount").text.indexOf("4") >= 0)
            // Four columns in landscape.
            const other = findChild(screen, "job_analyste-cyber")
            verify(Math.abs(card.y - other.y) < 1)
            verify(card.width > 380)
        }

        function test_chipFiltersTheGridAndUpdatesOtherCounts() {
            const screen = open()
            const cyber = findChild(screen, "chip_cyber")
            const bac3 = findChild(findChild(screen, "levelFilters"), "chip_3")
            compare(cyber.count, 2)
            compare(bac3.count, 1)
            verify(cyber.height >= Theme.touchMin)
            mouseClick(cyber)
            compare(JobsModel.count, 2)
            verify(cyber.selected)
            compare(bac3.count, 0)          // no cyber job at bac+3
            verify(!bac3.enabled)
            verify(!findChild(screen, "job_developpeur"))
            verify(findChild(screen, "job_technicien-reseau"))
            const clear = findChild(screen, "clearFilters")
            verify(clear.visible)
            waitForRendering(screen)
            mouseClick(clear)
            compare(JobsModel.count, 4)
            verify(!clear.visible)
            compare(bac3.count, 1)
        }

        function test_tappingTheChosenChipClearsIt() {
            const screen = open()
            const jeu = findChild(screen, "chip_jeu")
            mouseClick(jeu)
            compare(JobsModel.count, 1)
            mouseClick(jeu)
            compare(JobsModel.count, 4)
        }

        function test_tappingACardOpensTheJob() {
            const screen = open()
            mouseClick(findChild(screen, "job_game-designer"))
            compare(openSpy.count, 1)
            compare(openSpy.signalArguments[0][0], "job")
            compare(openSpy.signalArguments[0][1], "game-designer")
        }

        function test_openedOnASectorShowsThatSector() {
            open("jeu")
            compare(JobsModel.count, 1)
            compare(JobsModel.sectors.selectedKey, "jeu")
        }

        function test_resetClearsTheFilters() {
            const screen = open()
            mouseClick(findChild(screen, "chip_dev"))
            compare(JobsModel.count, 2)
            VisitorSession.reset("test")
            compare(JobsModel.count, 4)
        }
    }
}
