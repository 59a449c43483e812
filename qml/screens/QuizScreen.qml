// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kiosk

// "Quel métier pour moi ?": a few taps between pictures, no typing, then three jobs that match the
// choices, with why. A job opens its card; "Recommencer" starts again.
Item {
    id: screen

    property string itemId
    signal openRequested(string page, string itemId)

    readonly property bool portrait: height > width

    // Usage statistics: a finished quiz and the jobs it proposed, once (not again when only the
    // language changes while the result shows).
    property bool resultRecorded: false

    Component.onCompleted: QuizController.reset()

    Connections {
        target: QuizController
        function onStepChanged() {
            if (QuizController.finished && !screen.resultRecorded)
                UsageRecorder.quizCompleted(QuizController.results.jobIds())
            screen.resultRecorded = QuizController.finished
        }
    }

    Flickable {
        id: flick
        anchors.fill: parent
        contentWidth: width
        contentHeight: column.implicitHeight + 2 * Theme.margin
        boundsBehavior: Flickable.StopAtBounds
        ScrollIndicator.vertical: ScrollIndicator {}

        ColumnLayout {
            id: column
            x: Theme.margin
            y: Theme.margin
            width: flick.width - 2 * Theme.margin
            spacing: Theme.spacing

            Text {
                Layout.fillWidth: true
                text: qsTr("Quel métier pour moi ?")
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontTitle
                font.bold: true
                wrapMode: Text.Wrap
            }

            // The questions.
            ColumnLayout {
                objectName: "questions"
                Layout.fillWidth: true
                visible: !QuizController.finished
                spacing: Theme.spacing

                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacing
                    Text {
                        objectName: "progressText"
                        text: qsTr("Étape %1 sur %2").arg(QuizController.step + 1).arg(QuizController.stepCount)
                        color: Theme.textMuted
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontBody
                    }
                    Repeater {
                        model: QuizController.stepCount
                        delegate: Rectangle {
                            required property int index
                            width: 24
                            height: 24
                            radius: 12
                            color: index <= QuizController.step ? Theme.accent : Theme.surfaceRaised
                            border.color: Theme.outline
                            border.width: 2
                        }
                    }
                }
                Text {
                    Layout.fillWidth: true
                    text: qsTr("Qu'est-ce qui te ressemble le plus ? Touche une image.")
                    color: Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontLarge
                    wrapMode: Text.Wrap
                }
                GridLayout {
                    Layout.fillWidth: true
                    columns: screen.portrait ? 1 : Math.max(1, QuizController.options.length)
                    rowSpacing: Theme.spacing
                    columnSpacing: Theme.spacing

                    Repeater {
                        model: QuizController.options
                        delegate: QuizOptionCard {
                            required property var modelData
                            required property int index
                            objectName: "option_" + modelData.interestId
                            Layout.fillWidth: true
                            Layout.fillHeight: true
                            Layout.preferredWidth: 1
                            // Big targets: together the answers take about half the screen.
                            Layout.minimumHeight: screen.portrait ? screen.height * 0.25 : screen.height * 0.55
                            name: modelData.name
                            question: modelData.question
                            glyph: modelData.icon
                            color: Theme.sectionColors[(QuizController.step * 2 + index) % Theme.sectionColors.length]
                            onClicked: QuizController.choose(modelData.interestId)
                        }
                    }
                }
                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacing
                    PillButton {
                        objectName: "backButton"
                        visible: QuizController.step > 0
                        iconName: "back"
                        text: qsTr("Retour")
                        onClicked: QuizController.back()
                    }
                    Item { Layout.fillWidth: true }
                    PillButton {
                        objectName: "skipButton"
                        iconName: "next"
                        text: QuizController.options.length === 2 ? qsTr("Aucun des deux")
                            : QuizController.options.length > 2 ? qsTr("Aucun de ceux-là") : qsTr("Pas pour moi")
                        onClicked: QuizController.skip()
                    }
                }
            }

            // The result.
            ColumnLayout {
                objectName: "results"
                Layout.fillWidth: true
                visible: QuizController.finished
                spacing: Theme.spacing

                Text {
                    objectName: "resultTitle"
                    Layout.fillWidth: true
                    text: QuizController.results.count > 1
                          ? qsTr("%1 métiers qui te ressemblent. Touche une carte pour en savoir plus.")
                                .arg(QuizController.results.count)
                          : QuizController.results.count === 1
                          ? qsTr("Un métier qui te ressemble. Touche la carte pour en savoir plus.")
                          : qsTr("Tu n'as rien choisi : pas de souci ! Recommence, ou découvre tous les métiers.")
                    color: Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontLarge
                    wrapMode: Text.Wrap
                }
                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacing
                    PillButton {
                        objectName: "restartButton"
                        accent: true
                        text: qsTr("Recommencer")
                        onClicked: QuizController.reset()
                    }
                    PillButton {
                        objectName: "allJobsButton"
                        visible: QuizController.results.count === 0
                        iconName: "jobs"
                        text: qsTr("Voir tous les métiers")
                        onClicked: screen.openRequested("jobs", "")
                    }
                }
                GridLayout {
                    Layout.fillWidth: true
                    columns: screen.portrait ? 1 : 3
                    rowSpacing: Theme.spacing
                    columnSpacing: Theme.spacing

                    Repeater {
                        model: QuizController.results
                        delegate: QuizResultCard {
                            objectName: "result_" + jobId
                            horizontal: screen.portrait
                            Layout.fillWidth: true
                            Layout.fillHeight: true
                            Layout.preferredWidth: 1
                            onClicked: screen.openRequested("job", jobId)
                        }
                    }
                }
            }
        }
    }
}
