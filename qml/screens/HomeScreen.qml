// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Kiosk

// The home screen: the content's title, then one big tile per section.
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

        GridLayout {
            id: tiles
            Layout.fillWidth: true
            Layout.fillHeight: true
            columns: home.portrait ? 2 : 3
            rowSpacing: Theme.spacing
            columnSpacing: Theme.spacing

            Repeater {
                model: [
                    { section: "jobs", title: qsTr("Les métiers"),
                      detail: qsTr("%n fiche(s) métier", "", ContentSummary.jobCount) },
                    { section: "interviews", title: qsTr("Témoignages vidéo"),
                      detail: qsTr("%n interview(s)", "", ContentSummary.interviewCount) },
                    { section: "quiz", title: qsTr("Quel métier pour moi ?"),
                      detail: qsTr("Un petit jeu en quelques touches") },
                    { section: "trainings", title: qsTr("Se former"),
                      detail: qsTr("%n formation(s) en Occitanie", "", ContentSummary.trainingCount) },
                    { section: "lycee", title: qsTr("Lycée numérique"),
                      detail: qsTr("Le label et ses chiffres") },
                    { section: "search", title: qsTr("Rechercher"),
                      detail: qsTr("Un métier, une formation…") }
                ]
                delegate: Tile {
                    required property var modelData
                    required property int index
                    objectName: "tile_" + modelData.section
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.minimumHeight: 200
                    title: modelData.title
                    detail: modelData.detail
                    color: Theme.sectionColors[index % Theme.sectionColors.length]
                    onClicked: home.sectionChosen(modelData.section)
                }
            }
        }
    }
}
