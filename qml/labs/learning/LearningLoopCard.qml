import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Loopwise

// The module's training loop (training data → predict → loss → update → parameters), live:
// one batch of this lab goes round it stage by stage with the engine's own numbers.
Card {
    id: card

    required property LearningLab lab
    readonly property var trace: lab.trace
    readonly property int stage: lab.loopStage
    readonly property real figureWidth: Theme.unit * 12

    TrainingLoopModel {
        id: loopModel
        stages: card.lab.loopStages
        activeStage: Math.max(0, card.stage)
    }

    Label {
        textFormat: Text.PlainText
        text: qsTr("The training loop, live")
        font.bold: true
        color: Theme.text
    }
    Label {
        textFormat: Text.PlainText
        Layout.fillWidth: true
        objectName: "loopIntro"
        //: "Step one batch" and "Next stage" are the labels of the two buttons below: keep them identical
        text: qsTr("Press Step one batch and follow the batch round the loop: each press of Next stage shows the next stage, with the numbers the model really uses.")
        color: Theme.textMuted
        wrapMode: Text.Wrap
    }

    // The ring, unrolled: five stages in a row, the active one filled.
    Flow {
        Layout.fillWidth: true
        spacing: Theme.unit / 2
        Repeater {
            model: loopModel
            delegate: Row {
                id: stageEntry
                required property int index
                required property string node
                required property bool active
                spacing: Theme.unit / 2
                AbstractButton {
                    objectName: "loopStage" + stageEntry.index
                    width: Math.max(Theme.unit * 9, stageLabel.implicitWidth + Theme.unit * 2)
                    height: Theme.touchTarget
                    enabled: card.stage >= 0
                    onClicked: card.lab.loopStage = stageEntry.index
                    Accessible.name: qsTr("Stage %1: %2").arg(stageEntry.index + 1).arg(stageEntry.node)
                    background: Rectangle {
                        radius: height / 2
                        color: stageEntry.active && card.stage >= 0 ? Theme.accent : Theme.surfaceAlt
                        border.color: parent.visualFocus ? Theme.text : Theme.accent
                        border.width: parent.visualFocus ? 2 : 1
                    }
                    contentItem: Label {
                        textFormat: Text.PlainText
                        id: stageLabel
                        text: stageEntry.node
                        horizontalAlignment: Text.AlignHCenter
                        verticalAlignment: Text.AlignVCenter
                        font.bold: true
                        color: stageEntry.active && card.stage >= 0 ? Theme.surface : Theme.text
                    }
                }
                Label {
                    textFormat: Text.PlainText
                    height: Theme.touchTarget
                    verticalAlignment: Text.AlignVCenter
                    // The last arrow points back to the start: the loop goes round again.
                    text: stageEntry.index + 1 < loopModel.count ? Theme.forwardArrow : Theme.againArrow
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontHeading
                }
            }
        }
    }

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.unit
        AppButton {
            objectName: "previousStageButton"
            text: qsTr("Previous stage")
            enabled: card.stage > 0
            onClicked: card.lab.loopStage = card.stage - 1
        }
        AppButton {
            objectName: "nextStageButton"
            text: card.stage < 0 || card.stage + 1 >= loopModel.count ? qsTr("Step one batch") : qsTr("Next stage")
            highlighted: true
            enabled: !card.lab.running && !card.lab.diverged
            onClicked: card.lab.traceStep()
        }
        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            visible: card.stage >= 0
            text: qsTr("Epoch %1, batch %2 of %3").arg(card.trace.epoch).arg(card.trace.step).arg(card.trace.stepsPerEpoch)
            color: Theme.textMuted
            horizontalAlignment: Text.AlignRight
            wrapMode: Text.Wrap
        }
    }

    // What happens at the active stage.
    Label {
        textFormat: Text.PlainText
        objectName: "loopStageTitle"
        Layout.fillWidth: true
        visible: card.stage >= 0
        text: visible ? qsTr("Stage %1: %2").arg(card.stage + 1).arg(card.lab.loopStages[card.stage].title) : ""
        font.bold: true
        color: Theme.accent
        wrapMode: Text.Wrap
    }
    Label {
        textFormat: Text.PlainText
        Layout.fillWidth: true
        text: card.stage >= 0 ? card.lab.loopStages[card.stage].text
                              : qsTr("No batch yet: press Step one batch.")
        color: Theme.text
        wrapMode: Text.Wrap
    }

    // Stages 1 and 2: the batch's rows, then their predictions.
    GridLayout {
        Layout.fillWidth: true
        visible: card.stage === 0 || card.stage === 1
        columns: 3
        columnSpacing: Theme.spacing
        rowSpacing: 2
        Label { textFormat: Text.PlainText; text: qsTr("Input"); font.bold: true; color: Theme.text; Layout.preferredWidth: card.figureWidth * 1.5 }
        Label { textFormat: Text.PlainText; text: qsTr("Target"); font.bold: true; color: Theme.text; Layout.preferredWidth: card.figureWidth }
        Label {
            textFormat: Text.PlainText
            text: qsTr("Prediction")
            font.bold: true
            color: Theme.text
            Layout.fillWidth: true
            opacity: card.stage >= 1 ? 1 : 0
        }
        Repeater {
            model: card.trace.rows || []
            delegate: Label {
                textFormat: Text.PlainText
                required property var modelData
                required property int index
                objectName: "traceInput" + index
                Layout.row: index + 1
                Layout.column: 0
                text: modelData.x
                color: Theme.text
            }
        }
        Repeater {
            model: card.trace.rows || []
            delegate: Label {
                textFormat: Text.PlainText
                required property var modelData
                required property int index
                objectName: "traceTarget" + index
                Layout.row: index + 1
                Layout.column: 1
                text: modelData.target
                color: Theme.text
            }
        }
        Repeater {
            model: card.trace.rows || []
            delegate: Label {
                textFormat: Text.PlainText
                required property var modelData
                required property int index
                objectName: "tracePrediction" + index
                Layout.row: index + 1
                Layout.column: 2
                text: modelData.prediction
                font.bold: true
                color: Theme.accent
                opacity: card.stage >= 1 ? 1 : 0
            }
        }
    }
    Label {
        textFormat: Text.PlainText
        Layout.fillWidth: true
        visible: (card.stage === 0 || card.stage === 1) && card.trace.moreRows > 0
        text: qsTr("… and %n more rows", "", card.trace.moreRows || 0)
        color: Theme.textMuted
    }

    // Stage 3: one number for the whole batch.
    RowLayout {
        Layout.fillWidth: true
        visible: card.stage === 2
        Label {
            textFormat: Text.PlainText
            text: qsTr("Loss of this batch:")
            color: Theme.text
        }
        Label {
            textFormat: Text.PlainText
            objectName: "traceLoss"
            text: card.trace.loss || ""
            font.bold: true
            font.pixelSize: Theme.fontTitle
            color: Theme.accent
        }
    }

    // Stages 4 and 5: per parameter, the gradient and the update, then the new value.
    Label {
        textFormat: Text.PlainText
        objectName: "traceRate"
        Layout.fillWidth: true
        visible: card.stage === 3
        text: qsTr("Update = − learning rate (%1) × gradient. A bar's length is the gradient's size; the arrow shows which way the parameter moves.")
              .arg(card.trace.learningRate || "")
        color: Theme.textMuted
        wrapMode: Text.Wrap
    }
    // What the parameters' names mean: the terms of the model they multiply.
    Label {
        objectName: "parameterTermsNote"
        textFormat: Text.PlainText
        Layout.fillWidth: true
        visible: card.stage === 3 || card.stage === 4
        text: qsTr("Each parameter multiplies one term of the model: 1 is the constant (the bias); P1, P2, … are polynomials of rising degree (P1(x) = x, P2(x) = (3x² − 1)/2, …) of the input, and P1(x1)·P1(x2) is a product of two of them.")
        color: Theme.textMuted
        wrapMode: Text.Wrap
    }
    GridLayout {
        Layout.fillWidth: true
        visible: card.stage === 3 || card.stage === 4
        columns: 4
        columnSpacing: Theme.spacing
        rowSpacing: 2
        Label { textFormat: Text.PlainText; text: qsTr("Parameter"); font.bold: true; color: Theme.text; Layout.preferredWidth: card.figureWidth * 1.4 }
        Label {
            textFormat: Text.PlainText
            text: card.stage === 3 ? qsTr("Gradient") : qsTr("Before")
            font.bold: true
            color: Theme.text
            Layout.preferredWidth: card.figureWidth
        }
        Label {
            textFormat: Text.PlainText
            text: card.stage === 3 ? qsTr("Size and direction") : ""
            font.bold: true
            color: Theme.text
            Layout.fillWidth: true
        }
        Label {
            textFormat: Text.PlainText
            text: card.stage === 3 ? qsTr("Update") : qsTr("After")
            font.bold: true
            color: Theme.text
            Layout.preferredWidth: card.figureWidth
        }
        Repeater {
            model: card.trace.parameters || []
            delegate: Label {
                textFormat: Text.PlainText
                required property var modelData
                required property int index
                Layout.row: index + 1
                Layout.column: 0
                text: modelData.name
                color: Theme.textMuted
                elide: Text.ElideRight
                Layout.preferredWidth: card.figureWidth * 1.4
            }
        }
        Repeater {
            model: card.trace.parameters || []
            delegate: Label {
                textFormat: Text.PlainText
                required property var modelData
                required property int index
                objectName: card.stage === 3 ? "traceGradient" + index : "traceBefore" + index
                Layout.row: index + 1
                Layout.column: 1
                text: card.stage === 3 ? modelData.gradient : modelData.before
                color: Theme.text
            }
        }
        Repeater {
            model: card.trace.parameters || []
            delegate: Item {
                required property var modelData
                required property int index
                Layout.row: index + 1
                Layout.column: 2
                Layout.fillWidth: true
                implicitHeight: Theme.fontBody * 1.4
                Row {
                    visible: card.stage === 3
                    anchors.verticalCenter: parent.verticalCenter
                    spacing: Theme.unit / 2
                    Rectangle {
                        anchors.verticalCenter: parent.verticalCenter
                        width: Math.max(2, modelData.share * (parent.parent.width - arrow.width - Theme.unit))
                        height: Theme.unit * 1.2
                        radius: 2
                        color: modelData.rising ? LabColours.positive : LabColours.negative
                    }
                    Label {
                        textFormat: Text.PlainText
                        id: arrow
                        // The parameter rises or falls: the sign shown without colour.
                        text: modelData.rising ? "▲" : "▼"
                        color: Theme.text
                    }
                }
                Label {
                    textFormat: Text.PlainText
                    visible: card.stage === 4
                    anchors.verticalCenter: parent.verticalCenter
                    text: Theme.forwardArrow
                    color: Theme.textMuted
                }
            }
        }
        Repeater {
            model: card.trace.parameters || []
            delegate: Label {
                textFormat: Text.PlainText
                required property var modelData
                required property int index
                objectName: card.stage === 3 ? "traceUpdate" + index : "traceAfter" + index
                Layout.row: index + 1
                Layout.column: 3
                text: card.stage === 3 ? modelData.update : modelData.after
                font.bold: card.stage === 4
                color: Theme.text
            }
        }
    }
    Label {
        textFormat: Text.PlainText
        Layout.fillWidth: true
        visible: (card.stage === 3 || card.stage === 4) && card.trace.moreParameters > 0
        text: qsTr("… and %n more parameters", "", card.trace.moreParameters || 0)
        color: Theme.textMuted
    }
}
