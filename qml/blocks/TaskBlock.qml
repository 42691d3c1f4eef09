import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Loopwise

// An optional practice task, with a way into its lab.
BlockBase {
    id: block
    Card {
        Layout.fillWidth: true
        Label {
            textFormat: Text.PlainText
            text: block.fields.title
            font.bold: true
            color: Theme.text
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        MarkupText {
            markup: block.fields.text
            Layout.fillWidth: true
        }
        AppButton {
            visible: !!block.fields.lab
            text: qsTr("Open the lab: %1").arg(Course.lab(block.fields.lab || "").title || "")
            implicitHeight: Theme.touchTarget
            onClicked: Navigation.open(Routes.lab(block.fields.lab))
        }
    }
}
