// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts
import Kiosk

// The QR code of a web address, on white, with a line telling the visitor what to do with it.
ColumnLayout {
    id: qr

    property string url
    property int size: 240

    visible: url.length > 0
    spacing: Theme.spacingSmall

    Rectangle {
        Layout.alignment: Qt.AlignHCenter
        implicitWidth: qr.size
        implicitHeight: qr.size
        color: Theme.qrBackground
        radius: 8
        Image {
            objectName: "qrImage"
            anchors.fill: parent
            source: qr.url.length > 0 ? "image://qr/" + encodeURIComponent(qr.url) : ""
            sourceSize.width: qr.size
            sourceSize.height: qr.size
            fillMode: Image.PreserveAspectFit
            smooth: false   // crisp modules
        }
    }
    RowLayout {
        Layout.preferredWidth: qr.size
        Layout.alignment: Qt.AlignHCenter
        spacing: Theme.spacingSmall
        Icon {
            Layout.alignment: Qt.AlignTop
            name: "phone"
            size: 36
        }
        Text {
            Layout.fillWidth: true
            text: qsTr("Scanne-moi avec ton téléphone pour garder cette fiche")
            color: Theme.textMuted
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
        }
    }
}
