// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Kiosk

// The job card "developpeur" of the fixture: texts, tap-through to its training and interview,
// the QR code of its source.
Item {
    id: root
    width: 1920
    height: 1080

    Component {
        id: jobComponent
        JobScreen {
            width: root.width
            height: root.height
            itemId: "developpeur"
        }
    }

    SignalSpy {
        id: openSpy
        signalName: "openRequested"
    }

    TestCase {
        name: "Job"
        when: windowShown

        function init() {
            Preferences.reset()
        }

        function open() {
            const screen = createTemporaryObject(jobComponent, root)
            openSpy.target = screen
            openSpy.clear()
            waitForRendering(screen)
            return screen
        }

        function test_showsTheCard() {
            const screen = open()
            compare(findChild(screen, "jobTitle").text, "Développeur · Développeuse")
            compare(findChild(screen, "jobHook").text, "Il écrit des programmes")
            compare(findChild(screen, "jobMissions").text, "Concevoir et écrire des logiciels")
            verify(findChild(screen, "jobLevels").text.indexOf("Bac+2 · Bac+5") >= 0)
        }

        function test_trainingsAndInterviewsTapThrough() {
            const screen = open()
            const training = findChild(screen, "training_bts-sio-slam")
            verify(training)
            verify(training.height >= Theme.touchMin)
            mouseClick(training)
            const interview = findChild(screen, "interview_romain")
            mouseClick(interview)
            compare(openSpy.count, 2)
            compare(openSpy.signalArguments[0][0], "training")
            compare(openSpy.signalArguments[0][1], "bts-sio-slam")
            compare(openSpy.signalArguments[1][0], "interview")
            compare(openSpy.signalArguments[1][1], "romain")
        }

        function test_qrCodeOfTheSource() {
            const screen = open()
            const qr = findChild(screen, "jobQr")
            verify(qr.visible)
            const image = findChild(qr, "qrImage")
            tryCompare(image, "status", Image.Ready)
            verify(image.implicitWidth > 100)
        }

        function test_englishTitleKeepsTheFrenchForms() {
            const screen = open()
            Preferences.language = "en"
            compare(findChild(screen, "jobTitle").text, "Developer")
        }

        function test_unknownJobSaysSo() {
            const screen = createTemporaryObject(jobComponent, root, { itemId: "inconnu" })
            verify(!screen.job.found)
        }
    }
}
