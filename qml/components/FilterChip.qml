// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Basic
import Kiosk

// A filter value with its live count ("Cybersécurité 12"). A value that would show nothing is
// greyed out and cannot be tapped, unless it is the selected one (so it can be cleared).
AbstractButton {
    id: chip

    property string label
    property int count
    property bool selected

    enabled: selected || count > 0
    implicitHeight: Math.max(Theme.touchMin, implicitContentHeight + topPadding + bottomPadding)
    implicitWidth: implicitContentWidth + leftPadding + rightPadding
    leftPadding: Theme.spacing
    rightPadding: Theme.spacingSmall
    topPadding: 8
    bottomPadding: 8
    Accessible.name: label + " (" + count + ")"
    Accessible.checked: selected

    background: Rectangle {
        radius: height / 2
        color: chip.selected ? Theme.chipSelected : chip.down ? Theme.cardPressed : Theme.chip
        border.color: chip.selected ? Theme.chipSelected : Theme.outline
        border.width: 2
        opacity: chip.enabled ? 1 : 0.6
    }

    contentItem: Row {
        spacing: Theme.spacingSmall
        Text {
            anchors.verticalCenter: parent.verticalCenter
            text: chip.label
            color: chip.selected ? Theme.textOnChipSelected : chip.enabled ? Theme.text : Theme.textDisabled
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
            font.bold: chip.selected
        }
        Text {
            // The count in a dark pill: the text draws its own background.
            anchors.verticalCenter: parent.verticalCenter
            leftPadding: 10
            rightPadding: 10
            topPadding: 4
            bottomPadding: 4
            text: chip.count
            color: chip.selected ? Theme.chipSelected : chip.enabled ? Theme.text : Theme.textDisabled
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
            font.bold: true
            Rectangle {
                z: -1
                anchors.fill: parent
                radius: height / 2
                color: chip.selected ? Theme.textOnChipSelected : Theme.background
            }
        }
    }
}
