// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Kiosk
import "LayoutCheck.js" as LayoutCheck

// Every screen of issue 4 part A (home, jobs, job, trainings, training, search), under the top
// bar, in landscape and portrait, in French and English, with normal and bigger text: no text may
// be elided, truncated, or stick out sideways (LayoutCheck.js).
Item {
    id: root
    width: 1920
    height: 1080

    // A screen under the top bar, with the keyboard, as Main.qml shows it.
    component Frame: Item {
        id: frame
        property alias screen: loader.sourceComponent
        readonly property Item content: loader.item
        readonly property alias keyboard: keyboard
        TopBar {
            id: bar
            width: frame.width
            showHome: true
        }
        Loader {
            id: loader
            y: bar.height
            width: frame.width
            height: frame.height - bar.height
        }
        // Without it, focusing the search field opens Qt's own keyboard window.
        OnScreenKeyboard {
            id: keyboard
            anchors.fill: parent
        }
    }

    Component { id: frameComponent; Frame {} }
    Component { id: homeScreen; HomeScreen {} }
    Component { id: jobsScreen; JobsScreen {} }
    Component { id: jobScreen; JobScreen { itemId: "developpeur" } }
    Component { id: trainingsScreen; TrainingsScreen {} }
    Component { id: trainingScreen; TrainingScreen { itemId: "bts-sio-slam" } }
    Component { id: searchScreen; SearchScreen {} }

    TestCase {
        name: "Layout"
        when: windowShown

        function cleanup() {
            Preferences.reset()
            VisitorSession.reset("test")
        }

        function test_screens_data() {
            const screens = [
                { name: "home", screen: homeScreen, prepare: () => {} },
                { name: "jobs", screen: jobsScreen, prepare: () => {} },
                { name: "jobs-filtered", screen: jobsScreen,
                  prepare: () => { JobsModel.sectors.toggle("cyber"); JobsModel.levels.toggle("5") } },
                { name: "job", screen: jobScreen, prepare: () => {} },
                { name: "trainings", screen: trainingsScreen, prepare: () => {} },
                { name: "trainings-31", screen: trainingsScreen,
                  prepare: () => { TrainingsModel.department = "31" } },
                { name: "training", screen: trainingScreen, prepare: () => {} },
                { name: "search-ideas", screen: searchScreen, prepare: () => {} },
                { name: "search-results", screen: searchScreen,
                  prepare: () => { SearchController.text = "développeur"; SearchController.searchNow() } },
                { name: "search-nothing", screen: searchScreen,
                  prepare: () => { SearchController.text = "zzzzqqq"; SearchController.searchNow() } }
            ]
            const rows = []
            for (const s of screens) {
                for (const size of [{ o: "landscape", w: 1920, h: 1080 }, { o: "portrait", w: 1080, h: 1920 }]) {
                    for (const language of ["fr", "en"]) {
                        for (const large of [false, true]) {
                            rows.push({ tag: [s.name, size.o, language, large ? "A+" : "A"].join(" "),
                                        screen: s.screen, prepare: s.prepare, width: size.w,
                                        height: size.h, language: language, large: large })
                        }
                    }
                }
            }
            return rows
        }

        function test_screens(data) {
            Preferences.language = data.language
            Preferences.largeText = data.large
            data.prepare()
            const frame = createTemporaryObject(frameComponent, root,
                                                { width: data.width, height: data.height, screen: data.screen })
            verify(frame.content)
            waitForRendering(frame)
            // Qt's keyboard lays its keys out over a few frames after it opens (on a slow machine,
            // more than one): judge the screen once the keyboard's own labels fit.
            if (frame.keyboard.active)
                tryVerify(() => LayoutCheck.textProblems(frame.keyboard.panel, frame).length === 0,
                          5000, "the keyboard's keys never fit their labels")
            const problems = LayoutCheck.textProblems(frame, frame)
            verify(problems.length === 0, "\n" + problems.join("\n"))
        }
    }
}
