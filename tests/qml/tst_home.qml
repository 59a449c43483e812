// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Kiosk

// The window's root is a visible Item: TestCase itself is invisible, so screens under test are
// created in `root` to receive input.
Item {
    id: root
    width: 1920
    height: 1080

    Component {
        id: homeComponent
        HomeScreen {
            width: root.width
            height: root.height
        }
    }

    SignalSpy {
        id: chosenSpy
        signalName: "sectionChosen"
    }

    TestCase {
        name: "Home"
        when: windowShown

        function init() {
            Preferences.reset()
        }

        function test_titleComesFromTheContentStore() {
            const home = createTemporaryObject(homeComponent, root)
            const title = findChild(home, "homeTitle")
            compare(title.text, "Les métiers du numérique")
            Preferences.language = "en"
            compare(title.text, "Digital jobs")
        }

        function test_tilesShowCountsAndReactToTaps() {
            const home = createTemporaryObject(homeComponent, root)
            chosenSpy.target = home
            chosenSpy.clear()
            waitForRendering(home)
            const jobs = findChild(home, "tile_jobs")
            verify(jobs.detail.indexOf("4") >= 0, jobs.detail)
            verify(jobs.height >= Theme.touchMin)
            mouseClick(jobs)
            compare(chosenSpy.count, 1)
            compare(chosenSpy.signalArguments[0][0], "jobs")
        }
    }
}
