// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Kiosk

// The staff statistics panel over the fixture statistics of QmlTestSetup (recordSampleVisits():
// 3 visits, mean 160 s, 1 at 9 h and 2 at 10 h, developpeur viewed 3 times, romain 50 % watched).
Item {
    id: root
    width: 1920
    height: 1080

    Component {
        id: panelComponent
        StatsPanel {
            width: root.width
        }
    }

    SignalSpy {
        id: resetSpy
        signalName: "resetRequested"
    }

    TestCase {
        name: "StatsPanel"
        when: windowShown

        function init() {
            StatsController.period = StatsController.Event
        }

        function figure(panel, name) {
            return findChild(panel, name + "Value").text
        }

        function test_showsTheFixtureNumbers() {
            const panel = createTemporaryObject(panelComponent, root)
            waitForRendering(panel)
            compare(figure(panel, "sessions"), "3")
            compare(figure(panel, "meanDuration"), "2 min 40 s")
            compare(figure(panel, "busiestHour"), "10 h")
            compare(figure(panel, "quizCompletions"), "1")

            const firstJob = findChild(findChild(panel, "topJobs"), "entry0")
            compare(findChild(firstJob, "label").text, "1. Développeur / Développeuse")
            compare(findChild(firstJob, "value").text, "3")
            verify(findChild(findChild(panel, "topJobs"), "entry1") !== null)

            const interview = findChild(findChild(panel, "interviews"), "entry0")
            compare(findChild(interview, "label").text, "1. Romain — Développeur")
            verify(findChild(interview, "value").text.indexOf("50 %") >= 0, findChild(interview, "value").text)

            const quiz = findChild(panel, "quizJobs")
            verify(findChild(quiz, "entry1") !== null)
        }

        function test_barsFollowVisitsByHour() {
            const panel = createTemporaryObject(panelComponent, root)
            waitForRendering(panel)
            const chart = findChild(panel, "hourChart")
            const bar = (hour) => findChild(findChild(chart, "hour" + hour), "bar")
            compare(bar(8).height, 0)
            // The bars grow into place (an animation): wait for it to settle.
            tryVerify(() => bar(10).height > chart.height / 2 && Math.abs(bar(10).height - 2 * bar(9).height) <= 1,
                      5000, "the bars settle at heights proportional to the visits")
            verify(bar(10).height <= chart.height)
        }

        function test_periodButtons() {
            const panel = createTemporaryObject(panelComponent, root)
            waitForRendering(panel)
            const caption = findChild(panel, "periodCaption")
            verify(caption.text.indexOf("14/03/2026") >= 0, caption.text)
            mouseClick(findChild(panel, "period" + StatsController.AllTime))
            compare(StatsController.period, StatsController.AllTime)
            compare(figure(panel, "sessions"), "3")
            mouseClick(findChild(panel, "period" + StatsController.Today))
            compare(StatsController.period, StatsController.Today)
            compare(figure(panel, "sessions"), "3") // the fixture clock's today is the visits' day
            verify(findChild(panel, "period" + StatsController.Today).height >= Theme.touchMin)
        }

        function test_resetIsLeftToTheStaffScreen() {
            const panel = createTemporaryObject(panelComponent, root)
            resetSpy.target = panel
            resetSpy.clear()
            waitForRendering(panel)
            mouseClick(findChild(panel, "resetButton"))
            compare(resetSpy.count, 1)
            compare(figure(panel, "sessions"), "3") // nothing reset before the PIN
        }

        function test_exportNeedsAFolder() {
            const panel = createTemporaryObject(panelComponent, root)
            waitForRendering(panel)
            verify(!findChild(panel, "exportButton").enabled)
            panel.exportFolder = "/media/stick/kiosk-export"
            verify(findChild(panel, "exportButton").enabled)
        }
    }
}
