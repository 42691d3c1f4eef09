import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Shapes
import Loopwise

// Experiment 3, loss matches the decision: the two costs and the repair; then a threshold
// that moves along the held-out curve (confusion matrix, accuracy and cost follow), the
// cost-versus-threshold curve with the run's point, and the test figures beside calling
// every ticket normal.
AssumptionsPanel {
    id: panel
    evidenceChart: plot

    readonly property CostLab cost: CostLab {
        store: Progress.store
    }
    lab: cost
    predictionQuestion: qsTr("Before you train: what will this model cost per ticket, compared with calling every ticket normal?")

    setup: [
        Card {
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignTop
            Label {
                textFormat: Text.PlainText
                text: qsTr("What mistakes cost")
                font.bold: true
                color: Theme.text
            }
            LabSlider {
                objectName: "missSlider"
                Layout.fillWidth: true
                label: qsTr("Cost of a missed urgent ticket")
                from: 1
                to: 100
                value: panel.cost.missCost
                onMoved: value => panel.cost.missCost = value
            }
            LabSlider {
                objectName: "alarmSlider"
                Layout.fillWidth: true
                label: qsTr("Cost of a false alarm")
                from: 1
                to: 20
                value: panel.cost.falseAlarmCost
                onMoved: value => panel.cost.falseAlarmCost = value
            }
        },
        Card {
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignTop
            Label {
                textFormat: Text.PlainText
                text: qsTr("Repair")
                font.bold: true
                color: Theme.text
            }
            ChoiceBox {
                objectName: "repairChoice"
                Layout.fillWidth: true
                label: qsTr("How the decision is repaired")
                choices: panel.cost.repairChoices
                current: panel.cost.repair
                onChosen: value => panel.cost.repair = value
            }
        }
    ]

    results: [
        Card {
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignTop
            LabSlider {
                objectName: "thresholdSlider"
                Layout.fillWidth: true
                label: qsTr("Threshold (flag a ticket when p(urgent) is at least this)")
                valueText: panel.cost.atThreshold.threshold || ""
                from: 0.01
                to: 0.99
                stepSize: 0.01
                value: panel.cost.threshold
                onMoved: value => panel.cost.threshold = value
            }
            Label {
                textFormat: Text.PlainText
                objectName: "thresholdFigures"
                Layout.fillWidth: true
                //: %1 accuracy, %2 cost per ticket, on the held-out tickets
                text: qsTr("Held-out tickets: accuracy %1, cost per ticket %2")
                      .arg(panel.cost.atThreshold.accuracy || "").arg(panel.cost.atThreshold.cost || "")
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap
            }
            AssumptionsConfusion {
                objectName: "confusionMatrix"
                Layout.fillWidth: true
                title: qsTr("At this threshold, held-out tickets")
                counts: panel.cost.atThreshold
                description: panel.cost.atThreshold.description || ""
            }
        },
        Card {
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignTop
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                text: qsTr("Cost per ticket against the threshold")
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap
            }
            Item {
                id: plot
                objectName: "evidenceChart"
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.unit * 30
                Accessible.role: Accessible.Chart
                Accessible.name: qsTr("Cost per ticket against the threshold")
                Accessible.description: panel.cost.curveDescription
                readonly property real highestCost: Math.max(panel.cost.curveMaxCost, 0.0001) * 1.05
                function px(threshold) { return threshold * width }
                function py(cost) { return height - cost / highestCost * height }

                Rectangle {
                    anchors.fill: parent
                    color: Theme.surfaceAlt
                    radius: Theme.radius / 2
                }
                Shape {
                    anchors.fill: parent
                    ShapePath {
                        strokeColor: Theme.accent
                        strokeWidth: 2
                        fillColor: "transparent"
                        PathPolyline {
                            path: panel.cost.curve.map(p => Qt.point(plot.px(p.x), plot.py(p.y)))
                        }
                    }
                }
                // The run's own threshold, and the one the slider shows.
                Rectangle {
                    x: plot.px(panel.cost.chosenThreshold) - 1
                    width: 2
                    height: plot.height
                    color: Theme.best
                }
                Rectangle {
                    x: plot.px(panel.cost.threshold) - width / 2
                    y: plot.py(panel.cost.atThreshold.costValue || 0) - height / 2
                    width: Theme.unit * 2
                    height: width
                    radius: width / 2
                    color: Theme.warning
                    visible: panel.cost.curve.length > 0
                }
            }
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                text: qsTr("Threshold from 0 (left) to 1 (right). The vertical line marks this run's threshold, the dot the threshold shown above.")
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.Wrap
            }
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                text: qsTr("Test tickets")
                font.bold: true
                color: Theme.text
            }
            Repeater {
                model: panel.cost.testRows
                delegate: Label {
                    required property var modelData
                    textFormat: Text.PlainText
                    Layout.fillWidth: true
                    //: %1 the model or the baseline, %2 accuracy, %3 cost per ticket
                    text: qsTr("%1: accuracy %2, cost per ticket %3").arg(modelData.label).arg(modelData.accuracy).arg(modelData.cost)
                    color: Theme.text
                    wrapMode: Text.Wrap
                }
            }
        }
    ]
}
