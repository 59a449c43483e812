// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kiosk

// The staff screen (after the hidden gesture and the PIN): the kiosk's state, the sound level and
// inactivity delay, reset / restart / quit. It closes by itself after a while without a touch
// (StaffController), and at any visitor reset.
Rectangle {
    id: staff

    // "restart", "quit" or "": an action waiting for its confirmation.
    property string pending
    // The statistics reset waits for the PIN.
    property bool confirmingStatsReset

    color: Theme.background

    // Opens fresh each time.
    onVisibleChanged: {
        pending = ""
        confirmingStatsReset = false
        scroller.contentY = 0
    }

    function gigabytes(bytes: real): string {
        return (bytes / 1e9).toLocaleString(Qt.locale("fr_FR"), "f", 1)
    }

    function duration(seconds: int): string {
        const days = Math.floor(seconds / 86400)
        const hours = Math.floor(seconds % 86400 / 3600)
        const minutes = Math.floor(seconds % 3600 / 60)
        return days > 0 ? qsTr("%1 j %2 h %3 min").arg(days).arg(hours).arg(minutes)
                        : qsTr("%1 h %2 min").arg(hours).arg(minutes)
    }

    // Touches inside the staff screen do not reach what lies under it.
    MouseArea { anchors.fill: parent }

    Flickable {
        id: scroller
        anchors.fill: parent
        anchors.margins: Theme.margin
        contentHeight: column.implicitHeight
        clip: true

        ColumnLayout {
            id: column
            width: parent.width
            spacing: Theme.spacing

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                Text {
                    Layout.fillWidth: true
                    text: qsTr("Espace personnel — kiosque « %1 »").arg(StaffController.kioskId)
                    color: Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontTitle
                    font.bold: true
                    wrapMode: Text.Wrap
                }
                PillButton {
                    objectName: "staffClose"
                    text: qsTr("Fermer")
                    font.pixelSize: Theme.fontBody
                    Layout.preferredHeight: Theme.touchMin
                    Layout.minimumWidth: 200
                    onClicked: StaffController.leave()
                }
            }

            GridLayout {
                Layout.fillWidth: true
                columns: 2
                columnSpacing: Theme.spacing
                rowSpacing: Theme.spacingSmall

                Repeater {
                    model: [
                        { label: qsTr("Contenu"),
                          value: qsTr("version %1 — %2").arg(StaffController.contentVersion)
                                     .arg(StaffController.contentTitle) },
                        { label: qsTr("Dernière mise à jour"),
                          value: Qt.formatDateTime(StaffController.lastUpdate, "dd/MM/yyyy HH:mm") },
                        { label: qsTr("Espace disque libre"),
                          value: qsTr("%1 Go sur %2 Go").arg(staff.gigabytes(StaffController.diskFreeBytes))
                                     .arg(staff.gigabytes(StaffController.diskTotalBytes)) },
                        { label: qsTr("En marche depuis"),
                          value: staff.duration(StaffController.uptimeSeconds) }
                    ]
                    delegate: RowLayout {
                        id: info
                        required property var modelData
                        Layout.columnSpan: 2
                        Layout.fillWidth: true
                        spacing: Theme.spacing
                        Text {
                            Layout.preferredWidth: 420
                            Layout.alignment: Qt.AlignTop   // beside the value's first line
                            text: info.modelData.label
                            color: Theme.textMuted
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.fontBody
                            wrapMode: Text.Wrap
                        }
                        Text {
                            Layout.fillWidth: true
                            text: info.modelData.value
                            color: Theme.text
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.fontBody
                            wrapMode: Text.Wrap
                        }
                    }
                }

                Text {
                    Layout.preferredWidth: 420
                    text: qsTr("Volume : %1 %").arg(AudioSettings.percent)
                    color: Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                    wrapMode: Text.Wrap
                }
                TouchSlider {
                    objectName: "staffVolume"
                    Layout.fillWidth: true
                    Layout.preferredHeight: Theme.touchMin
                    from: 0
                    to: AudioSettings.cap
                    stepSize: 5
                    value: AudioSettings.percent
                    onMoved: AudioSettings.percent = value
                }

                Text {
                    Layout.preferredWidth: 420
                    text: qsTr("Retour à l'accueil après %1 s sans toucher").arg(StaffController.idleTimeout)
                    color: Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                    wrapMode: Text.Wrap
                }
                RowLayout {
                    spacing: Theme.spacingSmall
                    Repeater {
                        model: [30, 60, 90, 120, 180, 300]
                        delegate: PillButton {
                            required property int modelData
                            text: qsTr("%1 s").arg(modelData)
                            selected: StaffController.idleTimeout === modelData
                            font.pixelSize: Theme.fontBody
                            Layout.preferredHeight: Theme.touchMin
                            Layout.minimumWidth: Theme.touchMin * 1.5
                            onClicked: StaffController.idleTimeout = modelData
                        }
                    }
                }
            }
            Text {
                Layout.fillWidth: true
                text: qsTr("Le volume et le délai reviennent aux valeurs de kiosk.ini au redémarrage.")
                color: Theme.textMuted
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.Wrap
            }

            // Content update from a stick or the inbox (issue 6) and usage statistics.
            UpdatePanel {
                Layout.fillWidth: true
            }
            StatsPanel {
                Layout.fillWidth: true
                onResetRequested: staff.confirmingStatsReset = true
            }

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                PillButton {
                    objectName: "staffReset"
                    text: qsTr("Réinitialiser pour le visiteur suivant")
                    font.pixelSize: Theme.fontBody
                    Layout.preferredHeight: Theme.touchMin
                    onClicked: StaffController.resetKiosk()
                }
                PillButton {
                    text: qsTr("Redémarrer le kiosque")
                    font.pixelSize: Theme.fontBody
                    Layout.preferredHeight: Theme.touchMin
                    onClicked: staff.pending = "restart"
                }
                PillButton {
                    text: qsTr("Quitter le kiosque")
                    font.pixelSize: Theme.fontBody
                    Layout.preferredHeight: Theme.touchMin
                    onClicked: staff.pending = "quit"
                }
            }
            RowLayout {
                visible: staff.pending !== ""
                Layout.fillWidth: true
                spacing: Theme.spacing
                Text {
                    Layout.fillWidth: true
                    text: staff.pending === "quit"
                          ? qsTr("Quitter le kiosque ? L'écran restera vide jusqu'au redémarrage.")
                          : qsTr("Redémarrer le kiosque ? Il revient en quelques secondes.")
                    color: Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                    wrapMode: Text.Wrap
                }
                PillButton {
                    text: qsTr("Confirmer")
                    font.pixelSize: Theme.fontBody
                    Layout.preferredHeight: Theme.touchMin
                    onClicked: staff.pending === "quit" ? StaffController.quit() : StaffController.restart()
                }
                PillButton {
                    text: qsTr("Annuler")
                    font.pixelSize: Theme.fontBody
                    Layout.preferredHeight: Theme.touchMin
                    onClicked: staff.pending = ""
                }
            }
        }
    }

    Rectangle {
        anchors.fill: parent
        visible: staff.confirmingStatsReset
        color: "#D9000000"
        MouseArea { anchors.fill: parent }   // modal
        PinPad {
            anchors.centerIn: parent
            title: qsTr("Remettre les statistiques à zéro : confirmez avec le code")
            onSubmitted: (pin) => {
                if (StaffController.confirmPin(pin)) {
                    StatsController.resetStatistics()
                    staff.confirmingStatsReset = false
                }
            }
            onCancelled: staff.confirmingStatsReset = false
        }
    }
}
