import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Loopwise

// Each assumption with what changes when it does not hold.
BlockBase {
    id: block
    Repeater {
        model: block.fields.items
        delegate: Card {
            required property var modelData
            Layout.fillWidth: true
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
                Layout.fillWidth: true
            }
            Rectangle {
                Layout.fillWidth: true
                implicitHeight: ifFalse.implicitHeight + Theme.spacing
                color: Theme.warningSoft
                radius: Theme.radius / 2
                ColumnLayout {
                    id: ifFalse
                    x: Theme.spacing / 2
                    y: Theme.spacing / 2
                    width: parent.width - Theme.spacing
                    spacing: Theme.unit / 2
                    Label {
                        textFormat: Text.PlainText
                        //: Column heading beside an assumption the module makes
                        text: qsTr("What changes if it is false")
                        font.bold: true
                        font.pixelSize: Theme.fontSmall
                        color: Theme.warning
                    }
                    MarkupText {
                        markup: modelData.ifFalse
                        Layout.fillWidth: true
                    }
                }
            }
        }
    }
}
