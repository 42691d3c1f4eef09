import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Loopwise

// After a finished run: what happened in plain words, one check-yourself question about
// it with feedback, and saving the run to the learner's progress.
Card {
    id: card

    required property AssumptionsController lab

    Label {
        textFormat: Text.PlainText
        text: qsTr("What happened")
        font.bold: true
        color: Theme.text
    }
    Label {
        textFormat: Text.PlainText
        objectName: "explanation"
        Layout.fillWidth: true
        text: card.lab.explanation
        color: Theme.text
        wrapMode: Text.Wrap
    }
    Label {
        textFormat: Text.PlainText
        Layout.fillWidth: true
        visible: card.lab.question.text !== undefined
        text: qsTr("Check yourself")
        font.bold: true
        color: Theme.text
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
    ButtonGroup { id: answers }
    Repeater {
        model: card.lab.question.choices || []
        delegate: RadioButton {
            required property var modelData
            required property int index
            objectName: "answer" + index
            Layout.fillWidth: true
            text: modelData.label
            implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight)
            ButtonGroup.group: answers
            checked: card.lab.question.chosen === index
            onClicked: card.lab.answer(index)
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
    Label {
        textFormat: Text.PlainText
        objectName: "answerFeedback"
        Layout.fillWidth: true
        visible: text !== ""
        text: card.lab.question.answer || ""
        color: card.lab.question.correct ? Theme.good : Theme.bad
        wrapMode: Text.Wrap
    }
    RowLayout {
        Layout.fillWidth: true
        TextField {
            id: runName
            Layout.fillWidth: true
            implicitHeight: Theme.touchTarget
            placeholderText: qsTr("Name of this run (optional)")
            Accessible.name: qsTr("Name of this run")
        }
        AppButton {
            objectName: "saveRunButton"
            text: qsTr("Save run")
            enabled: card.lab.finished && card.lab.store !== null
            onClicked: {
                if (card.lab.saveRun(runName.text) !== "")
                    runName.text = ""
            }
            Accessible.name: text
        }
    }
    Label {
        textFormat: Text.PlainText
        Layout.fillWidth: true
        visible: card.lab.savedRuns.runs.length > 0
        //: %n saved runs of this lab
        text: qsTr("%n saved run(s) of this lab: %1", "", card.lab.savedRuns.runs.length)
              .arg(card.lab.savedRuns.runs.slice(0, 5).map(run => run.label).join(" · "))
        color: Theme.textMuted
        wrapMode: Text.Wrap
    }
}
