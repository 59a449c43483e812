// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Kiosk

// "Quel métier pour moi ?" over the fixture content: three interests (proteger, creer, jouer), so one
// step of three answers; "creer" matches developpeur, then game-designer.
Item {
    id: root
    width: 1920
    height: 1080

    Component {
        id: quizComponent
        QuizScreen {
            width: root.width
            height: root.height
        }
    }

    SignalSpy {
        id: openSpy
        signalName: "openRequested"
    }

    TestCase {
        name: "Quiz"
        when: windowShown

        function init() {
            Preferences.reset()
        }

        function start() {
            const screen = createTemporaryObject(quizComponent, root)
            openSpy.target = screen
            openSpy.clear()
            waitForRendering(screen)
            return screen
        }

        function test_asksWithPictures() {
            const screen = start()
            verify(findChild(screen, "questions").visible)
            verify(!findChild(screen, "results").visible)
            compare(findChild(screen, "progressText").text, "Étape 1 sur 1")
            const create = findChild(screen, "option_creer")
            compare(create.name, "Créer")
            compare(create.question, "J'aime créer")
            verify(create.height >= 300 && create.width >= 300)
            verify(findChild(screen, "option_proteger"))
            verify(findChild(screen, "option_jouer"))
        }

        function test_endsOnMatchingJobs() {
            const screen = start()
            mouseClick(findChild(screen, "option_creer"))
            verify(findChild(screen, "results").visible)
            verify(!findChild(screen, "questions").visible)
            waitForRendering(screen)
            const first = findChild(screen, "result_developpeur")
            verify(first)
            compare(first.why, "Ce métier rejoint tes choix : Créer.")
            verify(findChild(screen, "result_game-designer"))
            mouseClick(first)
            compare(openSpy.count, 1)
            compare(openSpy.signalArguments[0][0], "job")
            compare(openSpy.signalArguments[0][1], "developpeur")
        }

        function test_restartStartsAgain() {
            const screen = start()
            mouseClick(findChild(screen, "option_jouer"))
            const restart = findChild(screen, "restartButton")
            verify(restart.height >= Theme.touchMin)
            mouseClick(restart)
            verify(findChild(screen, "questions").visible)
            compare(QuizController.step, 0)
            compare(QuizController.results.count, 0)
        }

        function test_skippingEverythingLeavesAWayOut() {
            const screen = start()
            mouseClick(findChild(screen, "skipButton"))
            verify(findChild(screen, "results").visible)
            compare(QuizController.results.count, 0)
            const allJobs = findChild(screen, "allJobsButton")
            verify(allJobs.visible)
            mouseClick(allJobs)
            compare(openSpy.signalArguments[0][0], "jobs")
        }

        function test_aNewScreenStartsFresh() {
            QuizController.choose("creer")
            const screen = start()
            verify(findChild(screen, "questions").visible)
        }
    }
}
