import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Loopwise

// Experiment 1, the urgent tickets: split, style features and the leaked field; then the
// three accuracies side by side, the production confusion matrix, the largest weights,
// the importance of each feature group and tickets the learner can read.
AssumptionsPanel {
    id: panel
    evidenceChart: accuracyChart

    readonly property ShortcutLab shortcut: ShortcutLab {
        store: Progress.store
    }
    lab: shortcut
    predictionQuestion: qsTr("Before you train: how will the model do on the tickets after the staffing change?")

    setup: [
        Card {
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignTop
            Label {
                textFormat: Text.PlainText
                text: qsTr("How you check the model")
                font.bold: true
                color: Theme.text
            }
            ChoiceBox {
                objectName: "splitChoice"
                Layout.fillWidth: true
                label: qsTr("Validation tickets, taken from the history")
                choices: panel.shortcut.splitChoices
                current: panel.shortcut.split
                onChosen: value => panel.shortcut.split = value
            }
            CheckBox {
                objectName: "styleCheck"
                Layout.fillWidth: true
                text: qsTr("Let the model see the writing style (greetings, sign-offs, names, formatting)")
                checked: panel.shortcut.styleFeatures
                onToggled: panel.shortcut.styleFeatures = checked
                Accessible.name: text
                contentItem: Label {
                    textFormat: Text.PlainText
                    // Beside the indicator, on whichever side it is (right to left: the right).
                    leftPadding: parent.mirrored ? 0 : parent.indicator.width + parent.spacing
                    rightPadding: parent.mirrored ? parent.indicator.width + parent.spacing : 0
                    text: parent.text
                    color: Theme.text
                    wrapMode: Text.Wrap
                    verticalAlignment: Text.AlignVCenter
                }
            }
            CheckBox {
                objectName: "leakCheck"
                Layout.fillWidth: true
                text: qsTr("Add fields known only afterwards (escalated, resolved within a day)")
                checked: panel.shortcut.leakedField
                onToggled: panel.shortcut.leakedField = checked
                Accessible.name: text
                contentItem: Label {
                    textFormat: Text.PlainText
                    // Beside the indicator, on whichever side it is (right to left: the right).
                    leftPadding: parent.mirrored ? 0 : parent.indicator.width + parent.spacing
                    rightPadding: parent.mirrored ? parent.indicator.width + parent.spacing : 0
                    text: parent.text
                    color: Theme.text
                    wrapMode: Text.Wrap
                    verticalAlignment: Text.AlignVCenter
                }
            }
        }
    ]

    results: [
        Card {
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignTop
            AssumptionsBars {
                id: accuracyChart
                objectName: "evidenceChart"
                Layout.fillWidth: true
                title: qsTr("Accuracy: training, validation, production")
                rows: panel.shortcut.accuracyBars
                description: panel.shortcut.accuracyDescription
            }
            AssumptionsConfusion {
                objectName: "confusionMatrix"
                Layout.fillWidth: true
                title: qsTr("Production, after the staffing change")
                counts: panel.shortcut.confusion
                description: panel.shortcut.confusionDescription
            }
        },
        Card {
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignTop
            AssumptionsBars {
                objectName: "importanceChart"
                Layout.fillWidth: true
                title: qsTr("Accuracy lost when a feature group is shuffled")
                rows: panel.shortcut.importance
                description: panel.shortcut.importanceDescription
                barColour: Theme.best
            }
            AssumptionsBars {
                objectName: "weightsChart"
                Layout.fillWidth: true
                title: qsTr("The largest weights (positive: towards urgent)")
                rows: panel.shortcut.weights
                description: panel.shortcut.weightsDescription
                barColour: Theme.warning
            }
        },
        Card {
            Layout.fillWidth: true
            Layout.columnSpan: panel.wide ? 2 : 1
            Label {
                textFormat: Text.PlainText
                text: qsTr("Read the tickets")
                font.bold: true
                color: Theme.text
            }
            // A Flow, not a layout: its tickets come and go with each run.
            Flow {
                id: ticketFlow
                Layout.fillWidth: true
                spacing: Theme.spacing
                Repeater {
                    model: panel.shortcut.tickets
                    delegate: Rectangle {
                        id: ticket
                        required property var modelData
                        width: panel.wide ? (ticketFlow.width - ticketFlow.spacing) / 2 : ticketFlow.width
                        height: ticketText.implicitHeight + Theme.unit * 2
                        color: Theme.surfaceAlt
                        radius: Theme.radius
                        border.color: modelData.right ? Theme.good : Theme.bad
                        ColumnLayout {
                            id: ticketText
                            x: Theme.unit
                            y: Theme.unit
                            width: parent.width - Theme.unit * 2
                            spacing: Theme.unit / 2
                            Label {
                                textFormat: Text.PlainText
                                Layout.fillWidth: true
                                text: ticket.modelData.beforeChange ? qsTr("Night desk, before the staffing change")
                                                                    : qsTr("After the staffing change")
                                color: Theme.textMuted
                                font.pixelSize: Theme.fontSmall
                            }
                            Label {
                                textFormat: Text.PlainText
                                Layout.fillWidth: true
                                text: ticket.modelData.subject
                                font.bold: true
                                color: Theme.text
                                wrapMode: Text.Wrap
                            }
                            Label {
                                textFormat: Text.PlainText
                                Layout.fillWidth: true
                                text: ticket.modelData.body
                                color: Theme.text
                                wrapMode: Text.Wrap
                            }
                            Label {
                                textFormat: Text.PlainText
                                Layout.fillWidth: true
                                text: ticket.modelData.writer
                                color: Theme.textMuted
                                font.pixelSize: Theme.fontSmall
                            }
                            Label {
                                textFormat: Text.PlainText
                                Layout.fillWidth: true
                                text: ticket.modelData.verdict
                                color: ticket.modelData.right ? Theme.good : Theme.bad
                                wrapMode: Text.Wrap
                            }
                        }
                    }
                }
            }
        }
    ]
}
