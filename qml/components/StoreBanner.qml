import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Loopwise

// Tells the learner, plainly, what the progress store had to do (a recovery,
// a kept backup) or why recent work is not saved yet.
ColumnLayout {
    id: banner

    readonly property var store: Progress.store

    spacing: 0
    visible: store.notice.length > 0 || store.writeError.length > 0

    Rectangle {
        visible: banner.store.writeError.length > 0
        Layout.fillWidth: true
        implicitHeight: writeRow.implicitHeight + Theme.unit * 2
        color: Theme.badSoft
        RowLayout {
            id: writeRow
            x: Theme.spacing
            y: Theme.unit
            width: parent.width - Theme.spacing * 2
            Label {
                textFormat: Text.PlainText
                objectName: "writeErrorText"
                text: qsTr("Your latest work is not saved yet: %1. It stays here and is saved as soon as it can be.")
                          .arg(banner.store.writeError)
                color: Theme.bad
                wrapMode: Text.Wrap
                Layout.fillWidth: true
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
