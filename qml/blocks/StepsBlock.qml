import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Loopwise

// Numbered steps joined by a line, each with a short explanation.
BlockBase {
    id: block
    spacing: 0
    Repeater {
        model: block.fields.items
        delegate: RowLayout {
            required property int index
            required property var modelData
            Layout.fillWidth: true
            spacing: Theme.spacing
            ColumnLayout {
                Layout.fillHeight: true
                spacing: 0
                Rectangle {
                    implicitWidth: Theme.unit * 5
                    implicitHeight: Theme.unit * 5
                    radius: width / 2
                    color: Theme.accent
                    Label {
                        textFormat: Text.PlainText
                        anchors.centerIn: parent
                        text: index + 1
                        color: Theme.surface
                        font.bold: true
                    }
                }
                Rectangle {
                    visible: index + 1 < block.fields.items.length
                    Layout.alignment: Qt.AlignHCenter
                    Layout.fillHeight: true
                    implicitWidth: 2
                    implicitHeight: Theme.unit
                    color: Theme.border
                }
            }
            ColumnLayout {
                Layout.fillWidth: true
                Layout.bottomMargin: Theme.spacing
                spacing: Theme.unit / 2
                Label {
                    textFormat: Text.PlainText
                    text: modelData.title
                    font.bold: true
                    color: Theme.text
                    Layout.topMargin: Theme.unit
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
