import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Loopwise

// Asks before the current learner leaves the list.
AppDialog {
    readonly property var store: Progress.store

    //: Title of the dialog that removes a learner; %1 is the learner's name
    title: qsTr("Remove %1?").arg(store.currentProfileName)
    //: Button: remove the learner
    acceptText: qsTr("Remove")
    onAccepted: store.deleteProfile(store.currentProfileId)

    Label {
        textFormat: Text.PlainText
        text: qsTr("Their progress and notes leave this list. A backup of everything is kept first, and its place is shown afterwards.")
        color: Theme.text
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
}
