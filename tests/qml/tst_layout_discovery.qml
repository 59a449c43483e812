// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Kiosk
import "LayoutCheck.js" as LayoutCheck

// The screens of issue 4 part B (interviews, interview player, every lycée numérique topic, quiz
// questions and results), under the top bar, in landscape and portrait, French and English, normal
// and bigger text: no text may be elided, truncated or stick out sideways (LayoutCheck.js); every
// button keeps a finger-sized target.
Item {
    id: root
    width: 1920
    height: 1080

    // A screen under the top bar, as Main.qml shows it.
    component Frame: Item {
        id: frame
        property alias screen: loader.sourceComponent
        readonly property Item content: loader.item
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
    }

    Component { id: frameComponent; Frame {} }
    Component { id: interviewsScreen; InterviewsScreen {} }
    Component { id: interviewScreen; InterviewScreen { itemId: "romain" } }
    Component { id: lyceeScreen; LyceeScreen {} }
    Component { id: quizScreen; QuizScreen {} }

    TestCase {
        name: "LayoutDiscovery"
        when: windowShown

        function cleanup() {
            Preferences.reset()
            VisitorSession.reset("test")
        }

        // Buttons (anything with "clicked" and a size) narrower or lower than a finger.
        function smallTargets(item, problems) {
            if (!item || !item.visible)
                return problems
            if (item.clicked !== undefined && item.pressed !== undefined
                    && (item.width < Theme.touchMin - 1 || item.height < Theme.touchMin - 1))
                problems.push((item.objectName || item.text || item) + " is " + Math.round(item.width) + "×"
                              + Math.round(item.height))
            for (let i = 0; i < item.children.length; ++i)
                smallTargets(item.children[i], problems)
            return problems
        }

        function test_screens_data() {
            const topic = (name) => (frame) => {
                const tab = findChild(frame.content, "tab_" + name)
                mouseClick(tab)
            }
            const screens = [
                { name: "interviews", screen: interviewsScreen, prepare: () => {} },
                { name: "interview", screen: interviewScreen, prepare: () => {} },
                { name: "interview-transcript", screen: interviewScreen,
                  prepare: (frame) => mouseClick(findChild(frame.content, "transcriptButton")) },
                { name: "lycee-label", screen: lyceeScreen, prepare: () => {} },
                { name: "lycee-niveau", screen: lyceeScreen, prepare: topic("niveau") },
                { name: "lycee-chiffres", screen: lyceeScreen, prepare: topic("chiffres") },
                { name: "quiz", screen: quizScreen, prepare: () => {} },
                { name: "quiz-results", screen: quizScreen,
                  prepare: (frame) => mouseClick(findChild(frame.content, "option_creer")) },
                { name: "quiz-nothing", screen: quizScreen,
                  prepare: (frame) => mouseClick(findChild(frame.content, "skipButton")) }
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
            const frame = createTemporaryObject(frameComponent, root,
                                                { width: data.width, height: data.height, screen: data.screen })
            verify(frame.content)
            waitForRendering(frame)
            data.prepare(frame)
            waitForRendering(frame)
            const problems = LayoutCheck.textProblems(frame, frame)
            verify(problems.length === 0, "\n" + problems.join("\n"))
            const small = smallTargets(frame.content, [])
            verify(small.length === 0, "\n" + small.join("\n"))
        }
    }
}
