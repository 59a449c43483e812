// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kiosk

// One entry of a screen's own menu (the lycée numérique topics): a glyph and a label that wraps,
// Theme.touchMin tall at least; the chosen one is filled with the accent colour.
AbstractButton {
    id: tab

    property string glyph

    checkable: true
    implicitWidth: 360
    implicitHeight: Math.max(Theme.touchMin + 8, implicitContentHeight + topPadding + bottomPadding)
    leftPadding: Theme.spacing
    rightPadding: Theme.spacing
    topPadding: Theme.spacingSmall
    bottomPadding: Theme.spacingSmall
    Accessible.name: text

    background: Rectangle {
        radius: Theme.radius
        color: tab.checked ? Theme.accent : Theme.surfaceRaised
        border.color: Theme.outline
        border.width: 3
    }

    contentItem: RowLayout {
        spacing: Theme.spacing

        Glyph {
            name: tab.glyph
            size: 40
            color: tab.checked ? Theme.textOnAccent : Theme.text
        }
        Text {
            Layout.fillWidth: true
            text: tab.text
            color: tab.checked ? Theme.textOnAccent : Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            font.bold: true
            wrapMode: Text.Wrap
        }
    }
}
