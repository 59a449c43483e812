// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Kiosk

// "Toujours là ?": shown over everything when nobody has touched the kiosk for a while
// (IdleController), with the seconds left before the kiosk resets for the next visitor. A tap
// anywhere dismisses it (the activity filter already counts the tap; dismiss() makes it explicit).
Rectangle {
    id: overlay

    visible: IdleController.warningVisible
    color: "#D9000000"

    MouseArea {
        anchors.fill: parent
        onClicked: IdleController.dismiss()
    }

    Rectangle {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, 1100)
        height: column.implicitHeight + 2 * Theme.margin
        radius: Theme.radius
        color: Theme.surfaceRaised
        border.color: Theme.outline
        border.width: 2

        Column {
            id: column
            anchors.centerIn: parent
            width: parent.width - 2 * Theme.margin
            spacing: Theme.spacing

            Text {
                objectName: "stillThereTitle"
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                text: qsTr("Toujours là ?")
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontDisplay
                font.bold: true
                wrapMode: Text.Wrap
            }
            Text {
                objectName: "stillThereCountdown"
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                text: qsTr("Sans réponse, le kiosque revient à l'accueil dans %n seconde(s).", "",
                           IdleController.secondsLeft)
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontLarge
                wrapMode: Text.Wrap
            }
            Text {
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                text: IdleController.secondsLeft
                color: Theme.accent
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontDisplay * 2
                font.bold: true
            }
            PillButton {
                accent: true
                anchors.horizontalCenter: parent.horizontalCenter
                text: qsTr("Je suis là, continuer")
                font.pixelSize: Theme.fontLarge
                implicitHeight: Theme.touchMin * 1.3
                onClicked: IdleController.dismiss()
            }
        }
    }
}
