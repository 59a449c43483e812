// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
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
    // Each is made from its file when first opened: none of them is in the way of the first frame
    // (the interview screen alone brings Qt Multimedia and its plugins).
    readonly property var pages: ({
        "jobs": "JobsScreen", "job": "JobScreen", "interviews": "InterviewsScreen",
        "interview": "InterviewScreen", "quiz": "QuizScreen", "trainings": "TrainingsScreen",
        "training": "TrainingScreen", "lycee": "LyceeScreen", "search": "SearchScreen"
    })

    function open(page: string, itemId: string) {
        const screen = window.pages[page]
        if (!screen) {
            console.warn("unknown page", page)
            return
        }
        UsageRecorder.recordScreen(page)
        if (page === "job" || page === "training" || page === "interview")
            UsageRecorder.recordView(page, itemId)
        const item = stack.push(Qt.resolvedUrl("screens/" + screen + ".qml"), { itemId: itemId })
        item.openRequested.connect(window.open)
    }

    // Animated like the back button, not immediate: a playing video pauses as its screen starts
    // leaving and its player is destroyed after the transition, once paused. Destroyed at once
    // while still playing, Qt 6.4's player blocks the interface ~0.3 s (its video sink waits for
    // this thread while this thread waits for the pipeline to stop).
    function goHome() {
        stack.pop(null)
    }

    // An interview's player still opening its video is not destroyed (Qt 6.4's player can
    // deadlock then: docs/architecture.md): back, home and the reset wait until it is open, a
    // few tenths of a second, 3 s at most (a video that never opens does not trap the visitor).
    property var leaveWhenOpen: null
    function leave(action) {
        if (!InterviewPlayer.opening) {
            action()
            return
        }
        leaveWhenOpen = action
        openingLimit.start()   // not restarted by more taps: 3 s after the first
    }
    function leaveNow() {
        openingLimit.stop()
        const action = leaveWhenOpen
        leaveWhenOpen = null
        if (action)
            action()
    }
    Timer {
        id: openingLimit
        interval: 3000
        onTriggered: window.leaveNow()
    }
    Connections {
        target: InterviewPlayer
        function onOpeningChanged() {
            if (!InterviewPlayer.opening)
                window.leaveNow()
        }
    }

    Connections {
        target: VisitorSession
        function onResetting() { window.leave(window.goHome) }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        TopBar {
            Layout.fillWidth: true
            objectName: "topBar"
            showHome: stack.depth > 1   // the home screen shows the content's title itself
            onBackRequested: window.leave(() => stack.pop())
            onHomeRequested: {
                UsageRecorder.recordScreen("home")
                window.leave(window.goHome)
            }
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

    // The search screen's keyboard: above the screens, below the layers that cover everything.
    // Made while the first frames show (it loads a dozen plugins), long before a visitor can
    // reach the search screen.
    // (Loaders of this Bound file take a file, not a component: see ComponentBehavior.)
    Loader {
        objectName: "keyboard"
        anchors.fill: parent
        asynchronous: true
        source: "components/OnScreenKeyboard.qml"
    }

    // Layers over the screens, bottom to top: attract loop, dimming outside opening hours, the
    // "Toujours là ?" overlay, the staff screen, the PIN pad, the hidden staff gesture.
    // Paused under the staff screen: nobody sees it there, and a content update then never
    // rebuilds it while one of its videos is still opening (docs/architecture.md).
    AttractScreen {
        objectName: "attract"
        anchors.fill: parent
        visible: !VisitorSession.active
        running: visible && AttractController.open && !StaffController.staffMode
        onStarted: VisitorSession.begin()
    }

    Rectangle {
        objectName: "closedDimmer"
        anchors.fill: parent
        visible: !VisitorSession.active && !AttractController.open
        color: "black"
        opacity: AttractController.dimOpacity
    }

    StillThereOverlay {
        objectName: "stillThere"
        anchors.fill: parent
    }

    // Made when staff come in, gone when they leave: visitors never need it. Unloaded once the
    // event that closed it (a tap on its own button) is handled, never from inside it.
    Loader {
        id: staffScreen
        objectName: "staffScreen"
        anchors.fill: parent
        source: "screens/StaffScreen.qml"
        active: false
        visible: StaffController.staffMode
        Timer {
            id: unloadStaffScreen
            interval: 0
            onTriggered: staffScreen.active = StaffController.staffMode
        }
        Connections {
            target: StaffController
            function onStateChanged() {
                if (StaffController.staffMode)
                    staffScreen.active = true
                else
                    unloadStaffScreen.start()
            }
        }
    }

    Rectangle {
        objectName: "pinPad"
        anchors.fill: parent
        visible: StaffController.pinPadVisible
        color: "#D9000000"
        MouseArea { anchors.fill: parent }   // modal
        PinPad {
            anchors.centerIn: parent
            onSubmitted: (pin) => StaffController.submitPin(pin)
            onCancelled: StaffController.cancelPin()
        }
    }

    // The hidden staff gesture: taps in one corner ([staff] gesture_* in kiosk.ini). Small enough
    // to stay clear of the top bar's buttons.
    MouseArea {
        objectName: "staffGesture"
        readonly property bool atRight: StaffController.gestureCorner.endsWith("right")
        readonly property bool atBottom: StaffController.gestureCorner.startsWith("bottom")
        width: Theme.margin
        height: Theme.margin
        x: atRight ? window.width - width : 0
        y: atBottom ? window.height - height : 0
        onClicked: StaffController.cornerTapped()
    }
}
