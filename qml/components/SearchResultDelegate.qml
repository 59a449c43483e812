// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts
import Kiosk

// One search hit: its group's heading above the first of a group, then an icon for its kind, its
// title and one line about it.
ColumnLayout {
    id: item

    required property string kind
    required property string section
    required property bool firstInSection
    required property string itemId
    required property string page
    required property string title
    required property string detail
    signal clicked()

    spacing: Theme.spacingSmall

    SectionHeader {
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacingSmall
        visible: item.firstInSection
        text: item.section
    }
    LinkButton {
        objectName: "result_" + item.kind + "_" + item.itemId
        Layout.fillWidth: true
        iconName: ({ job: "jobs", training: "trainings", interview: "interviews", sector: "jobs", lycee: "lycee",
                    chart: "chart" })[item.kind]
                  ?? "next"
        title: item.title
        detail: item.detail
        onClicked: item.clicked()
    }
}
