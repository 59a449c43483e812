// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Kiosk

// One chart of key figures, readable from two metres: for each bar its label, its value large with
// the unit (and the year when the bars differ), and a bar to scale; the title, the year and the
// source around them; `highlighted` outlines the chart a search led to. A delegate of ChartsModel.
Rectangle {
    id: chart

    required property string chartId
    required property string title
    required property var bars          // [{figureId, label, value, valueText, unit, unitText, year}]
    required property real scaleMax
    required property string year
    required property string source
    property bool highlighted: false    // outlined: the chart a search led to

    implicitWidth: 800
    implicitHeight: column.implicitHeight + 2 * Theme.spacing
    radius: Theme.radius
    color: Theme.surfaceRaised
    border.color: highlighted ? Theme.accent : Theme.outline
    border.width: 3
    Accessible.name: title

    ColumnLayout {
        id: column
        x: Theme.spacing
        y: Theme.spacing
        width: chart.width - 2 * Theme.spacing
        spacing: Theme.spacing

        Text {
            Layout.fillWidth: true
            text: chart.title
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontLarge
            font.bold: true
            wrapMode: Text.Wrap
        }
        Text {
            Layout.fillWidth: true
            Layout.topMargin: -Theme.spacingSmall
            visible: chart.year.length > 0
            text: chart.year
            color: Theme.textMuted
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
        }

        Repeater {
            model: chart.bars
            delegate: ColumnLayout {
                id: bar
                required property var modelData
                Layout.fillWidth: true
                spacing: 4

                Text {
                    Layout.fillWidth: true
                    text: bar.modelData.label
                    color: Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                    wrapMode: Text.Wrap
                }
                // The number large, the unit (and the year, when the bars differ) beside it.
                RowLayout {
                    Layout.fillWidth: true
                    spacing: 0

                    Text {
                        objectName: "value_" + bar.modelData.figureId
                        Layout.alignment: Qt.AlignBaseline
                        text: bar.modelData.valueText
                        color: Theme.accent
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontFigure
                        font.bold: true
                    }
                    Text {
                        Layout.alignment: Qt.AlignBaseline
                        Layout.fillWidth: true
                        text: chart.suffix(bar.modelData)
                        color: Theme.accent
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontLarge
                        font.bold: true
                        wrapMode: Text.Wrap
                    }
                }
                Rectangle {
                    Layout.fillWidth: true
                    implicitHeight: 28
                    radius: 6
                    color: Theme.chartTrack

                    Rectangle {
                        width: Math.max(8, parent.width * Math.min(1, bar.modelData.value / chart.scaleMax))
                        height: parent.height
                        radius: 6
                        color: Theme.chartBar
                    }
                }
            }
        }

        Text {
            Layout.fillWidth: true
            visible: chart.source.length > 0
            text: qsTr("Source : %1").arg(chart.source)
            color: Theme.textMuted
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
        }
    }

    // " %" ("%" in English), " salariés", " salariés (2018-2019)": what follows the number.
    function suffix(figure: var): string {
        let text = figure.unitText
        if (chart.year.length === 0 && figure.year.length > 0)
            text += " (" + figure.year + ")"
        return text
    }
}
