// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Kiosk

// The lycée numérique screen over the fixture content: sections "label" and "niveau-1", and figures
// in two charts ("secteur": 1 600 entreprises, 26 000 salariés; "femmes": 28 %).
Item {
    id: root
    width: 1920
    height: 1080

    Component {
        id: lyceeComponent
        LyceeScreen {
            width: root.width
            height: root.height
        }
    }

    Component {
        id: portraitComponent
        LyceeScreen {
            width: 1080
            height: 1920
        }
    }

    // Narrow enough for the charts to stand one above the other, low enough for the second to start
    // below the fold.
    Component {
        id: smallComponent
        LyceeScreen {
            width: 1100
            height: 700
        }
    }

    TestCase {
        name: "Lycee"
        when: windowShown

        function init() {
            Preferences.reset()
        }

        function test_opensOnTheLabel() {
            const screen = createTemporaryObject(lyceeComponent, root)
            waitForRendering(screen)
            const label = findChild(screen, "tab_label")
            verify(label.checked)
            verify(label.height >= Theme.touchMin)
            verify(findChild(screen, "tab_niveau"))
            verify(findChild(screen, "tab_chiffres"))
            const section = findChild(screen, "section_label")
            verify(section.visible)
            compare(section.title, "Le label")
            compare(section.body, "Un label régional")
        }

        // From a search hit: the screen opens on the topic of the text that was found.
        function test_opensOnTheTopicOfASection() {
            const screen = createTemporaryObject(lyceeComponent, root, { itemId: "niveau-1" })
            waitForRendering(screen)
            verify(findChild(screen, "tab_niveau").checked)
            verify(!findChild(screen, "tab_label").checked)
            verify(findChild(screen, "level_0").visible)
            verify(findChild(screen, "level_0").highlighted)   // outlined: the level the search found
            const found = createTemporaryObject(lyceeComponent, root, { itemId: "label" })
            verify(findChild(found, "tab_label").checked)
            verify(findChild(found, "section_label").highlighted)   // outlined: what the search found
            const unknown = createTemporaryObject(lyceeComponent, root, { itemId: "gone" })
            verify(findChild(unknown, "tab_label").checked)   // a text since removed: the first topic
        }

        // From a chart's search hit: the key figures, that chart outlined and scrolled into view.
        function test_opensOnAChart() {
            const screen = createTemporaryObject(smallComponent, root, { itemId: "femmes" })
            waitForRendering(screen)
            verify(findChild(screen, "tab_chiffres").checked)
            const women = findChild(screen, "chart_femmes")
            verify(women.highlighted)
            verify(!findChild(screen, "chart_secteur").highlighted)
            const page = findChild(screen, "topicPage")
            tryVerify(() => page.contentY > 0, 5000, "the page did not scroll to the chart")
            const top = women.mapToItem(page, 0, 0).y
            verify(top >= 0 && top < page.height / 2, top)
        }

        function test_levelsShowAsSteps() {
            const screen = createTemporaryObject(lyceeComponent, root)
            waitForRendering(screen)
            mouseClick(findChild(screen, "tab_niveau"))
            verify(findChild(screen, "tab_niveau").checked)
            verify(!findChild(screen, "tab_label").checked)
            waitForRendering(screen)
            const level = findChild(screen, "level_0")
            verify(level.visible)
            verify(level.height >= 200, level.height)
            verify(!findChild(screen, "page_label").visible)   // only the chosen topic shows
        }

        function test_figuresShowAsCharts() {
            const screen = createTemporaryObject(lyceeComponent, root)
            waitForRendering(screen)
            mouseClick(findChild(screen, "tab_chiffres"))
            verify(!findChild(screen, "page_label").visible)
            const sector = findChild(screen, "chart_secteur")
            compare(sector.title, "Le secteur en Occitanie")
            compare(sector.year, "2018")
            const employees = findChild(sector, "value_salaries").text
            verify(employees.startsWith("26") && employees.endsWith("000"), employees)
            verify(findChild(sector, "value_salaries").font.pixelSize >= 44)
            const women = findChild(screen, "chart_femmes")
            compare(women.scaleMax, 100)
            compare(findChild(women, "value_femmes").text, "28")
        }

        function test_portraitPutsTheMenuAbove() {
            const screen = createTemporaryObject(portraitComponent, root)
            waitForRendering(screen)
            const tab = findChild(screen, "tab_label")
            const page = findChild(screen, "topicPage")
            const below = page.mapToItem(screen, 0, 0).y - tab.mapToItem(screen, 0, 0).y - tab.height
            verify(below > 0, below)
            verify(page.width > 900, page.width)
        }
    }
}
