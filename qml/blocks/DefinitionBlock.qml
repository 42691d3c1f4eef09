import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Loopwise

// A key term defined in a box of its own (from the glossary).
BlockBase {
    id: block
    readonly property var entry: Course.term(fields.term)
    Rectangle {
        Layout.fillWidth: true
        implicitHeight: inner.implicitHeight + Theme.spacing * 2
        color: Theme.bestSoft
        border.color: Theme.best
        radius: Theme.radius
        ColumnLayout {
            id: inner
            x: Theme.spacing
            y: Theme.spacing
            width: parent.width - Theme.spacing * 2
            spacing: Theme.unit / 2
            Label {
                textFormat: Text.PlainText
                //: Small label above a definition in the module text
                text: qsTr("Key term")
                font.pixelSize: Theme.fontSmall
                font.capitalization: Font.AllUppercase
                font.bold: true
                color: Theme.best
            }
            Label {
                textFormat: Text.PlainText
                text: block.entry.term || ""
                font.bold: true
                font.pixelSize: Theme.fontBody * 1.1
                color: Theme.text
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Label {
                textFormat: Text.PlainText
                text: block.entry.definition || ""
                color: Theme.text
                wrapMode: Text.Wrap
                lineHeight: 1.2
                Layout.fillWidth: true
            }
        }
    }
}
