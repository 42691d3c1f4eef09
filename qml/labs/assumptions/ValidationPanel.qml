import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Loopwise

// Experiment 2, validation is separate: the method (or all five), the signal, noise
// features, near-copies, cases and features kept; then each validation beside production
// and chance.
AssumptionsPanel {
    id: panel
    evidenceChart: validationChart

    readonly property ValidationLab validation: ValidationLab {
        store: Progress.store
    }
    lab: validation
    predictionQuestion: qsTr("Before you train: how will the validation score compare with the model on fresh cases?")

    setup: [
        Card {
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignTop
            Label {
                textFormat: Text.PlainText
                text: qsTr("How validation is made")
                font.bold: true
                color: Theme.text
            }
            ChoiceBox {
                objectName: "methodChoice"
                Layout.fillWidth: true
                label: qsTr("Validation method")
                choices: panel.validation.methodChoices
                current: panel.validation.method
                onChosen: value => panel.validation.method = value
            }
            LabSlider {
                objectName: "keepSlider"
                Layout.fillWidth: true
                label: qsTr("Features kept (0: all)")
                from: 0
                to: 50
                value: panel.validation.keptFeatures
                onMoved: value => panel.validation.keptFeatures = value
            }
        },
        Card {
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignTop
            Label {
                textFormat: Text.PlainText
                text: qsTr("The data")
                font.bold: true
                color: Theme.text
            }
            LabSlider {
                objectName: "signalSlider"
                Layout.fillWidth: true
                label: qsTr("Signal (0: the labels are pure noise)")
                valueText: Number(value).toLocaleString(Qt.locale(), 'f', 1)
                from: 0
                to: 5
                stepSize: 0.5
                value: panel.validation.signal
                onMoved: value => panel.validation.signal = value
            }
            LabSlider {
                objectName: "noiseSlider"
                Layout.fillWidth: true
                label: qsTr("Pure-noise features")
                from: 0
                to: panel.validation.maxNoiseFeatures
                stepSize: 10
                value: panel.validation.noiseFeatures
                onMoved: value => panel.validation.noiseFeatures = value
            }
            LabSlider {
                objectName: "copiesSlider"
                Layout.fillWidth: true
                label: qsTr("Rows per case (near-copies)")
                from: 1
                to: 5
                value: panel.validation.copies
                onMoved: value => panel.validation.copies = value
            }
            LabSlider {
                objectName: "casesSlider"
                Layout.fillWidth: true
                label: qsTr("Cases")
                from: 20
                to: 1000
                stepSize: 20
                value: panel.validation.cases
                onMoved: value => panel.validation.cases = value
            }
        }
    ]

    results: [
        Card {
            Layout.fillWidth: true
            Layout.columnSpan: panel.wide ? 2 : 1
            ColumnLayout {
                id: validationChart
                objectName: "evidenceChart"
                Layout.fillWidth: true
                spacing: Theme.unit
                Accessible.role: Accessible.Chart
                Accessible.name: qsTr("Validation beside production")
                Accessible.description: panel.validation.chartDescription

                Label {
                    textFormat: Text.PlainText
                    Layout.fillWidth: true
                    text: qsTr("Validation beside production (the line marks chance)")
                    font.bold: true
                    color: Theme.text
                    wrapMode: Text.Wrap
                }
                Repeater {
                    model: panel.validation.rows
                    delegate: AssumptionsBars {
                        required property var modelData
                        Layout.fillWidth: true
                        title: modelData.label
                        reference: modelData.chance
                        rows: [{ label: qsTr("Validation"), value: modelData.validation, text: modelData.validationText },
                               { label: qsTr("Production"), value: modelData.production, text: modelData.productionText }]
                    }
                }
            }
        }
    ]
}
