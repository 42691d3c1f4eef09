import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Loopwise

// One prompt (A or B): its editor with the analyser's marks in the text, the pattern
// buttons with the last change shown and an undo, and the clarity signals with where they are.
Card {
    id: card

    required property PromptsLab lab
    required property int prompt
    required property PromptPatternSettings patterns
    readonly property bool isB: prompt === PromptsLab.B
    readonly property string letter: isB ? "B" : "A"
    readonly property string text: isB ? lab.promptB : lab.promptA
    readonly property string diff: isB ? lab.diffB : lab.diffA
    readonly property bool canUndo: isB ? lab.canUndoB : lab.canUndoA
    readonly property var signalList: isB ? lab.signalsB : lab.signalsA

    Label {
        textFormat: Text.PlainText
        Layout.fillWidth: true
        //: Heading of one of the two prompt editors; %1 is A or B
        text: qsTr("Prompt %1").arg(card.letter)
        font.bold: true
        font.pixelSize: Theme.fontHeading
        color: Theme.text
    }
    TextArea {
        id: editor
        objectName: "editor" + card.letter
        Layout.fillWidth: true
        Layout.minimumHeight: Theme.touchTarget * 4
        wrapMode: TextEdit.Wrap
        selectByMouse: true
        textFormat: TextEdit.PlainText
        color: Theme.text
        //: Accessible name of a prompt editor; %1 is A or B
        Accessible.name: qsTr("Prompt %1").arg(card.letter)
        background: Rectangle {
            color: Theme.surface
            border.color: editor.activeFocus ? Theme.accent : Theme.border
            border.width: editor.activeFocus ? 2 : 1
            radius: Theme.radius / 2
        }
        // The lab's text is the truth: typing writes it, patterns and tasks come back here.
        text: card.text
        onTextChanged: if (text !== card.text) card.setPrompt(text)
        PromptHighlighter {
            lab: card.lab
            prompt: card.prompt
            document: editor.textDocument
        }
    }
    Flow {
        Layout.fillWidth: true
        spacing: Theme.unit
        AppButton {
            objectName: "patternRole" + card.letter
            //: Pattern button of the prompts lab: adds "You are <role>." at the top of the prompt
            text: qsTr("Add a role")
            onClicked: card.lab.addRole(card.prompt, card.patterns.role)
        }
        AppButton {
            objectName: "patternCaseExamples" + card.letter
            //: Pattern button of the prompts lab: adds few-shot examples taken from the task's test cases
            text: qsTr("Examples from the cases")
            onClicked: card.lab.addCaseExamples(card.prompt, card.patterns.caseExamples)
        }
        AppButton {
            objectName: "patternOwnExamples" + card.letter
            //: Pattern button of the prompts lab: adds the learner's own few-shot examples
            text: qsTr("Your examples")
            onClicked: card.lab.addOwnExamples(card.prompt, card.patterns.ownExamples)
        }
        AppButton {
            objectName: "patternSteps" + card.letter
            //: Pattern button of the prompts lab: adds an instruction to think step by step
            text: qsTr("Step by step")
            onClicked: card.lab.addStepByStep(card.prompt)
        }
        AppButton {
            objectName: "patternFormat" + card.letter
            //: Pattern button of the prompts lab: adds the answer format
            text: qsTr("Output format")
            onClicked: card.lab.addOutputFormat(card.prompt, card.patterns.format)
        }
        AppButton {
            objectName: "patternDelimiters" + card.letter
            //: Pattern button of the prompts lab: puts the input between tags
            text: qsTr("Delimiters")
            onClicked: card.lab.addDelimiters(card.prompt)
        }
        AppButton {
            objectName: "undoPattern" + card.letter
            //: Button of the prompts lab: takes back the last pattern added to this prompt
            text: qsTr("Undo pattern")
            enabled: card.canUndo
            onClicked: card.lab.undoPattern(card.prompt)
        }
    }
    ColumnLayout {
        Layout.fillWidth: true
        visible: card.diff !== ""
        spacing: Theme.unit / 2
        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            //: Above the prompt as the last pattern changed it
            text: qsTr("The pattern's change: what it inserted is bold and underlined.")
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
        }
        Label {
            objectName: "diff" + card.letter
            Layout.fillWidth: true
            textFormat: Text.RichText
            text: card.diff
            color: Theme.text
            wrapMode: Text.Wrap
            padding: Theme.unit
            background: Rectangle { color: Theme.surfaceAlt; radius: Theme.radius / 2 }
        }
    }
    Label {
        textFormat: Text.PlainText
        Layout.fillWidth: true
        text: card.signalList.length === 0
              //: Under a prompt editor: the analyser found no sign of an unclear prompt
              ? qsTr("No clarity signals.")
              //: Heading above the list of signs that a prompt is unclear (vague words, conflicts, ...)
              : qsTr("Clarity signals (wavy orange underline):")
        font.bold: true
        color: Theme.text
        wrapMode: Text.Wrap
    }
    Repeater {
        model: card.signalList
        delegate: Label {
            required property var modelData
            textFormat: Text.PlainText
            Layout.fillWidth: true
            //: One sign that a prompt is unclear: %1 its line number, %2 what it is (e.g. Vague word), %3 the words
            text: qsTr("Line %1, %2: \"%3\"").arg(modelData.line).arg(modelData.title).arg(modelData.excerpt)
            color: Theme.text
            wrapMode: Text.Wrap
        }
    }

    function setPrompt(value) {
        if (isB)
            lab.promptB = value
        else
            lab.promptA = value
    }
}
