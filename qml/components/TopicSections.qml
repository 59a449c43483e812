// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Kiosk

// The text sections of one lycée numérique topic as cards, two columns when there is room.
GridLayout {
    id: grid

    property var sections: []   // [{sectionId, title, body}]
    property bool wide: false
    property bool emphasis: false
    property string highlightedId   // the section a search hit opened the screen on

    columns: wide ? 2 : 1
    rowSpacing: Theme.spacing
    columnSpacing: Theme.spacing

    Repeater {
        model: grid.sections
        delegate: TextCard {
            required property var modelData
            objectName: "section_" + modelData.sectionId
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 1
            title: modelData.title
            body: modelData.body
            emphasis: grid.emphasis
            highlighted: modelData.sectionId === grid.highlightedId
        }
    }
}
