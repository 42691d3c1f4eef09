import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Loopwise

// An author's remark: set in italics beside the main line of the text.
BlockBase {
    id: block
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing
        Rectangle {
            Layout.fillHeight: true
            implicitWidth: 2
            color: Theme.border
        }
        MarkupText {
            markup: block.fields.text
            font.italic: true
            color: Theme.textMuted
            Layout.fillWidth: true
        }
    }
}
