import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Loopwise

// The reflection question, answered in the learner's own words and kept.
BlockBase {
    id: block

    NoteEditor {
        id: editor
        kind: "reflection"
    }

    Card {
        Layout.fillWidth: true
        Label {
            textFormat: Text.PlainText
            //: Heading of the box where the learner writes a reflection
            text: qsTr("Reflection")
            font.pixelSize: Theme.fontSmall
            font.capitalization: Font.AllUppercase
            font.bold: true
            color: Theme.accent
        }
        NoteField {
            label: block.fields.prompt
            hint: qsTr("Write a few sentences in your own words.")
            text: editor.fields.text || ""
            Layout.fillWidth: true
            onEdited: editor.setField("text", text)
        }
        NoteTools {
            editor: editor
            canExport: false
            Layout.fillWidth: true
        }
    }
}
