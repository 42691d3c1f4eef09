import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Loopwise

// A note the learner writes and keeps: the decision note (assumption,
// evidence, chosen action) or the model note. Saved as they type, with history.
// Lab runs attached as evidence show their charts under the evidence field.
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
            delegate: ColumnLayout {
                id: fieldColumn
                required property var modelData
                spacing: Theme.unit
                Layout.fillWidth: true
                NoteField {
                    objectName: "noteField_" + fieldColumn.modelData.id
                    label: fieldColumn.modelData.label
                    hint: fieldColumn.modelData.hint
                    text: editor.fields[fieldColumn.modelData.id] || ""
                    Layout.fillWidth: true
                    onEdited: editor.setField(fieldColumn.modelData.id, text)
                }
                // The charts of lab runs attached as evidence, under the field their text went to.
                Loader {
                    active: fieldColumn.modelData.id === "evidence"
                    visible: active && editor.evidence.length > 0
                    Layout.fillWidth: true
                    sourceComponent: EvidenceCharts { editor: block.editor }
                }
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
