// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kiosk

ApplicationWindow {
    id: window

    width: 1920
    height: 1080
    visible: true
    title: qsTr("Kiosque Métiers du numérique")
    color: Theme.background

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        TopBar {
            Layout.fillWidth: true
            title: ContentSummary.homeTitle
            showHome: stack.depth > 1
            onHomeRequested: stack.pop(null)
        }

        StackView {
            id: stack
            Layout.fillWidth: true
            Layout.fillHeight: true
            initialItem: HomeScreen {
                onSectionChosen: (section) => console.info("section chosen:", section)
            }
        }
    }
}
