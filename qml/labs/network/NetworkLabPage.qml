import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtCharts
import Loopwise

// Lab "Build a neural network": Playground's lab and what its users asked for.
// Wide windows: data, network and output side by side on the first screen; narrow ones:
// the output pinned above the controls that scroll. Everything the learner sets lives in
// NetworkLab.
Page {
    id: page

    property string labId: "network"
    property string query: ""
    // Epochs to train at once when the page opens (--run-epochs).
    property int runEpochs: 0
    readonly property bool busy: lab.busy
    readonly property bool wide: width >= 1000
    // Wide: data | network | output, the network taking what the other two leave.
    readonly property real dataWidth: 230
    readonly property real outputWidth: Math.min(420, content.width * 0.32)
    readonly property real networkWidth: content.width - dataWidth - outputWidth - Theme.spacing * 2
    // Wide: what is left of the first screen below the controls, for the three columns
    // (the page's top margin, the gap below the controls and the bottom margin aside).
    readonly property real firstScreenHeight: height - controlsCard.height - (labMessage.visible ? labMessage.height + Theme.spacing : 0)
                                              - Theme.spacing * 3
    // Wide: the output card's height apart from canvas and chart (its padding, title, figures
    // and the gaps between them).
    readonly property real outputFixedHeight: Theme.spacing * 2 + outputTitle.height + figuresHeight + Theme.unit * 3
    readonly property real canvasLargest: outputWidth - Theme.spacing * 2
    // The canvas: wide, what the column leaves beside figures and chart (Playground's 300 px
    // or more when there is room); narrow, half the pinned card, so the chart fits beside it.
    readonly property real canvasSide: wide ? Math.max(Theme.unit * 24, Math.min(canvasLargest, firstScreenHeight - outputFixedHeight - chartHeight))
                                            : Math.min(Theme.unit * 40, (width - Theme.spacing * 5) / 2)
    // The figures above the chart (a small label over a large one), fixed so the canvas's
    // size never depends on a layout it changes; 1.9 lines each covers the tallest font the
    // app may use (Noto Sans, whose lines are taller than DejaVu's).
    readonly property real figuresHeight: Theme.fontSmall * 1.9 + Theme.fontHeading * 1.9
    // Wide: a readable chart under the canvas, and what a tall window leaves once the canvas
    // is as large as its column; narrow: beside the canvas, below the figures.
    readonly property real chartHeight: wide ? Math.max(Theme.unit * 20, firstScreenHeight - outputFixedHeight - canvasLargest)
                                             : canvasSide - Theme.unit * 12

    title: Course.lab(labId).title || qsTr("Build a neural network")
    objectName: "networkLabPage"
    background: Rectangle { color: Theme.background }

    NetworkLab {
        id: lab
        store: Progress.store
    }

    Component.onCompleted: {
        if (query !== "")
            lab.applyLink(query)
        if (runEpochs > 0)
            lab.runEpochs(runEpochs)
    }

    Shortcut {
        sequences: Shortcuts.sequences("network.play")
        onActivated: lab.togglePlay()
    }
    Shortcut {
        sequences: Shortcuts.sequences("network.step")
        onActivated: lab.step()
    }
    Shortcut {
        sequences: Shortcuts.sequences("network.reset")
        onActivated: lab.reset()
    }

    // The output: the canvas, the figures and the loss chart, then the words on the run.
    // Wide windows: the right-hand column, sized so canvas and chart fit the first screen.
    // Narrow ones: pinned above what scrolls, so it stays in view while controls change.
    Card {
        id: outputCard
        objectName: "outputCard"
        parent: page.wide ? mainCards : pinnedOutput
        width: page.wide ? page.outputWidth : pinnedOutput.width - Theme.spacing * 2
        x: page.wide ? mainCards.width - width : Theme.spacing
        y: page.wide ? 0 : Theme.spacing
        height: implicitHeight

        Label {
            id: outputTitle
            textFormat: Text.PlainText
            text: qsTr("Output")
            font.bold: true
            color: Theme.text
        }
        GridLayout {
            Layout.fillWidth: true
            columns: page.wide ? 1 : 2
            columnSpacing: Theme.spacing
            rowSpacing: Theme.unit

            LabCanvas {
                id: labCanvas
                objectName: "labCanvas"
                Layout.preferredWidth: page.canvasSide
                Layout.preferredHeight: page.canvasSide
                Layout.maximumWidth: page.canvasSide
                Layout.maximumHeight: page.canvasSide
                Layout.alignment: Qt.AlignHCenter | Qt.AlignTop
                lab: lab
                neuron: diagram.shownNeuron
                mode: pointMode.mode
                addClass: pointMode.addClass
                onWidthChanged: lab.gridSide = Math.min(400, Math.round(width * Screen.devicePixelRatio))
            }
            ColumnLayout {
                id: outputSide
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignTop
                spacing: Theme.unit
                Flow {
                    Layout.fillWidth: true
                    spacing: Theme.spacing
                    // Fixed delegates; only their figures change with each snapshot.
                    Repeater {
                        model: [qsTr("Test loss"), qsTr("Training loss"), qsTr("Test accuracy")]
                        delegate: ColumnLayout {
                            required property string modelData
                            required property int index
                            spacing: 0
                            Label {
                                textFormat: Text.PlainText
                                text: modelData
                                font.pixelSize: Theme.fontSmall
                                color: Theme.textMuted
                            }
                            Label {
                                textFormat: Text.PlainText
                                text: index === 0 ? Number(lab.testLoss).toLocaleString(Qt.locale(), 'f', 3)
                                    : index === 1 ? Number(lab.trainLoss).toLocaleString(Qt.locale(), 'f', 3)
                                    : lab.testAccuracyText
                                font.pixelSize: Theme.fontHeading
                                font.bold: true
                                color: Theme.text
                            }
                        }
                    }
                }
                LossChart {
                    objectName: "lossChart"
                    Layout.fillWidth: true
                    Layout.preferredHeight: page.chartHeight
                    history: lab.lossHistory
                }
            }
            ColourLegend {
                Layout.fillWidth: true
                Layout.columnSpan: page.wide ? 1 : 2
                regression: lab.regression
                classes: lab.classes
            }
            Flow {
                Layout.fillWidth: true
                Layout.columnSpan: page.wide ? 1 : 2
                CheckBox {
                    text: qsTr("Show test data")
                    checked: lab.showTestData
                    onToggled: lab.showTestData = checked
                }
                CheckBox {
                    text: qsTr("Discretize output")
                    checked: lab.discretize
                    onToggled: lab.discretize = checked
                }
            }
            Label {
                textFormat: Text.PlainText
                objectName: "summaryLabel"
                Layout.fillWidth: true
                Layout.columnSpan: page.wide ? 1 : 2
                text: lab.summary
                color: Theme.text
                wrapMode: Text.Wrap
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }
            Label {
                textFormat: Text.PlainText
                objectName: "diagnosisLabel"
                Layout.fillWidth: true
                Layout.columnSpan: page.wide ? 1 : 2
                // Always in the layout, no height while empty: an item shown late in this
                // re-parented card was left unplaced by Qt 6.4's GridLayout, over the canvas.
                Layout.preferredHeight: text === "" ? 0 : implicitHeight
                text: lab.diagnosis
                color: Theme.text
                wrapMode: Text.Wrap
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                Layout.columnSpan: page.wide ? 1 : 2
                Layout.preferredHeight: text === "" ? 0 : implicitHeight
                text: lab.stopMessage
                color: lab.diverged ? Theme.bad : Theme.warning
                font.bold: true
                wrapMode: Text.Wrap
            }
        }
    }

    Item {
        id: pinnedOutput
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        height: page.wide ? 0 : outputCard.height + Theme.spacing
        z: 1
    }

    Flickable {
        id: flick
        objectName: "labFlick"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: pinnedOutput.bottom
        anchors.bottom: parent.bottom
        clip: true
        contentWidth: width
        contentHeight: content.implicitHeight + Theme.spacing * 2
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {}

        ColumnLayout {
            id: content
            x: Theme.spacing
            y: Theme.spacing
            width: flick.width - Theme.spacing * 2
            spacing: Theme.spacing

            // The learner's message (a refused change, an import problem, a saved run).
            LabMessage {
                id: labMessage
                Layout.fillWidth: true
                lab: lab
            }

            // Play, step, reset, epoch and the settings Playground keeps in its top bar.
            Card {
                id: controlsCard
                Layout.fillWidth: true
                Flow {
                    Layout.fillWidth: true
                    spacing: Theme.spacing

                    RowLayout {
                        spacing: Theme.unit
                        PlayPauseButton {
                            objectName: "playButton"
                            playing: lab.running
                            onClicked: lab.togglePlay()
                        }
                        AppButton {
                            objectName: "stepButton"
                            text: qsTr("Step")
                            enabled: !lab.running
                            onClicked: lab.step()
                            ToolTip.visible: hovered
                            ToolTip.text: qsTr("Train one epoch (Ctrl+Right)")
                        }
                        AppButton {
                            objectName: "resetButton"
                            text: qsTr("Reset")
                            onClicked: lab.reset()
                            ToolTip.visible: hovered
                            ToolTip.text: qsTr("Fresh weights (Ctrl+R)")
                        }
                        ColumnLayout {
                            spacing: 0
                            Label {
                                textFormat: Text.PlainText
                                text: qsTr("Epoch")
                                font.pixelSize: Theme.fontSmall
                                color: Theme.textMuted
                            }
                            Label {
                                textFormat: Text.PlainText
                                objectName: "epochLabel"
                                text: Number(lab.epoch).toLocaleString(Qt.locale(), "f", 0)
                                font.pixelSize: Theme.fontHeading
                                font.bold: true
                                color: Theme.text
                                Layout.minimumWidth: Theme.unit * 12
                            }
                        }
                    }
                    ChoiceBox {
                        // The longest pace ("10 per frame") whole, in every language.
                        width: Math.min(parent.width, Math.max(Theme.unit * 22, implicitWidth))
                        label: qsTr("Speed")
                        choices: lab.speedChoices.map((text, i) => ({ id: i, label: text }))
                        current: lab.speed
                        onChosen: value => lab.speed = value
                    }
                    ChoiceBox {
                        width: Math.min(parent.width, Math.max(Theme.unit * 16, implicitWidth))
                        label: qsTr("Learning rate")
                        choices: lab.learningRates
                        current: lab.learningRate
                        onChosen: value => lab.learningRate = value
                    }
                    ChoiceBox {
                        width: Math.min(parent.width, Math.max(Theme.unit * 20, implicitWidth))
                        label: qsTr("Activation (all layers)")
                        choices: lab.activationChoices
                        current: lab.layers.length > 0 && lab.layers.every(l => l.activation === lab.layers[0].activation)
                                 ? lab.layers[0].activation : ""
                        onChosen: value => lab.setAllActivations(value)
                    }
                    ChoiceBox {
                        width: Math.min(parent.width, Math.max(Theme.unit * 18, implicitWidth))
                        label: qsTr("Regularization")
                        choices: [{ id: "none", label: qsTr("None") }, { id: "l1", label: "L1" }, { id: "l2", label: "L2" }]
                        current: lab.regularization
                        onChosen: value => lab.regularization = value
                    }
                    ChoiceBox {
                        width: Math.min(parent.width, Math.max(Theme.unit * 18, implicitWidth))
                        label: qsTr("Regularization rate")
                        enabled: lab.regularization !== "none"
                        choices: lab.regularizationRates
                        current: lab.regularizationRate
                        onChosen: value => lab.regularizationRate = value
                    }
                }
            }

            // Placed by hand: wide, data | network | output in a row; narrow, the output first.
            Item {
                id: mainCards
                Layout.fillWidth: true
                implicitHeight: page.wide ? Math.max(dataCard.height, networkCard.height, outputCard.height)
                                          : networkCard.height + dataCard.height + Theme.spacing

                // The network.
                Card {
                    id: networkCard
                    objectName: "networkCard"
                    width: page.wide ? page.networkWidth : mainCards.width
                    x: page.wide ? page.dataWidth + Theme.spacing : 0
                    height: implicitHeight
                    NetworkDiagram {
                        id: diagram
                        Layout.fillWidth: true
                        maxNodeSize: page.wide ? Theme.touchTarget : 64
                        lab: lab
                    }
                    // How the network learns, beside the network it trains (the first screen
                    // keeps one row of controls above the three columns).
                    Flow {
                        Layout.fillWidth: true
                        spacing: Theme.spacing
                        ChoiceBox {
                            width: Math.min(parent.width, Math.max(Theme.unit * 18, implicitWidth))
                            label: qsTr("Optimizer")
                            choices: lab.optimizerChoices
                            current: lab.optimizer
                            onChosen: value => lab.optimizer = value
                        }
                        ChoiceBox {
                            width: Math.min(parent.width, Math.max(Theme.unit * 20, implicitWidth))
                            label: qsTr("Loss")
                            visible: lab.lossChoiceShown
                            choices: [{ id: false, label: qsTr("Squared error") }, { id: true, label: qsTr("Cross-entropy") }]
                            current: lab.crossEntropy
                            onChosen: value => lab.crossEntropy = value
                        }
                    }
                }

                // The data and the inputs.
                Card {
                    id: dataCard
                    objectName: "dataCard"
                    width: page.wide ? page.dataWidth : mainCards.width
                    y: page.wide ? 0 : networkCard.y + networkCard.height + Theme.spacing
                    height: implicitHeight

                    Label {
                        textFormat: Text.PlainText
                        text: qsTr("Data")
                        font.bold: true
                        color: Theme.text
                    }
                    // The kind of problem picks the datasets offered below.
                    ChoiceBox {
                        Layout.fillWidth: true
                        label: qsTr("Problem type")
                        choices: [{ id: false, label: qsTr("Classification") }, { id: true, label: qsTr("Regression") }]
                        current: lab.regression
                        onChosen: value => lab.regression = value
                    }
                    ChoiceBox {
                        objectName: "datasetChoice"
                        Layout.fillWidth: true
                        label: qsTr("Dataset")
                        choices: lab.datasetChoices.filter(d => d.regression === lab.regression)
                        current: lab.dataset
                        onChosen: value => lab.dataset = value
                    }
                    LabSlider {
                        Layout.fillWidth: true
                        label: qsTr("Training data")
                        valueText: lab.percentText(lab.trainRatio)
                        from: 10
                        to: 90
                        stepSize: 10
                        value: lab.trainRatio
                        onMoved: value => lab.trainRatio = value
                    }
                    LabSlider {
                        Layout.fillWidth: true
                        label: qsTr("Noise")
                        valueText: lab.percentText(lab.noise)
                        from: 0
                        to: 50
                        stepSize: 5
                        value: lab.noise
                        onMoved: value => lab.noise = value
                    }
                    LabSlider {
                        Layout.fillWidth: true
                        label: qsTr("Batch size")
                        from: 1
                        to: 30
                        value: lab.batchSize
                        valueText: String(lab.batchSize)
                        onMoved: value => lab.batchSize = value
                    }
                    AppButton {
                        text: qsTr("New data")
                        enabled: lab.dataset !== "custom"
                        onClicked: lab.regenerate()
                    }
                    Label {
                        textFormat: Text.PlainText
                        text: qsTr("Inputs")
                        font.bold: true
                        color: Theme.text
                    }
                    Flow {
                        Layout.fillWidth: true
                        spacing: Theme.unit
                        Repeater {
                            model: lab.featureChoices
                            delegate: AppButton {
                                required property var modelData
                                text: modelData.label
                                font.capitalization: Font.MixedCase
                                // Subscripts come from a fallback font the implicit width misjudges.
                                width: implicitWidth + Theme.unit * 2
                                checkable: true
                                checked: lab.features.indexOf(modelData.id) >= 0
                                highlighted: checked
                                onClicked: lab.toggleFeature(modelData.id)
                                Accessible.name: qsTr("Input %1").arg(modelData.label)
                            }
                        }
                    }
                }
            }

            Flow {
                id: moreCards
                readonly property real half: page.wide ? (width - Theme.spacing) / 2 : width
                Layout.fillWidth: true
                spacing: Theme.spacing

                NetworkPointsCard {
                    id: pointMode
                    width: moreCards.half
                    lab: lab
                }
                NetworkResultsCard {
                    width: moreCards.half
                    lab: lab
                }
                // The canvas as evidence for the learner's decision note.
                Card {
                    width: moreCards.half
                    AttachEvidenceButton { lab: lab; chart: labCanvas; Layout.fillWidth: true }
                }
                LabPredictionCard {
                    width: moreCards.half
                    lab: lab
                    question: qsTr("Before you press play: what will this network do?")
                    resetHint: qsTr("Reset the network to make a prediction before the next run.")
                }
                LabShareCard {
                    width: moreCards.half
                    lab: lab
                    example: "lab/network?dataset=spiral&hidden=8,8"
                }
                NetworkRunsCard {
                    width: moreCards.width
                    lab: lab
                }
            }
        }
    }
}
