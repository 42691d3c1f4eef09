import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Loopwise

// "Save this pair": the task and both prompts (as a lab link) with the learner's note, kept
// in their progress; the pairs saved before, each one to open again.
Card {
    id: card

    required property PromptsLab lab

    Label {
        textFormat: Text.PlainText
        Layout.fillWidth: true
        //: Heading of the prompts lab's card to keep the two prompts with a note
        text: qsTr("Save this pair")
        font.bold: true
        color: Theme.text
    }
    TextArea {
        id: note
        objectName: "pairNoteField"
        Layout.fillWidth: true
        Layout.minimumHeight: Theme.touchTarget * 1.5
        wrapMode: TextEdit.Wrap
        //: Placeholder of the note saved with a pair of prompts
        placeholderText: qsTr("Your note: what do you expect B to change, and why?")
        Accessible.name: qsTr("Note for this pair")
    }
    AppButton {
        objectName: "savePairButton"
        text: qsTr("Save this pair")
        enabled: card.lab.store !== null
        onClicked: {
            if (card.lab.savePair(note.text) !== "")
                note.text = ""
        }
    }
    Repeater {
        model: card.lab.savedPairs
        delegate: RowLayout {
            required property var modelData
            Layout.fillWidth: true
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                //: A saved pair of prompts: %1 its task, %2 the learner's note
                text: modelData.note ? qsTr("%1: %2").arg(modelData.label).arg(modelData.note) : modelData.label
                color: Theme.text
                wrapMode: Text.Wrap
            }
            AppButton {
                //: Button beside a saved pair of prompts: loads it into the editors again
                text: qsTr("Open")
                Accessible.name: qsTr("Open the pair %1").arg(modelData.label)
                onClicked: card.lab.openPair(modelData.id)
            }
        }
    }
}
