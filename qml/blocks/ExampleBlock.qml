import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Loopwise

// A worked example from practice.
BlockBase {
    id: block
    Card {
        Layout.fillWidth: true
        color: Theme.surfaceAlt
        Label {
            textFormat: Text.PlainText
            //: Small label above a worked example in the module text
            text: qsTr("Example")
            font.pixelSize: Theme.fontSmall
            font.capitalization: Font.AllUppercase
            font.bold: true
            color: Theme.accent
        }
        Label {
            textFormat: Text.PlainText
            text: block.fields.title
            font.bold: true
            color: Theme.text
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Repeater {
            model: Course.paragraphs(block.fields.text || "")
            delegate: MarkupText {
                required property string modelData
                markup: modelData
                Layout.fillWidth: true
            }
        }
    }
}
