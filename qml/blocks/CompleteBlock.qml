import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Loopwise

// "Mark this module complete" with the author's hint on when to do it.
BlockBase {
    id: block
    property bool completed: false
    Card {
        Layout.fillWidth: true
        color: block.completed ? Theme.goodSoft : Theme.surface
        Label {
            text: block.fields.text
            color: Theme.text
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        RowLayout {
            spacing: Theme.spacing
            AppButton {
                objectName: "markCompleteButton"
                text: block.completed ? qsTr("Mark as not complete") : qsTr("Mark this module complete")
                highlighted: !block.completed
                implicitHeight: Theme.touchTarget
                onClicked: block.completed = !block.completed
            }
            Label {
                visible: block.completed
                text: qsTr("✓ Completed")
                color: Theme.good
                font.bold: true
            }
        }
    }
}
