// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Kiosk

// Placeholder until this screen is written (see issue 4).
Item {
    property string itemId
    signal openRequested(string page, string itemId)
    Text {
        anchors.centerIn: parent
        text: "LyceeScreen"
        color: Theme.text
        font.pixelSize: Theme.fontTitle
    }
}
