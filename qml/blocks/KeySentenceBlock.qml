import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Loopwise

// The one sentence to keep, set apart so it stays with the reader.
BlockBase {
    id: block
    Rectangle {
        Layout.fillWidth: true
        implicitHeight: sentence.implicitHeight + Theme.spacing * 2
        color: Theme.accentSoft
        radius: Theme.radius
        Rectangle {
            width: 4
            height: parent.height
            color: Theme.accent
            radius: 2
            anchors.left: parent.left
        }
        MarkupText {
            id: sentence
            markup: block.fields.text
            anchors.fill: parent
            anchors.margins: Theme.spacing
            anchors.leftMargin: Theme.spacing * 1.5
            font.pixelSize: Theme.fontHeading
            font.bold: true
        }
    }
}
