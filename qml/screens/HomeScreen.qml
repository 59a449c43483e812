// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kiosk

// The home screen: the content's title, a search entry that looks like what it does, then one
// big tile per section. The "quel métier pour moi ?" game gets a wide tile.
Item {
    id: home

    signal sectionChosen(string section)

    readonly property bool portrait: height > width

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        Text {
            objectName: "homeTitle"
            Layout.fillWidth: true
            text: ContentSummary.homeTitle
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontDisplay
            font.bold: true
            wrapMode: Text.Wrap
        }
        Text {
            Layout.fillWidth: true
            text: ContentSummary.homeSubtitle
            color: Theme.textMuted
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontLarge
            wrapMode: Text.Wrap
            visible: text.length > 0
        }

        // Looks like a search field; opens the search screen (and its keyboard).
        AbstractButton {
            id: searchEntry
            objectName: "searchEntry"
            Layout.fillWidth: true
            implicitHeight: Math.max(Theme.touchMin + 24, implicitContentHeight + 2 * Theme.spacingSmall)
            Accessible.name: qsTr("Rechercher")
            onClicked: home.sectionChosen("search")
            background: Rectangle {
                radius: height / 2
                color: searchEntry.down ? Theme.cardPressed : Theme.surface
                border.color: Theme.accent
                border.width: 3
            }
            contentItem: RowLayout {
                spacing: Theme.spacing
                Icon {
                    Layout.leftMargin: Theme.spacing
                    name: "search"
                }
                Text {
                    Layout.fillWidth: true
                    Layout.rightMargin: Theme.spacing
                    text: qsTr("Rechercher un métier, une formation, un témoignage…")
                    color: Theme.textMuted
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontLarge
                    wrapMode: Text.Wrap
                }
            }
        }

        GridLayout {
            id: tiles
            Layout.fillWidth: true
            Layout.fillHeight: true
            columns: home.portrait ? 2 : 3
            rowSpacing: Theme.spacing
            columnSpacing: Theme.spacing

            Repeater {
                // The quiz tile is wide: it ends the second row in landscape, the grid in portrait.
                model: home.portrait ? ["jobs", "trainings", "interviews", "lycee", "quiz"]
                                     : ["jobs", "trainings", "interviews", "quiz", "lycee"]
                delegate: Tile {
                    required property string modelData
                    readonly property var section: ({
                        "jobs": { title: qsTr("Les métiers"), color: 0,
                                  detail: qsTr("%n fiche(s) métier", "", ContentSummary.jobCount) },
                        "trainings": { title: qsTr("Se former"), color: 2,
                                       detail: qsTr("%n formation(s) en Occitanie", "", ContentSummary.trainingCount) },
                        "interviews": { title: qsTr("Témoignages vidéo"), color: 1,
                                        detail: qsTr("%n interview(s)", "", ContentSummary.interviewCount) },
                        "quiz": { title: qsTr("Quel métier pour moi ?"), color: 4,
                                  detail: qsTr("Un petit jeu en quelques touches") },
                        "lycee": { title: qsTr("Lycée numérique"), color: 3,
                                   detail: qsTr("Le label et ses chiffres") }
                    })[modelData]
                    objectName: "tile_" + modelData
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.columnSpan: modelData === "quiz" ? 2 : 1
                    Layout.preferredWidth: Layout.columnSpan   // equal columns
                    Layout.minimumHeight: implicitHeight
                    iconName: modelData
                    title: section.title
                    detail: section.detail
                    color: Theme.sectionColors[section.color]
                    onClicked: home.sectionChosen(modelData)
                }
            }
        }
    }
}
