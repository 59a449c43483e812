// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kiosk

// The bar at the top of every screen: home/back always at the same place, language and
// accessibility toggles always at hand.
Rectangle {
    id: bar

    property string title
    property bool showHome: true
    signal homeRequested()

    implicitHeight: Theme.topBarHeight
    color: Theme.surface

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin
        spacing: Theme.spacing

        Button {
            visible: bar.showHome
            text: qsTr("Accueil")
            font.pixelSize: Theme.fontBody
            Layout.preferredHeight: Theme.touchMin
            Layout.minimumWidth: 160
            onClicked: bar.homeRequested()
        }
        Text {
            Layout.fillWidth: true
            text: bar.title
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontTitle
            font.bold: true
            wrapMode: Text.Wrap
            maximumLineCount: 2
        }
        Button {
            text: Preferences.english ? "Français" : "English"
            font.pixelSize: Theme.fontBody
            Layout.preferredHeight: Theme.touchMin
            Layout.minimumWidth: 160
            onClicked: {
                Preferences.toggleLanguage()
                UsageRecorder.toggleUsed(Preferences.english ? "language-en" : "language-fr")
            }
        }
        Button {
            text: qsTr("A+")
            checkable: true
            checked: Preferences.largeText
            font.pixelSize: Theme.fontBody
            Layout.preferredHeight: Theme.touchMin
            Layout.preferredWidth: Theme.touchMin + 24
            Accessible.name: qsTr("Texte plus grand")
            onToggled: {
                Preferences.largeText = checked
                UsageRecorder.toggleUsed(checked ? "large-text-on" : "large-text-off")
            }
        }
        Button {
            text: qsTr("Contraste")
            checkable: true
            checked: Preferences.highContrast
            font.pixelSize: Theme.fontBody
            Layout.preferredHeight: Theme.touchMin
            onToggled: {
                Preferences.highContrast = checked
                UsageRecorder.toggleUsed(checked ? "high-contrast-on" : "high-contrast-off")
            }
        }
    }
}
