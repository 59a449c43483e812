// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kiosk

ApplicationWindow {
    id: window

    width: 1920
    height: 1080
    visible: true
    title: qsTr("Kiosque Métiers du numérique")
    color: Theme.background

    // Every screen asks for another one with openRequested(page, itemId); pages are named here only.
    function open(page: string, itemId: string) {
        const pages = {
            "jobs": jobsPage, "job": jobPage, "interviews": interviewsPage, "interview": interviewPage,
            "quiz": quizPage, "trainings": trainingsPage, "training": trainingPage,
            "lycee": lyceePage, "search": searchPage
        }
        const component = pages[page]
        if (!component) {
            console.warn("unknown page", page)
            return
        }
        const screen = stack.push(component, { itemId: itemId })
        screen.openRequested.connect(window.open)
    }

    function goHome() {
        stack.pop(null, StackView.Immediate)
    }

    Connections {
        target: VisitorSession
        function onResetting() { window.goHome() }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        TopBar {
            Layout.fillWidth: true
            title: stack.depth > 1 ? "" : ContentSummary.homeTitle
            showHome: stack.depth > 1
            onHomeRequested: window.goHome()
        }

        StackView {
            id: stack
            objectName: "stack"
            Layout.fillWidth: true
            Layout.fillHeight: true
            initialItem: HomeScreen {
                onSectionChosen: (section) => window.open(section, "")
            }
        }
    }

    Component { id: jobsPage; JobsScreen {} }
    Component { id: jobPage; JobScreen {} }
    Component { id: interviewsPage; InterviewsScreen {} }
    Component { id: interviewPage; InterviewScreen {} }
    Component { id: quizPage; QuizScreen {} }
    Component { id: trainingsPage; TrainingsScreen {} }
    Component { id: trainingPage; TrainingScreen {} }
    Component { id: lyceePage; LyceeScreen {} }
    Component { id: searchPage; SearchScreen {} }
}
