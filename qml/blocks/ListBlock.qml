import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Loopwise

// Bulleted or numbered items (outcomes are numbered).
BlockBase {
    id: block
    readonly property bool numbered: kind === "outcomes" || fields.ordered === true
    Repeater {
        model: block.fields.items
        delegate: RowLayout {
            required property int index
            required property string modelData
            Layout.fillWidth: true
            spacing: Theme.unit * 1.5
            Rectangle {
                Layout.alignment: Qt.AlignTop
                implicitWidth: block.numbered ? Theme.unit * 4 : Theme.unit
                implicitHeight: block.numbered ? Theme.unit * 4 : Theme.unit
                Layout.topMargin: block.numbered ? 0 : Theme.unit
                radius: width / 2
                color: block.numbered ? Theme.accentSoft : Theme.accent
                Label {
                    textFormat: Text.PlainText
                    anchors.centerIn: parent
                    visible: block.numbered
                    text: index + 1
                    color: Theme.accent
                    font.bold: true
                    font.pixelSize: Theme.fontSmall
                }
            }
            MarkupText {
                markup: modelData
                Layout.fillWidth: true
            }
        }
    }
}
