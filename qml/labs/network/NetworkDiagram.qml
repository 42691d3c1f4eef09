import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Loopwise

// The network: inputs, hidden layers with their controls, the output; a thumbnail of what
// every neuron computes and a line per weight. Tap or hover a neuron to see it on the
// canvas; tap a weight to read or change it.
ColumnLayout {
    id: diagram
    // Inputs on the left, output on the right, in every language: the diagram explains the
    // canvas beside it, whose axes do not mirror (README, "Right to left").
    LayoutMirroring.enabled: false
    LayoutMirroring.childrenInherit: true

    required property NetworkLab lab
    // The neuron shown on the big canvas, -1 for none; written on hover and tap.
    property int shownNeuron: -1
    readonly property var sizes: lab.layerSizes
    // At most this big (the wide lab keeps the diagram on the first screen).
    property real maxNodeSize: 64
    readonly property real nodeSize: Math.max(Theme.touchTarget, Math.min(maxNodeSize, width / (sizes.length * 2.2)))
    // The diagram follows training at most 15 times a second: slowly changing lines and
    // thumbnails need no more, and the canvas keeps the rest of each frame.
    property int drawRevision: 0
    Timer {
        id: redrawThrottle
        interval: 66
        onTriggered: diagram.drawRevision = diagram.lab.revision
    }
    Connections {
        target: diagram.lab
        function onSnapshotChanged() {
            if (!diagram.lab.running)
                diagram.drawRevision = diagram.lab.revision  // a step or a stop shows at once
            else if (!redrawThrottle.running)
                redrawThrottle.start()
        }
    }

    spacing: Theme.unit

    function neuronIndex(column, row) {
        let index = row
        for (let c = 0; c < column; ++c)
            index += sizes[c]
        return index
    }

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.unit
        AppButton {
            text: "+"
            enabled: diagram.lab.canAddLayer
            onClicked: diagram.lab.addLayer()
            Accessible.name: qsTr("Add a hidden layer")
            ToolTip.visible: hovered
            ToolTip.text: Accessible.name
        }
        AppButton {
            text: "−"
            enabled: diagram.lab.layers.length > 0
            onClicked: diagram.lab.removeLayer()
            Accessible.name: qsTr("Remove the last hidden layer")
            ToolTip.visible: hovered
            ToolTip.text: Accessible.name
        }
        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            text: qsTr("%n hidden layer(s)", "", diagram.lab.layers.length)
            font.bold: true
            color: Theme.text
            wrapMode: Text.Wrap
        }
    }

    // One column of controls above each hidden layer: +, the count, − and the activation,
    // stacked so that each stays a full touch target however narrow the column.
    Item {
        Layout.fillWidth: true
        implicitHeight: diagram.lab.layers.length > 0 ? Theme.touchTarget * 3 + Theme.fontSmall * 1.6 + 6 : 0
        Repeater {
            model: diagram.lab.layers
            delegate: Column {
                id: layerColumn
                required property var modelData
                required property int index
                readonly property rect node: (view.width, diagram.sizes, view.nodeRect(index + 1, 0))
                x: view.x + node.x + node.width / 2 - width / 2
                width: Math.max(Theme.touchTarget, Math.min(view.width / diagram.sizes.length, Theme.touchTarget * 2))
                spacing: 2
                AppButton {
                    width: parent.width
                    leftPadding: 0
                    rightPadding: 0
                    text: "+"
                    enabled: layerColumn.modelData.canAddNeuron
                    onClicked: diagram.lab.addNeuron(layerColumn.index)
                    Accessible.name: qsTr("Add a neuron to layer %1").arg(layerColumn.index + 1)
                }
                Label {
                    textFormat: Text.PlainText
                    width: parent.width
                    horizontalAlignment: Text.AlignHCenter
                    text: layerColumn.modelData.units
                    font.pixelSize: Theme.fontSmall
                    color: Theme.textMuted
                    Accessible.name: qsTr("%n neuron(s)", "", layerColumn.modelData.units)
                }
                AppButton {
                    width: parent.width
                    leftPadding: 0
                    rightPadding: 0
                    text: "−"
                    enabled: layerColumn.modelData.units > 1
                    onClicked: diagram.lab.removeNeuron(layerColumn.index)
                    Accessible.name: qsTr("Remove a neuron from layer %1").arg(layerColumn.index + 1)
                }
                // A button, not a combo box: the name must fit a narrow column.
                AppButton {
                    id: activationButton
                    width: parent.width
                    leftPadding: 2
                    rightPadding: 2
                    font.pixelSize: Theme.fontSmall
                    font.capitalization: Font.MixedCase
                    text: (diagram.lab.activationChoices.find(c => c.id === layerColumn.modelData.activation) || {}).label || ""
                    onClicked: activationMenu.open()
                    Accessible.name: qsTr("Activation of layer %1: %2").arg(layerColumn.index + 1).arg(text)
                    Menu {
                        id: activationMenu
                        y: activationButton.height
                        Repeater {
                            model: diagram.lab.activationChoices
                            delegate: MenuItem {
                                required property var modelData
                                text: modelData.label
                                checkable: true
                                checked: modelData.id === layerColumn.modelData.activation
                                onTriggered: diagram.lab.setActivation(layerColumn.index, modelData.id)
                            }
                        }
                    }
                }
            }
        }
    }

    Item {
        Layout.fillWidth: true
        implicitHeight: view.contentHeight + Theme.spacing * 2

        NetworkView {
            id: view
            objectName: "weightsView"
            anchors.fill: parent
            anchors.leftMargin: Theme.unit * 6
            lab: diagram.lab
            revision: diagram.drawRevision
            nodeSize: diagram.nodeSize
            nodeGap: Theme.unit * 1.5
            // Keyboard: Tab here, arrows pick a weight, Enter opens it.
            activeFocusOnTab: true
            Accessible.role: Accessible.Graphic
            Accessible.name: qsTr("Weights of the network; use the arrow keys to pick one and Enter to change it")
            Keys.onRightPressed: selectedWeight = Math.min(weightCount() - 1, selectedWeight + 1)
            Keys.onDownPressed: selectedWeight = Math.min(weightCount() - 1, selectedWeight + 1)
            Keys.onLeftPressed: selectedWeight = Math.max(0, selectedWeight - 1)
            Keys.onUpPressed: selectedWeight = Math.max(0, selectedWeight - 1)
            Keys.onReturnPressed: if (selectedWeight >= 0) weightPopup.openFor(weight(selectedWeight))
            Keys.onEnterPressed: if (selectedWeight >= 0) weightPopup.openFor(weight(selectedWeight))
            onActiveFocusChanged: selectedWeight = activeFocus ? Math.max(0, selectedWeight) : -1

            TapHandler {
                onTapped: eventPoint => {
                const hit = view.weightAt(eventPoint.position.x, eventPoint.position.y)
                if (hit.layer !== undefined)
                    weightPopup.openFor(hit)
                }
            }

            Repeater {
                model: diagram.sizes.reduce((a, b) => a + b, 0)
                delegate: Rectangle {
                id: thumb
                required property int index
                readonly property var place: {
                    let rest = index
                    for (let c = 0; c < diagram.sizes.length; ++c) {
                        if (rest < diagram.sizes[c])
                            return { column: c, row: rest }
                        rest -= diagram.sizes[c]
                    }
                    return { column: 0, row: 0 }
                }
                readonly property rect box: (view.width, view.nodeSize, view.nodeRect(place.column, place.row))
                x: box.x
                y: box.y
                width: box.width
                height: box.height
                color: Theme.surface
                border.color: diagram.shownNeuron === index ? Theme.accent : Theme.border
                border.width: diagram.shownNeuron === index ? 3 : 1
                Accessible.role: Accessible.Button
                Accessible.name: place.column === 0 ? qsTr("Input %1").arg(diagram.lab.featureLabels[place.row])
                                                    : qsTr("Neuron %1 of layer %2").arg(place.row + 1).arg(place.column)
                HeatmapView {
                    anchors.fill: parent
                    anchors.margins: 2
                    image: (diagram.lab.revision, diagram.lab.neuronImage(thumb.index))
                }
                HoverHandler {
                    onHoveredChanged: diagram.shownNeuron = hovered ? thumb.index : -1
                }
                TapHandler {
                    onTapped: diagram.shownNeuron = diagram.shownNeuron === thumb.index ? -1 : thumb.index
                }
                Label {
                    textFormat: Text.PlainText
                    visible: thumb.place.column === 0
                    anchors.right: parent.left
                    anchors.rightMargin: Theme.unit / 2
                    anchors.verticalCenter: parent.verticalCenter
                    text: diagram.lab.featureLabels[thumb.place.row] || ""
                    font.pixelSize: Theme.fontSmall
                    color: Theme.text
                }
                }
            }
        }
    }

    // The capacity as a number: it follows every neuron, layer and input the learner changes.
    Label {
        objectName: "parameterCountLabel"
        textFormat: Text.PlainText
        Layout.fillWidth: true
        text: diagram.lab.parameterText
        color: Theme.textMuted
        wrapMode: Text.Wrap
    }
    Label {
        objectName: "diagramCaption"
        textFormat: Text.PlainText
        Layout.fillWidth: true
        text: qsTr("Line width shows a weight's size, colour its sign (blue positive, orange negative). Tap a line to read or change its weight; tap or hover a neuron to see its output on the canvas.")
        font.pixelSize: Theme.fontSmall
        color: Theme.textMuted
        wrapMode: Text.Wrap
    }

    Popup {
        id: weightPopup
        property var hit: ({})
        function openFor(found) {
            hit = found
            valueField.text = Number(found.value).toLocaleString(Qt.locale(), 'f', 3)
            x = Math.max(0, Math.min(view.x + found.x - width / 2, diagram.width - width))
            y = view.parent.y + found.y
            open()
        }
        onOpened: valueField.forceActiveFocus()
        parent: diagram
        focus: true
        padding: Theme.spacing
        background: Rectangle { color: Theme.surface; border.color: Theme.border; radius: Theme.radius }
        ColumnLayout {
            spacing: Theme.unit
            Label {
                textFormat: Text.PlainText
                text: qsTr("Weight from %1 to neuron %2 of layer %3")
                      .arg(weightPopup.hit.layer === 0 ? diagram.lab.featureLabels[weightPopup.hit.input] || ""
                                                       : qsTr("neuron %1").arg((weightPopup.hit.input || 0) + 1))
                      .arg((weightPopup.hit.unit || 0) + 1)
                      .arg((weightPopup.hit.layer || 0) + 1)
                color: Theme.text
                font.bold: true
            }
            RowLayout {
                TextField {
                    id: valueField
                    objectName: "weightValueField"
                    focus: true
                    Layout.preferredWidth: Theme.touchTarget * 3
                    implicitHeight: Theme.touchTarget
                    inputMethodHints: Qt.ImhFormattedNumbersOnly
                    validator: NumberValidator { bottom: -100; top: 100 }
                    Accessible.name: qsTr("Weight value")
                    onAccepted: setButton.clicked()
                }
                AppButton {
                    id: setButton
                    text: qsTr("Set")
                    highlighted: true
                    enabled: valueField.acceptableInput
                    onClicked: {
                        diagram.lab.setWeight(weightPopup.hit.layer, weightPopup.hit.unit, weightPopup.hit.input,
                                              NumberInput.parse(valueField.text))
                        weightPopup.close()
                    }
                }
            }
        }
    }
}
