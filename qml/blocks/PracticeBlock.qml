import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Loopwise

// Good, bad and best practice side by side (stacked when narrow).
BlockBase {
    id: block
    Label {
        textFormat: Text.PlainText
        text: block.fields.title || ""
        visible: text.length > 0
        font.bold: true
        color: Theme.text
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    GridLayout {
        Layout.fillWidth: true
        columns: block.width >= 640 ? 3 : 1
        columnSpacing: Theme.unit
        rowSpacing: Theme.unit
        Repeater {
            model: [
                //: Labels of three examples: acceptable, to avoid, and the best way to do something
                { label: qsTr("Good practice"), text: block.fields.good, tint: Theme.good, soft: Theme.goodSoft },
                { label: qsTr("Bad practice"), text: block.fields.bad, tint: Theme.bad, soft: Theme.badSoft },
                { label: qsTr("Best practice"), text: block.fields.best, tint: Theme.best, soft: Theme.bestSoft }
            ]
            delegate: Rectangle {
                required property var modelData
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 1
                implicitHeight: inner.implicitHeight + Theme.spacing * 2
                color: modelData.soft
                radius: Theme.radius
                border.color: modelData.tint
                border.width: 1
                ColumnLayout {
                    id: inner
                    x: Theme.spacing
                    y: Theme.spacing
                    width: parent.width - Theme.spacing * 2
                    spacing: Theme.unit / 2
                    Label {
                        textFormat: Text.PlainText
                        text: modelData.label
                        font.bold: true
                        color: modelData.tint
                    }
                    MarkupText {
                        markup: modelData.text
                        Layout.fillWidth: true
                    }
                }
            }
        }
    }
}
