import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Loopwise

// The model and the data: rate, batch, capacity, points and noise.
Card {
    id: card

    required property LearningLab lab

    Label {
        textFormat: Text.PlainText
        text: qsTr("Settings")
        font.bold: true
        color: Theme.text
    }
    GridLayout {
        Layout.fillWidth: true
        columns: width > Theme.unit * 60 ? 2 : 1
        columnSpacing: Theme.spacing
        rowSpacing: Theme.unit

        ChoiceBox {
            objectName: "modelChoice"
            Layout.fillWidth: true
            label: qsTr("Model")
            choices: card.lab.modelChoices
            current: card.lab.model
            onChosen: value => card.lab.model = value
        }
        ChoiceBox {
            objectName: "batchChoice"
            Layout.fillWidth: true
            label: qsTr("Batch size")
            choices: card.lab.batchChoices
            current: card.lab.batchSize
            onChosen: value => card.lab.batchSize = value
        }
        LabSlider {
            objectName: "rateSlider"
            Layout.fillWidth: true
            label: qsTr("Learning rate")
            valueText: card.lab.learningRateText
            from: 0
            to: 1
            stepSize: 0.01
            value: card.lab.learningRatePosition
            onMoved: value => card.lab.learningRatePosition = value
        }
        LabSlider {
            objectName: "degreeSlider"
            Layout.fillWidth: true
            label: qsTr("Model capacity (degree)")
            valueText: String(card.lab.degree)
            from: card.lab.minDegree
            to: card.lab.maxDegree
            value: card.lab.degree
            onMoved: value => card.lab.degree = value
        }
        LabSlider {
            objectName: "pointsSlider"
            Layout.fillWidth: true
            label: qsTr("Data size (points)")
            valueText: String(card.lab.points)
            from: card.lab.minPoints
            to: card.lab.maxPoints
            stepSize: 10
            value: card.lab.points
            onMoved: value => card.lab.points = value
        }
        LabSlider {
            objectName: "noiseSlider"
            Layout.fillWidth: true
            label: qsTr("Noise")
            valueText: qsTr("%1 %").arg(card.lab.noise)
            from: 0
            to: 100
            stepSize: 5
            value: card.lab.noise
            onMoved: value => card.lab.noise = value
        }
    }
    // The capacity as a number: it follows the model and degree as they change.
    Label {
        objectName: "parameterCountLabel"
        textFormat: Text.PlainText
        Layout.fillWidth: true
        text: card.lab.parameterText
        color: Theme.textMuted
        wrapMode: Text.Wrap
    }
}
