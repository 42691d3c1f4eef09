import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Loopwise

// Names a new learner, or renames one.
AppDialog {
    id: dialog

    readonly property var store: Progress.store
    property string profileId: ""  // empty: a new learner

    function start(id, name) {
        profileId = id
        nameField.text = name
        open()
    }

    title: profileId ? qsTr("Rename learner") : qsTr("New learner")
    acceptText: profileId ? qsTr("Rename") : qsTr("Create")
    acceptEnabled: nameField.text.trim().length > 0
    onOpened: nameField.forceActiveFocus()
    onAccepted: {
        if (profileId)
            store.renameProfile(profileId, nameField.text.trim())
        else
            store.switchProfile(store.createProfile(nameField.text.trim()))
    }

    TextField {
        id: nameField
        objectName: "learnerNameField"
        //: Placeholder of the field for a learner's name
        placeholderText: qsTr("Name")
        maximumLength: 80
        Layout.fillWidth: true
        Layout.preferredHeight: Theme.touchTarget
        Accessible.name: qsTr("Learner name")
        onAccepted: if (dialog.acceptEnabled) { dialog.accepted(); dialog.close() }
    }
}
