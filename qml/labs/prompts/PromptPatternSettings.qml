import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Loopwise

// What the pattern helpers write: the role, the answer format, the learner's own examples
// and how many examples to draw from the task's test cases; and, in plain words, which
// patterns show their effect only on a large model. Each editor has the buttons.
Card {
    id: card

    required property PromptsLab lab
    property alias role: roleField.text
    property alias format: formatField.text
    property alias ownExamples: examplesField.text
    property alias caseExamples: caseCount.value

    Label {
        textFormat: Text.PlainText
        Layout.fillWidth: true
        //: Heading of the prompts lab's card for the pattern helpers (add a role, examples, ...)
        text: qsTr("Patterns to try")
        font.bold: true
        color: Theme.text
    }
    GridLayout {
        Layout.fillWidth: true
        columns: card.width >= Theme.unit * 90 ? 2 : 1
        columnSpacing: Theme.spacing
        TextField {
            id: roleField
            objectName: "roleField"
            Layout.fillWidth: true
            implicitHeight: Theme.touchTarget
            //: Field of the prompts lab: the role the "Role" pattern writes ("You are ...")
            placeholderText: qsTr("Role, e.g. a support lead")
            text: qsTr("a support lead")
            Accessible.name: qsTr("Role to add")
        }
        TextField {
            id: formatField
            objectName: "formatField"
            Layout.fillWidth: true
            implicitHeight: Theme.touchTarget
            //: Field of the prompts lab: the answer format the "Format" pattern writes
            placeholderText: qsTr("Answer format, e.g. urgent / normal")
            text: card.lab.suggestedFormat
            Accessible.name: qsTr("Answer format to add")
        }
        TextArea {
            id: examplesField
            objectName: "ownExamplesField"
            Layout.fillWidth: true
            Layout.minimumHeight: Theme.touchTarget * 1.5
            wrapMode: TextEdit.Wrap
            //: Field of the prompts lab: the learner's own few-shot examples
            placeholderText: qsTr("Your own examples, one a line: input | answer")
            Accessible.name: qsTr("Your own examples")
        }
        RowLayout {
            Layout.fillWidth: true
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                //: Label of a number box: how many few-shot examples to take from the task's test cases
                text: qsTr("Examples drawn from the test cases")
                color: Theme.text
                wrapMode: Text.Wrap
            }
            SpinBox {
                id: caseCount
                objectName: "caseExampleCount"
                from: 1
                to: 8
                value: 4
                implicitHeight: Theme.touchTarget
                Accessible.name: qsTr("Examples drawn from the test cases")
            }
        }
    }
    Label {
        objectName: "largeModelNote"
        textFormat: Text.PlainText
        Layout.fillWidth: true
        text: qsTr("Some patterns need a large model to show their effect. Asking for steps (chain of thought) helps only large models on reasoning tasks, and a persona changes the style of an answer, not whether it is right. The built-in demonstration model does not reason: try those patterns on a local model too.")
        color: Theme.textMuted
        wrapMode: Text.Wrap
    }
}
