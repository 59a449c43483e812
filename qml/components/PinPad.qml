// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Kiosk

// A numeric pad for the staff PIN. It emits submitted(pin) on "Valider"; the owner checks it
// (StaffController). Shows the last refusal and the lockout countdown from StaffController.
Rectangle {
    id: pad

    property string title: qsTr("Code du personnel")
    property string entered
    signal submitted(string pin)
    signal cancelled()

    readonly property bool locked: StaffController.lockedOut

    // Nothing typed stays behind when the pad closes.
    onVisibleChanged: entered = ""

    function press(key: string) {
        if (pad.locked)
            return
        if (key === "erase")
            pad.entered = pad.entered.slice(0, -1)
        else if (key === "ok") {
            const pin = pad.entered
            pad.entered = ""
            pad.submitted(pin)
        } else if (pad.entered.length < 8)
            pad.entered += key
    }

    implicitWidth: 600
    implicitHeight: column.implicitHeight + 2 * Theme.margin
    radius: Theme.radius
    color: Theme.surface   // darker than the keys (PillButton: surfaceRaised)
    border.color: Theme.outline
    border.width: 2

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        Text {
            Layout.fillWidth: true
            text: pad.title
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontTitle
            font.bold: true
            wrapMode: Text.Wrap
        }
        Text {
            objectName: "pinDots"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            text: "●".repeat(pad.entered.length) || " "
            color: Theme.text
            font.pixelSize: Theme.fontTitle
        }
        Text {
            objectName: "pinMessage"
            Layout.fillWidth: true
            visible: text.length > 0
            text: pad.locked
                  ? qsTr("Trop d'essais. Réessayez dans %1 min %2 s.")
                        .arg(Math.floor(StaffController.lockSecondsLeft / 60))
                        .arg(StaffController.lockSecondsLeft % 60)
                  : StaffController.pinRejected
                    ? qsTr("Code incorrect. Encore %n essai(s).", "", StaffController.attemptsLeft)
                    : ""
            color: Theme.danger
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            wrapMode: Text.Wrap
        }
        GridLayout {
            Layout.alignment: Qt.AlignHCenter
            columns: 3
            rowSpacing: Theme.spacingSmall
            columnSpacing: Theme.spacingSmall
            Repeater {
                model: ["1", "2", "3", "4", "5", "6", "7", "8", "9", "erase", "0", "ok"]
                delegate: PillButton {
                    required property string modelData
                    objectName: "pinKey_" + modelData
                    text: modelData === "erase" ? "⌫" : modelData === "ok" ? qsTr("Valider") : modelData
                    enabled: !pad.locked && (modelData !== "ok" || pad.entered.length >= 4)
                    font.pixelSize: Theme.fontLarge
                    Layout.preferredWidth: Theme.touchMin * 1.9
                    leftPadding: 8   // "Valider" fits
                    rightPadding: 8
                    Layout.preferredHeight: Theme.touchMin * 1.2
                    onClicked: pad.press(modelData)
                }
            }
        }
        PillButton {
            objectName: "pinCancel"
            Layout.alignment: Qt.AlignHCenter
            text: qsTr("Annuler")
            font.pixelSize: Theme.fontBody
            Layout.preferredHeight: Theme.touchMin
            Layout.minimumWidth: 200
            onClicked: {
                pad.entered = ""
                pad.cancelled()
            }
        }
    }
}
