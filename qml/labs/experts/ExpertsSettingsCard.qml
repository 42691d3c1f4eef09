import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Loopwise

// The mixture's settings: data, experts and k, each expert's shape, the balance term and its
// weight, the capacity per expert, the learning rate and the seed.
Card {
    id: card

    required property ExpertsLab lab

    Label {
        textFormat: Text.PlainText
        text: qsTr("The mixture")
        font.bold: true
        color: Theme.text
    }
    ChoiceBox {
        objectName: "datasetChoice"
        Layout.fillWidth: true
        label: qsTr("Data")
        choices: card.lab.datasetChoices
        current: card.lab.dataset
        onChosen: value => card.lab.dataset = value
    }
    LabSlider {
        objectName: "expertsSlider"
        Layout.fillWidth: true
        label: qsTr("Experts")
        from: 1
        to: 8
        value: card.lab.experts
        onMoved: value => card.lab.experts = value
    }
    LabSlider {
        objectName: "topKSlider"
        Layout.fillWidth: true
        //: k of top-k routing: how many experts work on each input
        label: qsTr("Experts per input (k)")
        from: 1
        to: Math.max(1, card.lab.experts)
        value: card.lab.topK
        onMoved: value => card.lab.topK = value
    }
    LabSlider {
        objectName: "layersSlider"
        Layout.fillWidth: true
        label: qsTr("Hidden layers per expert")
        from: 1
        to: 3
        value: card.lab.hiddenLayers
        onMoved: value => card.lab.hiddenLayers = value
    }
    LabSlider {
        objectName: "unitsSlider"
        Layout.fillWidth: true
        label: qsTr("Units per hidden layer")
        from: 1
        to: 16
        value: card.lab.hiddenUnits
        onMoved: value => card.lab.hiddenUnits = value
    }
    ChoiceBox {
        objectName: "activationChoice"
        Layout.fillWidth: true
        label: qsTr("Activation")
        choices: card.lab.activationChoices
        current: card.lab.activation
        onChosen: value => card.lab.activation = value
    }
    Switch {
        objectName: "balanceSwitch"
        Layout.fillWidth: true
        implicitHeight: Theme.touchTarget
        //: the load-balancing term of the mixture's loss
        text: qsTr("Balance term")
        checked: card.lab.balance
        onToggled: card.lab.balance = checked
        Accessible.name: text
    }
    LabSlider {
        objectName: "balanceWeightSlider"
        Layout.fillWidth: true
        enabled: card.lab.balance
        label: qsTr("Balance weight")
        valueText: Figures.figure(value)
        from: 0
        to: 1
        stepSize: 0.01
        value: card.lab.balanceWeight
        onMoved: value => card.lab.balanceWeight = value
    }
    LabSlider {
        objectName: "capacitySlider"
        Layout.fillWidth: true
        //: how many inputs an expert may take, as a multiple of an even share; 0 is no limit
        label: qsTr("Capacity per expert (0: no limit)")
        valueText: value === 0 ? qsTr("no limit") : Figures.figure(value)
        from: 0
        to: 4
        stepSize: 0.25
        value: card.lab.capacity
        onMoved: value => card.lab.capacity = value < 0.25 ? 0 : value
    }
    LabSlider {
        objectName: "rateSlider"
        Layout.fillWidth: true
        label: qsTr("Learning rate")
        valueText: Figures.figure(value)
        from: 0.001
        to: 0.3
        stepSize: 0.001
        value: card.lab.learningRate
        onMoved: value => card.lab.learningRate = value
    }
    LabSlider {
        objectName: "seedSlider"
        Layout.fillWidth: true
        label: qsTr("Seed")
        from: 1
        to: 20
        value: card.lab.seed
        onMoved: value => card.lab.seed = value
    }
}
