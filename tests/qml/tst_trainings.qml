// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Kiosk

// Trainings over the fixture (bac pro SEN in 34, BTS SIO SLAM in 31): the tile map filters the
// list; a training opens its screen, which leads to its jobs.
Item {
    id: root
    width: 1920
    height: 1080

    Component {
        id: trainingsComponent
        TrainingsScreen {
            width: root.width
            height: root.height
        }
    }
    Component {
        id: trainingComponent
        TrainingScreen {
            width: root.width
            height: root.height
            itemId: "bts-sio-slam"
        }
    }

    SignalSpy {
        id: openSpy
        signalName: "openRequested"
    }

    TestCase {
        name: "Trainings"
        when: windowShown

        function init() {
            Preferences.reset()
            TrainingsModel.reset()
        }

        function open(component) {
            const screen = createTemporaryObject(component, root)
            openSpy.target = screen
            openSpy.clear()
            waitForRendering(screen)
            return screen
        }

        function test_tileMapFiltersTheList() {
            const screen = open(trainingsComponent)
            const list = findChild(screen, "trainingList")
            compare(list.count, 2)
            const tile = findChild(screen, "department_31")
            verify(tile)
            compare(tile.count, 1)
            verify(tile.height >= Theme.touchMin)
            verify(!findChild(screen, "department_09").enabled)   // nothing taught there
            mouseClick(tile)
            compare(list.count, 1)
            verify(tile.selected)
            verify(findChild(screen, "trainingCount").text.indexOf("Haute-Garonne") >= 0)
            const all = findChild(screen, "allDepartments")
            verify(all.visible)
            waitForRendering(screen)
            mouseClick(all)
            compare(list.count, 2)
        }

        function test_tilesAreLaidOutLikeTheMap() {
            const screen = open(trainingsComponent)
            const lot = findChild(screen, "department_46")
            const ariege = findChild(screen, "department_09")
            const gard = findChild(screen, "department_30")
            const gers = findChild(screen, "department_32")
            verify(lot.y < ariege.y)     // north above south
            verify(gers.x < gard.x)      // west left of east
        }

        function test_tappingATrainingOpensIt() {
            const screen = open(trainingsComponent)
            const list = findChild(screen, "trainingList")
            waitForRendering(list)
            mouseClick(findChild(list, "training_bts-sio-slam"))
            compare(openSpy.count, 1)
            compare(openSpy.signalArguments[0][0], "training")
            compare(openSpy.signalArguments[0][1], "bts-sio-slam")
        }

        function test_trainingScreenLeadsToItsJobs() {
            const screen = open(trainingComponent)
            compare(findChild(screen, "trainingName").text, "BTS SIO option SLAM")
            mouseClick(findChild(screen, "job_developpeur"))
            compare(openSpy.count, 1)
            compare(openSpy.signalArguments[0][0], "job")
            compare(openSpy.signalArguments[0][1], "developpeur")
        }

        function test_resetShowsEveryDepartment() {
            const screen = open(trainingsComponent)
            mouseClick(findChild(screen, "department_34"))
            compare(TrainingsModel.count, 1)
            VisitorSession.reset("test")
            compare(TrainingsModel.department, "")
            compare(TrainingsModel.count, 2)
        }
    }
}
