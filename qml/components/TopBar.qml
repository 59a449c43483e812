// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts
import Kiosk

// The bar at the top of every screen: back and home always at the same place on the left, the
// language and accessibility choices always at hand on the right. Its type does not grow with
// "bigger text", so nothing in it ever moves or wraps.
Rectangle {
    id: bar

    property string title
    property bool showHome: true
    property bool showBack: showHome
    signal homeRequested()
    signal backRequested()

    implicitHeight: Theme.topBarHeight
    color: Theme.surface

    component BarButton: PillButton {
        font.pixelSize: Theme.fontBar
    }

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.margin - 8
        anchors.rightMargin: Theme.margin - 8
        spacing: 16

        BarButton {
            objectName: "backButton"
            visible: bar.showBack
            iconName: "back"
            text: qsTr("Retour")
            onClicked: bar.backRequested()
        }
        BarButton {
            objectName: "homeButton"
            visible: bar.showHome
            iconName: "home"
            text: qsTr("Accueil")
            onClicked: bar.homeRequested()
        }
        Text {
            Layout.fillWidth: true
            visible: text.length > 0
            text: bar.title
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontLarge
            font.bold: true
            wrapMode: Text.Wrap
        }
        Item {
            Layout.fillWidth: true
            visible: bar.title.length === 0
        }

        // FR | EN: the visitor sees both languages and which one is on.
        Row {
            objectName: "languageSwitch"
            spacing: 4
            Repeater {
                model: [{ code: "fr", label: "FR", name: "Français" }, { code: "en", label: "EN", name: "English" }]
                delegate: BarButton {
                    required property var modelData
                    objectName: "language_" + modelData.code
                    text: modelData.label
                    Accessible.name: modelData.name
                    selected: Preferences.language === modelData.code
                    onClicked: {
                        Preferences.language = modelData.code
                        UsageRecorder.toggleUsed("language-" + modelData.code)
                    }
                }
            }
        }
        BarButton {
            objectName: "largeTextButton"
            text: qsTr("A+")
            Accessible.name: qsTr("Texte plus grand")
            selected: Preferences.largeText
            onClicked: {
                Preferences.largeText = !Preferences.largeText
                UsageRecorder.toggleUsed(Preferences.largeText ? "large-text-on" : "large-text-off")
            }
        }
        BarButton {
            objectName: "contrastButton"
            iconName: "contrast"
            text: qsTr("Contraste")
            selected: Preferences.highContrast
            onClicked: {
                Preferences.highContrast = !Preferences.highContrast
                UsageRecorder.toggleUsed(Preferences.highContrast ? "high-contrast-on" : "high-contrast-off")
            }
        }
    }
}
