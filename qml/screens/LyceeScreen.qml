// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kiosk

// The "Lycée numérique" label: a menu of topics (the label, its levels, what students receive, the
// school's commitments, the bac, the key figures) beside (landscape) or above (portrait) the chosen
// topic. Levels show as a staircase; the key figures as charts.
Item {
    id: screen

    // A section's or a chart's id (from a search hit): the screen opens on its topic, the text or
    // chart outlined.
    property string itemId
    signal openRequested(string page, string itemId)

    readonly property bool portrait: height > width
    property int current: Math.max(0, LyceeModel.rowOfSection(itemId))

    // Visitor-facing names and glyphs of the topics of lycee.csv (docs/authoring.md).
    function topicName(topic: string): string {
        switch (topic) {
        case "label": return qsTr("Le label")
        case "niveau": return qsTr("Les niveaux du label")
        case "recoit": return qsTr("Ce que reçoivent les élèves")
        case "engagement": return qsTr("Les engagements du lycée")
        case "bac-general": return qsTr("Le numérique au bac général")
        case "bac-pro": return qsTr("Le bac pro")
        case "chiffres": return qsTr("Les chiffres clés")
        default: return qsTr("À savoir")
        }
    }
    function topicGlyph(topic: string): string {
        const glyphs = { "label": "star", "niveau": "chart", "recoit": "idea", "engagement": "shield",
                         "bac-general": "school", "bac-pro": "network", "chiffres": "data" }
        return glyphs[topic] ?? "star"
    }

    // The chart a search hit asked for, kept in view while the page lays itself out (texts wrap,
    // charts come) until the visitor scrolls.
    property Item soughtChart
    function revealSoughtChart() {
        if (!soughtChart || page.scrolledByVisitor)
            return
        const top = soughtChart.mapToItem(pages, 0, 0).y - Theme.spacing
        page.contentY = Math.max(0, Math.min(top, page.contentHeight - page.height))
    }

    ButtonGroup { id: tabs }

    GridLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        columns: screen.portrait ? 1 : 2
        rowSpacing: Theme.spacing
        columnSpacing: Theme.margin

        // The topics menu.
        ColumnLayout {
            Layout.alignment: Qt.AlignTop
            Layout.preferredWidth: screen.portrait ? -1 : 440
            Layout.fillWidth: screen.portrait
            Layout.fillHeight: false   // nested layouts fill by default: the page below takes the room
            spacing: Theme.spacingSmall

            Text {
                Layout.fillWidth: true
                Layout.bottomMargin: Theme.spacingSmall
                text: qsTr("Lycée numérique")
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontTitle
                font.bold: true
                wrapMode: Text.Wrap
            }
            GridLayout {
                Layout.fillWidth: true
                Layout.fillHeight: false
                columns: screen.portrait ? 2 : 1
                rowSpacing: Theme.spacingSmall
                columnSpacing: Theme.spacingSmall

                Repeater {
                    model: LyceeModel
                    delegate: SideTab {
                        required property string topic
                        required property int index
                        objectName: "tab_" + topic
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        Layout.preferredWidth: 1
                        ButtonGroup.group: tabs
                        checked: index === screen.current
                        text: screen.topicName(topic)
                        glyph: screen.topicGlyph(topic)
                        onClicked: screen.current = index
                    }
                }
            }
        }

        // The chosen topic (only its page is built).
        Flickable {
            id: page
            objectName: "topicPage"
            Layout.fillWidth: true
            Layout.fillHeight: true
            contentWidth: width
            contentHeight: pages.implicitHeight
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            ScrollIndicator.vertical: ScrollIndicator {}

            property bool scrolledByVisitor: false
            onMovementStarted: scrolledByVisitor = true
            onContentHeightChanged: screen.revealSoughtChart()
            onHeightChanged: screen.revealSoughtChart()

            ColumnLayout {
                id: pages
                width: page.width

                // One page per topic; only the chosen one shows, and builds its content (the
                // `visible ?` bindings below see the page's visibility too).
                Repeater {
                    model: LyceeModel
                    delegate: ColumnLayout {
                        id: topicPage
                        required property string topic
                        required property var sections
                        required property int index
                        readonly property bool wide: page.width > 1100
                        objectName: "page_" + topic
                        Layout.fillWidth: true
                        visible: index === screen.current
                        spacing: Theme.spacing
                        onVisibleChanged: if (visible) page.contentY = 0

                        TopicSections {
                            Layout.fillWidth: true
                            visible: topicPage.topic !== "niveau"
                            sections: visible ? topicPage.sections : []
                            emphasis: topicPage.topic === "chiffres"
                            wide: topicPage.wide
                            highlightedId: screen.itemId
                        }
                        LevelSteps {
                            Layout.fillWidth: true
                            visible: topicPage.topic === "niveau"
                            levels: visible ? topicPage.sections : []
                            highlightedId: screen.itemId
                        }
                        GridLayout {
                            id: charts
                            Layout.fillWidth: true
                            visible: topicPage.topic === "chiffres"
                            columns: topicPage.wide ? 2 : 1
                            rowSpacing: Theme.spacing
                            columnSpacing: Theme.spacing
                            onYChanged: screen.revealSoughtChart()
                            Repeater {
                                model: charts.visible ? ChartsModel : 0
                                delegate: BarChart {
                                    objectName: "chart_" + chartId
                                    Layout.fillWidth: true
                                    Layout.preferredWidth: 1
                                    Layout.alignment: Qt.AlignTop
                                    highlighted: chartId === screen.itemId
                                    Component.onCompleted: if (highlighted) screen.soughtChart = this
                                    onYChanged: if (highlighted) screen.revealSoughtChart()
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
