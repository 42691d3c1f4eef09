import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Loopwise

// Named pitfalls: a term in bold and what it means in practice.
BlockBase {
    id: block
    Repeater {
        model: block.fields.items
        delegate: Rectangle {
            required property var modelData
            Layout.fillWidth: true
            implicitHeight: inner.implicitHeight + Theme.spacing * 2
            color: Theme.badSoft
            radius: Theme.radius
            ColumnLayout {
                id: inner
                x: Theme.spacing
                y: Theme.spacing
                width: parent.width - Theme.spacing * 2
                spacing: Theme.unit / 2
                Label {
                    textFormat: Text.PlainText
                    text: modelData.term
                    font.bold: true
                    color: Theme.bad
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                MarkupText {
                    markup: modelData.text
                    Layout.fillWidth: true
                }
            }
        }
    }
}
