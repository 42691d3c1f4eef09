import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Loopwise

// "Mark this module complete" (and undo), with the author's hint on when.
BlockBase {
    id: block
    readonly property bool completed: Progress.store.revision >= 0
                                      && Progress.store.moduleStatus(block.moduleId) === "completed"
    Card {
        Layout.fillWidth: true
        color: block.completed ? Theme.goodSoft : Theme.surface
        Label {
            textFormat: Text.PlainText
            text: block.fields.text
            color: Theme.text
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacing
            AppButton {
                objectName: "markCompleteButton"
                text: block.completed ? qsTr("Mark as not complete") : qsTr("Mark this module complete")
                highlighted: !block.completed
                onClicked: block.completed ? Progress.store.markIncomplete(block.moduleId)
                                           : Progress.store.markComplete(block.moduleId)
            }
            Label {
                textFormat: Text.PlainText
                visible: block.completed
                height: Theme.touchTarget
                verticalAlignment: Text.AlignVCenter
                text: qsTr("✓ Completed")
                color: Theme.good
                font.bold: true
            }
        }
    }
}
