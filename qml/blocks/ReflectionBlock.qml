import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Loopwise

BlockBase {
    id: block
    Card {
        Layout.fillWidth: true
        Label {
            text: qsTr("Reflection")
            font.pixelSize: Theme.fontSmall
            font.capitalization: Font.AllUppercase
            font.bold: true
            color: Theme.accent
        }
        NoteField {
            label: block.fields.prompt
            hint: qsTr("Write a few sentences in your own words.")
            Layout.fillWidth: true
        }
    }
}
