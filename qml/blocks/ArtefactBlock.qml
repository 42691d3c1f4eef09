import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Loopwise

// A note the learner writes and keeps: the decision note (assumption,
// evidence, chosen action) or the model note. Saved as they type, with history.
BlockBase {
    id: block
    objectName: "artefact_" + blockId
    property alias editor: editor

    NoteEditor {
        id: editor
        kind: block.fields.note || "decision"
    }

    Card {
        Layout.fillWidth: true
        Label {
            textFormat: Text.PlainText
            //: Small label above a note the module asks the learner to write (a decision note, a model note)
            text: qsTr("Artefact")
            font.pixelSize: Theme.fontSmall
            font.capitalization: Font.AllUppercase
            font.bold: true
            color: Theme.accent
        }
        Label {
            textFormat: Text.PlainText
            text: block.fields.title
            font.bold: true
            font.pixelSize: Theme.fontBody * 1.1
            color: Theme.text
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        MarkupText {
            markup: block.fields.text
            Layout.fillWidth: true
        }
        Repeater {
            model: block.fields.fields
            delegate: NoteField {
                required property var modelData
                objectName: "noteField_" + modelData.id
                label: modelData.label
                hint: modelData.hint
                text: editor.fields[modelData.id] || ""
                Layout.fillWidth: true
                onEdited: editor.setField(modelData.id, text)
            }
        }
        NoteTools {
            editor: editor
            //: Suggested file names for exporting a note: short, no spaces
            fileStem: editor.kind === "model" ? qsTr("model-note") : qsTr("decision-note")
            Layout.fillWidth: true
        }
    }
}
