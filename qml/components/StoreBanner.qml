import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Loopwise

// Tells the learner, plainly, what the progress store had to do (a recovery,
// a kept backup) or why recent work is not saved yet. A save problem is one
// sentence; its technical side (folder, database message) waits behind "Details".
ColumnLayout {
    id: banner

    // The app's store; tests hand in a stand-in with the same properties.
    property var store: Progress.store
    property bool detailsShown: false

    spacing: 0
    visible: store.notice.length > 0 || store.writeError.length > 0

    Connections {
        target: banner.store
        // A new problem starts with its details folded away again.
        function onWriteErrorChanged() { banner.detailsShown = false }
    }

    Rectangle {
        visible: banner.store.writeError.length > 0
        Layout.fillWidth: true
        implicitHeight: writeColumn.implicitHeight + Theme.unit * 2
        color: Theme.badSoft
        ColumnLayout {
            id: writeColumn
            x: Theme.spacing
            y: Theme.unit
            width: parent.width - Theme.spacing * 2
            spacing: 0
            RowLayout {
                Layout.fillWidth: true
                Label {
                    textFormat: Text.PlainText
                    objectName: "writeErrorText"
                    text: banner.store.writeError
                    color: Theme.bad
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                AppButton {
                    objectName: "writeErrorDetailsButton"
                    visible: banner.store.writeErrorDetails.length > 0
                    flat: true
                    text: banner.detailsShown
                          //: Button that hides the technical side of a save problem.
                          ? qsTr("Hide details")
                          //: Button that shows the technical side of a save problem.
                          : qsTr("Details")
                    Accessible.name: banner.detailsShown
                                     //: Screen-reader name of the button that hides a save problem's technical details.
                                     ? qsTr("Hide the technical details of the save problem")
                                     //: Screen-reader name of the button that shows a save problem's technical details.
                                     : qsTr("Show the technical details of the save problem")
                    onClicked: banner.detailsShown = !banner.detailsShown
                }
            }
            Label {
                objectName: "writeErrorDetailsText"
                visible: banner.detailsShown && text.length > 0
                textFormat: Text.PlainText
                text: banner.store.writeErrorDetails
                color: Theme.text
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.WrapAnywhere
                Layout.fillWidth: true
                Layout.bottomMargin: Theme.unit
            }
        }
    }
    Rectangle {
        visible: banner.store.notice.length > 0
        Layout.fillWidth: true
        implicitHeight: noticeRow.implicitHeight + Theme.unit * 2
        color: Theme.warningSoft
        RowLayout {
            id: noticeRow
            x: Theme.spacing
            y: Theme.unit
            width: parent.width - Theme.spacing * 2
            Label {
                textFormat: Text.PlainText
                objectName: "storeNoticeText"
                text: banner.store.notice
                color: Theme.text
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            AppButton {
                text: qsTr("Dismiss")
                flat: true
                onClicked: banner.store.clearNotice()
            }
        }
    }
}
