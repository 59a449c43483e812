// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kiosk

// Search: one field and the on-screen keyboard (OnScreenKeyboard, in Main.qml). Results follow
// the typing, grouped by kind; when nothing matches, suggestions to tap instead.
Item {
    id: screen

    property string itemId
    signal openRequested(string page, string itemId)

    // Qt.inputMethod, untyped: qmllint 6.4 knows it only as a QObject.
    readonly property var inputMethod: Qt.inputMethod

    // The keyboard comes out as the screen opens: focus alone opens none (only a tap on the field
    // would), and a screen pushed on the StackView can take focus only once it is in the window.
    function openKeyboard() {
        field.forceActiveFocus()
        inputMethod.show()
    }
    Component.onCompleted: openKeyboard()
    StackView.onActivated: openKeyboard()
    Component.onDestruction: inputMethod.hide()
    // Usage statistics: the content items the search matched (never its text), when the visitor
    // leaves it — opening a result or going back. (At a reset the search is already cleared.)
    StackView.onDeactivating: {
        if (SearchController.text.trim().length > 0)
            UsageRecorder.searchMatched(SearchController.results.hitRefs())
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.topMargin: Theme.spacing
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin
        // Above the keyboard when it is out (its rectangle is in window coordinates).
        anchors.bottomMargin: screen.inputMethod.visible
                              ? screen.inputMethod.keyboardRectangle.height + Theme.spacingSmall
                              : Theme.margin
        spacing: Theme.spacing

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing

            TextField {
                id: field
                objectName: "searchField"
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.touchMin + 24
                text: SearchController.text
                onTextEdited: SearchController.text = text
                placeholderText: qsTr("Un métier, une formation, un mot…")
                placeholderTextColor: Theme.textMuted
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontLarge
                leftPadding: Theme.spacing + Theme.iconSize + Theme.spacingSmall
                // Results as you type: no pre-edit text held back by word prediction.
                inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
                onAccepted: {
                    SearchController.searchNow()
                    screen.inputMethod.hide()
                }
                background: Rectangle {
                    radius: height / 2
                    color: Theme.surface
                    border.color: field.activeFocus ? Theme.accent : Theme.textMuted
                    border.width: 3
                }
                Icon {
                    anchors.left: parent.left
                    anchors.leftMargin: Theme.spacing
                    anchors.verticalCenter: parent.verticalCenter
                    name: "search"
                }
            }
            PillButton {
                objectName: "clearSearch"
                visible: SearchController.text.length > 0
                iconName: "close"
                text: qsTr("Effacer")
                onClicked: {
                    SearchController.clear()
                    field.forceActiveFocus()
                }
            }
        }

        // Before typing, or when nothing matched: words to tap.
        ColumnLayout {
            objectName: "suggestions"
            Layout.fillWidth: true
            visible: SearchController.suggestions.length > 0
            spacing: Theme.spacingSmall
            Text {
                objectName: "nothingFound"
                Layout.fillWidth: true
                text: SearchController.nothingFound
                      ? qsTr("Rien trouvé pour « %1 ». Essaie plutôt :").arg(SearchController.text.trim())
                      : qsTr("Des idées :")
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontLarge
                wrapMode: Text.Wrap
            }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacingSmall
                Repeater {
                    model: SearchController.suggestions
                    delegate: PillButton {
                        required property string modelData
                        iconName: "search"
                        text: modelData
                        onClicked: {
                            SearchController.text = modelData
                            SearchController.searchNow()
                        }
                    }
                }
            }
        }

        ListView {
            id: results
            objectName: "searchResults"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: Theme.spacingSmall
            boundsBehavior: Flickable.DragOverBounds
            maximumFlickVelocity: Theme.scrollFlickVelocity
            ScrollIndicator.vertical: ScrollIndicator { width: 12 }
            model: SearchController.results
            // Group headings come with the first hit of each group (see TrainingsScreen).
            delegate: SearchResultDelegate {
                width: ListView.view.width
                onClicked: screen.openRequested(page, itemId)
            }
            // A flick on the results puts the keyboard away so more of them show.
            onMovementStarted: screen.inputMethod.hide()
        }
    }
}
