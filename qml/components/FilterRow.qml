// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Kiosk

// One filter facet: its name, then its values as chips in a row the visitor flicks sideways.
// The chip cut at the right edge shows there is more.
RowLayout {
    id: row

    property string title
    property FilterOptionsModel options

    spacing: Theme.spacing

    Text {
        Layout.preferredWidth: 200   // the same for the three rows: their chips start together
        Layout.alignment: Qt.AlignVCenter
        text: row.title
        color: Theme.textMuted
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontSmall
        font.bold: true
        wrapMode: Text.Wrap
    }
    ListView {
        objectName: "chips"
        Layout.fillWidth: true
        Layout.preferredHeight: Theme.touchMin
        orientation: ListView.Horizontal
        spacing: Theme.spacingSmall
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        maximumFlickVelocity: Theme.scrollFlickVelocity
        model: row.options
        delegate: FilterChip {
            required property string key
            required label
            required count
            required selected
            objectName: "chip_" + key
            onClicked: row.options.toggle(key)
        }
    }
}
