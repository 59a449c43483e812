// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kiosk

// Content update, inside the staff screen (so only after the PIN): the pack found on a stick or in
// the inbox, installing it with its progress, why a pack was refused, and the one-tap rollback.
// Self-contained: place it in a layout with Layout.fillWidth.
Rectangle {
    id: panel

    // true while staff are asked to confirm the rollback.
    property bool confirmingRollback

    readonly property int state: UpdateController.state

    implicitWidth: 800
    implicitHeight: column.implicitHeight + 2 * Theme.spacing
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.outline
    border.width: 2

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacingSmall

        Text {
            Layout.fillWidth: true
            text: qsTr("Mise à jour du contenu")
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontLarge
            font.bold: true
            wrapMode: Text.Wrap
        }
        Text {
            Layout.fillWidth: true
            text: UpdateController.previousVersion > 0
                  ? qsTr("Contenu actif : version %1 — version précédente conservée : %2")
                        .arg(UpdateController.activeVersion).arg(UpdateController.previousVersion)
                  : qsTr("Contenu actif : version %1").arg(UpdateController.activeVersion)
            color: Theme.textMuted
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            wrapMode: Text.Wrap
        }

        // What was found, or what happened.
        Text {
            objectName: "updateHeadline"
            Layout.fillWidth: true
            visible: text !== ""
            text: panel.state === UpdateController.Idle
                  ? qsTr("Aucun paquet de contenu. Branchez une clé USB qui contient un dossier kiosk-pack.")
                  : panel.state === UpdateController.Available || panel.state === UpdateController.Refused
                    ? UpdateController.headline : ""
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            font.bold: panel.state === UpdateController.Available
            wrapMode: Text.Wrap
        }
        Text {
            Layout.fillWidth: true
            visible: text !== "" && panel.state === UpdateController.Available
            text: UpdateController.packTitle
            color: Theme.textMuted
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            wrapMode: Text.Wrap
        }
        Text {
            objectName: "updateMessage"
            Layout.fillWidth: true
            visible: text !== ""
            text: UpdateController.detail === "" ? UpdateController.message
                                                 : UpdateController.message + "\n" + UpdateController.detail
            color: panel.state === UpdateController.Refused || panel.state === UpdateController.Failed
                   || UpdateController.needsForce ? Theme.danger : Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            wrapMode: Text.Wrap
        }

        // Progress of a running import.
        Text {
            Layout.fillWidth: true
            visible: panel.state === UpdateController.Importing
            text: UpdateController.stepText
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            wrapMode: Text.Wrap
        }
        ProgressBar {
            objectName: "updateProgress"
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.spacing
            visible: panel.state === UpdateController.Importing
            value: UpdateController.progress
        }
        Text {
            Layout.fillWidth: true
            visible: panel.state === UpdateController.Importing
            text: UpdateController.progressText
            color: Theme.textMuted
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
        }

        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacing
            PillButton {
                objectName: "updateApply"
                visible: panel.state === UpdateController.Available
                accent: !UpdateController.needsForce   // an older pack is not the obvious choice
                text: UpdateController.needsForce ? qsTr("Installer quand même") : qsTr("Installer la mise à jour")
                font.pixelSize: Theme.fontBody
                height: Theme.touchMin
                leftPadding: Theme.spacing
                rightPadding: Theme.spacing
                onClicked: UpdateController.apply(UpdateController.needsForce)
            }
            PillButton {
                objectName: "updateCancel"
                visible: panel.state === UpdateController.Importing
                text: qsTr("Annuler")
                font.pixelSize: Theme.fontBody
                height: Theme.touchMin
                leftPadding: Theme.spacing
                rightPadding: Theme.spacing
                onClicked: UpdateController.cancel()
            }
            PillButton {
                objectName: "updateDismiss"
                visible: panel.state === UpdateController.Refused || panel.state === UpdateController.Succeeded
                         || panel.state === UpdateController.Failed
                text: qsTr("OK")
                font.pixelSize: Theme.fontBody
                height: Theme.touchMin
                leftPadding: Theme.spacing
                rightPadding: Theme.spacing
                width: Math.max(implicitWidth, Theme.touchMin * 2)
                onClicked: UpdateController.dismiss()
            }
            PillButton {
                objectName: "updateRollback"
                visible: UpdateController.previousVersion > 0 && panel.state !== UpdateController.Importing
                         && !panel.confirmingRollback
                text: qsTr("Revenir à la version %1").arg(UpdateController.previousVersion)
                font.pixelSize: Theme.fontBody
                height: Theme.touchMin
                leftPadding: Theme.spacing
                rightPadding: Theme.spacing
                onClicked: panel.confirmingRollback = true
            }
        }

        RowLayout {
            Layout.fillWidth: true
            visible: panel.confirmingRollback
            spacing: Theme.spacing
            Text {
                Layout.fillWidth: true
                text: qsTr("Revenir à la version %1 du contenu ? La version %2 restera disponible.")
                          .arg(UpdateController.previousVersion).arg(UpdateController.activeVersion)
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                wrapMode: Text.Wrap
            }
            PillButton {
                objectName: "updateRollbackConfirm"
                text: qsTr("Confirmer")
                font.pixelSize: Theme.fontBody
                Layout.preferredHeight: Theme.touchMin
                leftPadding: Theme.spacing
                rightPadding: Theme.spacing
                onClicked: {
                    panel.confirmingRollback = false
                    UpdateController.rollback()
                }
            }
            PillButton {
                text: qsTr("Annuler")
                font.pixelSize: Theme.fontBody
                Layout.preferredHeight: Theme.touchMin
                leftPadding: Theme.spacing
                rightPadding: Theme.spacing
                onClicked: panel.confirmingRollback = false
            }
        }
    }
}
