// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts
import Kiosk

// A titled paragraph on a card (lycée numérique sections). `emphasis` makes the title an accent
// headline, for key figures written as text ("115 lycées labellisés"); `highlighted` outlines the
// card a search led to.
Rectangle {
    id: card

    property string title
    property string body
    property bool emphasis: false
    property bool highlighted: false

    implicitWidth: 600
    implicitHeight: column.implicitHeight + 2 * Theme.spacing
    radius: Theme.radius
    color: Theme.surfaceRaised
    border.color: highlighted ? Theme.accent : Theme.outline
    border.width: 3

    ColumnLayout {
        id: column
        x: Theme.spacing
        y: Theme.spacing
        width: card.width - 2 * Theme.spacing
        spacing: Theme.spacingSmall

        Text {
            Layout.fillWidth: true
            text: card.title
            color: card.emphasis ? Theme.accent : Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontLarge
            font.bold: true
            wrapMode: Text.Wrap
        }
        Text {
            Layout.fillWidth: true
            visible: text.length > 0
            text: card.body
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            lineHeight: 1.15
            wrapMode: Text.Wrap
        }
    }
}
