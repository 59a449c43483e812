// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Kiosk

// The interviews list and the player screen over the fixture content (one interview, "romain",
// whose media files are absent: the player must say so instead of showing a black rectangle; it
// tells about the job "developpeur").
Item {
    id: root
    width: 1920
    height: 1080

    Component {
        id: listComponent
        InterviewsScreen {
            width: root.width
            height: root.height
        }
    }
    Component {
        id: playerComponent
        InterviewScreen {
            width: root.width
            height: root.height
            itemId: "romain"
        }
    }

    Component {
        id: portraitComponent
        InterviewScreen {
            width: 1080
            height: 1920
            itemId: "romain"
        }
    }

    SignalSpy {
        id: openSpy
        signalName: "openRequested"
    }

    TestCase {
        name: "Interviews"
        when: windowShown

        function init() {
            Preferences.reset()
        }

        function test_listShowsInterviewsAndOpensThePlayer() {
            const screen = createTemporaryObject(listComponent, root)
            openSpy.target = screen
            openSpy.clear()
            waitForRendering(screen)
            const card = findChild(screen, "interview_romain")
            verify(card)
            compare(card.person, "Romain")
            compare(card.role, "Développeur")
            compare(card.employer, "Une ESN")
            verify(card.height >= Theme.touchMin)
            verify(card.width > root.width / 3)
            mouseClick(card)
            compare(openSpy.count, 1)
            compare(openSpy.signalArguments[0][0], "interview")
            compare(openSpy.signalArguments[0][1], "romain")
        }

        function test_playerSaysTheVideoIsMissing() {
            const screen = createTemporaryObject(playerComponent, root)
            waitForRendering(screen)
            compare(InterviewPlayer.interviewId, "romain")
            compare(findChild(screen, "personText").text, "Romain")
            const message = findChild(screen, "errorText")
            verify(message.visible)
            verify(message.text.indexOf("introuvable") >= 0, message.text)
            verify(!findChild(screen, "playButton").enabled)
            verify(!findChild(screen, "captions").visible)
            compare(findChild(screen, "panelText").text, "Romain code des applis")
        }

        function test_transcriptOnDemand() {
            const screen = createTemporaryObject(playerComponent, root)
            waitForRendering(screen)
            const button = findChild(screen, "transcriptButton")
            verify(button.visible)
            verify(button.height >= Theme.touchMin)
            mouseClick(button)
            compare(findChild(screen, "panelText").text, "Bonjour, je suis Romain.")
            mouseClick(button)
            compare(findChild(screen, "panelText").text, "Romain code des applis")
        }

        // After (or instead of) the video: a tap on a job the interview tells about opens its card.
        function test_jobsOfTheInterviewTapThrough() {
            const screen = createTemporaryObject(playerComponent, root)
            openSpy.target = screen
            openSpy.clear()
            waitForRendering(screen)
            verify(findChild(screen, "jobsHeader").visible)
            const job = findChild(screen, "job_developpeur")
            verify(job)
            compare(job.title, "Développeur · Développeuse")
            verify(job.height >= Theme.touchMin)
            mouseClick(job)
            compare(openSpy.count, 1)
            compare(openSpy.signalArguments[0][0], "job")
            compare(openSpy.signalArguments[0][1], "developpeur")
            Preferences.language = "en"
            compare(findChild(screen, "job_developpeur").title, "Developer")
        }

        function test_leavingUnloadsTheInterview() {
            const screen = playerComponent.createObject(root)
            waitForRendering(screen)
            compare(InterviewPlayer.interviewId, "romain")
            screen.destroy()
            tryCompare(InterviewPlayer, "interviewId", "")
            compare(InterviewPlayer.playing, false)
            compare(InterviewPlayer.errorMessage, "")
        }

        function test_portraitStacksTheVideoAboveTheText() {
            const screen = createTemporaryObject(portraitComponent, root)
            waitForRendering(screen)
            const video = findChild(screen, "videoPlayer")
            const person = findChild(screen, "personText")
            verify(video.width <= 1080)
            verify(person.mapToItem(screen, 0, 0).y >= video.y + video.height)
        }
    }
}
