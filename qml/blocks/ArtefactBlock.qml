import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Loopwise

// The decision note: assumption, evidence and chosen action.
BlockBase {
    id: block
    Card {
        Layout.fillWidth: true
        Label {
            text: qsTr("Artefact")
            font.pixelSize: Theme.fontSmall
            font.capitalization: Font.AllUppercase
            font.bold: true
            color: Theme.accent
        }
        Label {
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
                label: modelData.label
                hint: modelData.hint
                Layout.fillWidth: true
            }
        }
    }
}
