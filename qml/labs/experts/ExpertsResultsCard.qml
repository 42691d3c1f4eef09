import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Loopwise

// What the mixture costs and gives, beside the two dense networks; then, after a run, what
// happened in plain words, one check-yourself question about it, and saving the run.
Card {
    id: card

    required property ExpertsLab lab

    Label {
        textFormat: Text.PlainText
        text: qsTr("Mixture against dense networks (same data, trained beside it)")
        font.bold: true
        color: Theme.text
        Layout.fillWidth: true
        wrapMode: Text.Wrap
    }
    GridLayout {
        objectName: "comparisonTable"
        Layout.fillWidth: true
        columns: 5
        columnSpacing: Theme.unit * 2
        Repeater {
            model: [qsTr("Model"), qsTr("Test accuracy"), qsTr("Test loss"),
                    qsTr("Multiply-adds per input"), qsTr("Parameters (active of all)")]
            delegate: Label {
                required property string modelData
                textFormat: Text.PlainText
                Layout.fillWidth: true
                text: modelData
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap
            }
        }
        Repeater {
            model: card.lab.comparison.length * 5
            delegate: Label {
                required property int index
                readonly property var row: card.lab.comparison[Math.floor(index / 5)]
                textFormat: Text.PlainText
                Layout.fillWidth: true
                text: row ? row[["model", "accuracy", "loss", "compute", "parameters"][index % 5]] : ""
                color: Theme.text
                wrapMode: Text.Wrap
            }
        }
    }
    Label {
        textFormat: Text.PlainText
        objectName: "guarantee"
        Layout.fillWidth: true
        text: card.lab.guarantee
        color: Theme.textMuted
        font.italic: true
        wrapMode: Text.Wrap
    }
    Label {
        textFormat: Text.PlainText
        visible: card.lab.explanation !== ""
        text: qsTr("What happened")
        font.bold: true
        color: Theme.text
    }
    Label {
        textFormat: Text.PlainText
        objectName: "explanation"
        Layout.fillWidth: true
        visible: text !== ""
        text: card.lab.explanation
        color: Theme.text
        wrapMode: Text.Wrap
    }
    Label {
        textFormat: Text.PlainText
        objectName: "predictionOutcome"
        Layout.fillWidth: true
        visible: text !== ""
        text: card.lab.predictionOutcome
        color: Theme.text
        wrapMode: Text.Wrap
    }
    Label {
        textFormat: Text.PlainText
        objectName: "questionText"
        Layout.fillWidth: true
        visible: text !== ""
        text: card.lab.question.text || ""
        color: Theme.text
        wrapMode: Text.Wrap
    }
    Flow {
        Layout.fillWidth: true
        spacing: Theme.unit
        Repeater {
            model: card.lab.question.choices || []
            delegate: AppButton {
                required property var modelData
                required property int index
                objectName: "answer-" + index
                text: modelData.label
                highlighted: card.lab.question.chosen === index
                onClicked: card.lab.answer(index)
                Accessible.name: text
            }
        }
    }
    Label {
        textFormat: Text.PlainText
        objectName: "answerFeedback"
        Layout.fillWidth: true
        visible: text !== ""
        text: card.lab.question.feedback || ""
        color: Theme.text
        wrapMode: Text.Wrap
    }
    RowLayout {
        Layout.fillWidth: true
        visible: card.lab.explanation !== ""
        TextField {
            id: runName
            objectName: "runName"
            Layout.fillWidth: true
            implicitHeight: Theme.touchTarget
            placeholderText: qsTr("Name of the run")
            Accessible.name: placeholderText
        }
        AppButton {
            objectName: "saveRunButton"
            text: qsTr("Save run")
            onClicked: card.lab.saveRun(runName.text)
            Accessible.name: text
        }
    }
}
