// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Kiosk

// The usage statistics for staff, embedded in the staff screen: a period (today, this event, all
// time), the key numbers, visits by hour, the most viewed job cards, interviews watched to the end
// and quiz results; export to a folder, and a reset the staff screen confirms with the PIN.
Item {
    id: panel

    // Where "Exporter" writes (the stick's kiosk-export/ folder); the button is off while empty.
    property string exportFolder: StatsController.exportFolder
    // "Remettre à zéro" was tapped: confirm with the PIN, then call StatsController.resetStatistics().
    signal resetRequested()

    implicitWidth: 1600
    implicitHeight: content.implicitHeight

    function duration(seconds: int): string {
        const minutes = Math.floor(seconds / 60)
        const rest = seconds % 60
        return minutes > 0 ? qsTr("%1 min %2 s").arg(minutes).arg(rest) : qsTr("%1 s").arg(rest)
    }

    function periodCaption(): string {
        if (!StatsController.available)
            return qsTr("Les statistiques ne sont pas disponibles sur ce kiosque.")
        switch (StatsController.period) {
        case StatsController.Today:
            return qsTr("Aujourd'hui, depuis minuit.")
        case StatsController.Event:
            return qsTr("Depuis la dernière remise à zéro, le %1.")
                .arg(StatsController.eventStarted.toLocaleString(Qt.locale("fr_FR"), "d/MM/yyyy à HH:mm"))
        default:
            return qsTr("Depuis le début (les données de plus de 400 jours sont effacées).")
        }
    }

    Component.onCompleted: StatsController.refresh()

    // One key number with its caption.
    component Figure: Rectangle {
        id: figure

        property string value
        property string label

        Layout.fillWidth: true
        Layout.preferredWidth: 1
        implicitHeight: figureColumn.implicitHeight + 2 * Theme.spacing
        radius: Theme.radius
        color: Theme.surfaceRaised
        border.color: Theme.outline
        border.width: 2

        Column {
            id: figureColumn
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.verticalCenter: parent.verticalCenter
            anchors.margins: Theme.spacing
            spacing: Theme.spacingSmall / 2

            Text {
                objectName: figure.objectName + "Value"
                width: parent.width
                text: figure.value
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontDisplay
                font.bold: true
                wrapMode: Text.Wrap
            }
            Text {
                width: parent.width
                text: figure.label
                color: Theme.textMuted
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                wrapMode: Text.Wrap
            }
        }
    }

    ColumnLayout {
        id: content
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        spacing: Theme.spacing

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingSmall

            Repeater {
                model: [
                    { period: StatsController.Today, label: qsTr("Aujourd'hui") },
                    { period: StatsController.Event, label: qsTr("Cet événement") },
                    { period: StatsController.AllTime, label: qsTr("Depuis le début") }
                ]
                delegate: PillButton {
                    required property var modelData
                    selected: StatsController.period === modelData.period

                    objectName: "period" + modelData.period
                    text: modelData.label
                    font.pixelSize: Theme.fontBody
                    Layout.preferredHeight: Theme.touchMin
                    Layout.minimumWidth: 200
                    onClicked: StatsController.period = modelData.period
                }
            }
            Item { Layout.fillWidth: true }
            PillButton {
                objectName: "exportButton"
                text: StatsController.exporting ? qsTr("Export en cours…") : qsTr("Exporter")
                enabled: panel.exportFolder.length > 0 && StatsController.available && !StatsController.exporting
                font.pixelSize: Theme.fontBody
                Layout.preferredHeight: Theme.touchMin
                Layout.minimumWidth: 200
                onClicked: StatsController.exportTo(panel.exportFolder)
            }
            PillButton {
                objectName: "resetButton"
                text: qsTr("Remettre à zéro")
                enabled: StatsController.available
                font.pixelSize: Theme.fontBody
                Layout.preferredHeight: Theme.touchMin
                Layout.minimumWidth: 200
                onClicked: panel.resetRequested()
            }
        }

        Text {
            objectName: "periodCaption"
            Layout.fillWidth: true
            text: panel.periodCaption()
            color: Theme.textMuted
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            wrapMode: Text.Wrap
        }
        Text {
            objectName: "exportMessage"
            Layout.fillWidth: true
            visible: text.length > 0
            text: StatsController.exportMessage
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            wrapMode: Text.Wrap
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing

            Figure {
                objectName: "sessions"
                value: StatsController.sessions
                label: qsTr("visites")
            }
            Figure {
                objectName: "meanDuration"
                value: panel.duration(StatsController.meanSessionSeconds)
                label: qsTr("durée moyenne d'une visite")
            }
            Figure {
                objectName: "busiestHour"
                value: StatsController.busiestHour < 0 ? "—" : qsTr("%1 h").arg(StatsController.busiestHour)
                label: qsTr("heure la plus fréquentée")
            }
            Figure {
                objectName: "quizCompletions"
                value: StatsController.quizCompletions
                label: qsTr("quiz terminés")
            }
        }

        Text {
            Layout.fillWidth: true
            text: qsTr("Visites par heure")
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontLarge
            font.bold: true
            wrapMode: Text.Wrap
        }
        StatsHourChart {
            objectName: "hourChart"
            Layout.fillWidth: true
            Layout.preferredHeight: 300
            hours: StatsController.hours
        }

        GridLayout {
            Layout.fillWidth: true
            columns: panel.width > 1400 ? 3 : 1
            columnSpacing: Theme.spacing
            rowSpacing: Theme.spacing

            StatsRanking {
                objectName: "topJobs"
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                Layout.alignment: Qt.AlignTop
                title: qsTr("Les 10 fiches métiers les plus vues")
                rows: StatsController.topJobs
            }
            StatsRanking {
                objectName: "interviews"
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                Layout.alignment: Qt.AlignTop
                title: qsTr("Témoignages vidéo regardés")
                rows: StatsController.interviews
                showCompletion: true
            }
            StatsRanking {
                objectName: "quizJobs"
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                Layout.alignment: Qt.AlignTop
                title: qsTr("Métiers proposés par le quiz")
                rows: StatsController.quizJobs
            }
        }
    }
}
