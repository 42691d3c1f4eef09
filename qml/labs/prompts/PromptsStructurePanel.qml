import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Loopwise

// "Compare structure": editors A and B side by side (stacked when narrow or portrait), the
// pattern helpers, the comparison table, the summary of what B does that A does not, and
// what structure cannot tell. Every rule is in the lab (C++); this only shows it.
Flickable {
    id: panel

    required property PromptsLab lab
    readonly property bool wide: width >= 900 && width > height

    clip: true
    contentWidth: width
    contentHeight: content.implicitHeight + Theme.spacing * 2
    boundsBehavior: Flickable.StopAtBounds
    ScrollBar.vertical: ScrollBar {}

    ColumnLayout {
        id: content
        x: Theme.spacing
        y: Theme.spacing
        width: panel.width - Theme.spacing * 2
        spacing: Theme.spacing

        LabMessage {
            Layout.fillWidth: true
            lab: panel.lab
            textObjectName: "promptsMessage"
        }
        PromptPatternSettings {
            id: patternSettings
            Layout.fillWidth: true
            lab: panel.lab
        }
        GridLayout {
            Layout.fillWidth: true
            columns: panel.wide ? 2 : 1
            columnSpacing: Theme.spacing
            rowSpacing: Theme.spacing
            PromptEditor {
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignTop
                Layout.preferredWidth: 1
                lab: panel.lab
                prompt: PromptsLab.A
                patterns: patternSettings
            }
            PromptEditor {
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignTop
                Layout.preferredWidth: 1
                lab: panel.lab
                prompt: PromptsLab.B
                patterns: patternSettings
            }
        }
        Card {
            Layout.fillWidth: true
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                //: Heading of the prompts lab's summary of the differences between prompts A and B
                text: qsTr("What B does that A does not")
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap
            }
            Repeater {
                model: panel.lab.summary
                delegate: Label {
                    required property string modelData
                    objectName: "summarySentence"
                    textFormat: Text.PlainText
                    Layout.fillWidth: true
                    text: "• " + modelData
                    color: Theme.text
                    wrapMode: Text.Wrap
                }
            }
            Label {
                objectName: "structureLimit"
                textFormat: Text.PlainText
                Layout.fillWidth: true
                text: qsTr("Structure cannot tell you whether a prompt works. How a prompt is written is a guess about how a model will behave: to find out, run both prompts on the same test cases, several times, under \"Measure on test cases\".")
                color: Theme.warning
                font.bold: true
                wrapMode: Text.Wrap
            }
        }
        PromptComparisonTable {
            id: table
            objectName: "evidenceChart"
            Layout.fillWidth: true
            lab: panel.lab
        }
        PromptExportButtons {
            Layout.fillWidth: true
            lab: panel.lab
            nameSuffix: "Structure"
        }
        LabShareCard {
            Layout.fillWidth: true
            lab: panel.lab
            example: "lab/prompts?task=feedback&seeds=3"
        }
        PromptSavePair {
            Layout.fillWidth: true
            lab: panel.lab
        }
        AttachEvidenceButton {
            Layout.fillWidth: true
            lab: panel.lab
            chart: table
        }
    }
}
