import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Loopwise

// The lab's message to the learner (a refused change or link, an import problem, a saved
// run), in one sentence, until the learner closes it or the next one comes.
Rectangle {
    id: banner

    required property LabController lab
    property alias textObjectName: messageText.objectName

    visible: messageText.text !== ""
    implicitHeight: messageRow.implicitHeight + Theme.unit * 2
    color: Theme.warningSoft
    border.color: Theme.warning
    radius: Theme.radius
    RowLayout {
        id: messageRow
        x: Theme.unit
        y: Theme.unit
        width: parent.width - Theme.unit * 2
        Label {
            id: messageText
            textFormat: Text.PlainText
            Layout.fillWidth: true
            color: Theme.text
            wrapMode: Text.Wrap
            Connections {
                target: banner.lab
                function onMessageChanged() { messageText.text = banner.lab.message }
            }
        }
        AppButton {
            text: qsTr("Close")
            flat: true
            onClicked: messageText.text = ""
        }
    }
}
