// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts
import Kiosk

// A training in the list: its level's heading when it is the first of its level, then its name,
// duration and where to follow it.
ColumnLayout {
    id: item

    required property string trainingId
    required property string name
    required property string duration
    required property string places
    required property string levelName
    required property bool firstOfLevel
    signal clicked()

    spacing: Theme.spacingSmall

    SectionHeader {
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacingSmall
        visible: item.firstOfLevel
        text: item.levelName
    }
    LinkButton {
        objectName: "training_" + item.trainingId
        Layout.fillWidth: true
        iconName: "trainings"
        title: item.name
        detail: item.duration.length > 0 && item.places.length > 0 ? item.duration + " — " + item.places
                                                                  : item.duration + item.places
        onClicked: item.clicked()
    }
}
