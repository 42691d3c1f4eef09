import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Loopwise

// Numbered rules of thumb, each with a title and why it matters.
BlockBase {
    id: block
    Repeater {
        model: block.fields.items
        delegate: Card {
            required property int index
            required property var modelData
            Layout.fillWidth: true
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                Label {
                    textFormat: Text.PlainText
                    Layout.alignment: Qt.AlignTop
                    text: index + 1
                    font.pixelSize: Theme.fontTitle
                    font.bold: true
                    color: Theme.accent
                }
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: Theme.unit / 2
                    Label {
                        textFormat: Text.PlainText
                        text: modelData.title
                        font.bold: true
                        color: Theme.text
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    MarkupText {
                        markup: modelData.text
                        color: Theme.textMuted
                        Layout.fillWidth: true
                    }
                }
            }
        }
    }
}
