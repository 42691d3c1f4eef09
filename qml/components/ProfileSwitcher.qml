import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Loopwise

// Who is learning on this device: switch, add, rename or remove a profile.
Card {
    id: switcher

    readonly property var store: Progress.store

    Label {
        text: qsTr("Learner")
        font.pixelSize: Theme.fontSmall
        font.capitalization: Font.AllUppercase
        color: Theme.textMuted
    }
    Flow {
        Layout.fillWidth: true
        spacing: Theme.unit
        AppComboBox {
            id: profiles
            objectName: "profileCombo"
            width: Math.min(Theme.unit * 36, switcher.width - Theme.spacing * 2)
            height: Theme.touchTarget
            model: switcher.store.profiles
            textRole: "name"
            valueRole: "id"
            // Both the list and the current id can change (switch, rename, import).
            currentIndex: {
                const list = switcher.store.profiles
                for (let i = 0; i < list.length; ++i) {
                    if (list[i].id === switcher.store.currentProfileId)
                        return i
                }
                return -1
            }
            Accessible.name: qsTr("Learner profile")
            onActivated: switcher.store.switchProfile(currentValue)
        }
        AppButton {
            text: qsTr("New learner")
            onClicked: {
                nameDialog.profileId = ""
                nameField.text = ""
                nameDialog.open()
            }
        }
        AppButton {
            text: qsTr("Rename")
            flat: true
            onClicked: {
                nameDialog.profileId = switcher.store.currentProfileId
                nameField.text = switcher.store.currentProfileName
                nameDialog.open()
            }
        }
        AppButton {
            text: qsTr("Remove")
            flat: true
            enabled: switcher.store.profiles.length > 1
            onClicked: removeDialog.open()
        }
    }

    AppDialog {
        id: nameDialog
        property string profileId: ""
        title: profileId ? qsTr("Rename learner") : qsTr("New learner")
        acceptText: profileId ? qsTr("Rename") : qsTr("Create")
        acceptEnabled: nameField.text.trim().length > 0
        onOpened: nameField.forceActiveFocus()
        onAccepted: {
            if (profileId)
                switcher.store.renameProfile(profileId, nameField.text.trim())
            else
                switcher.store.switchProfile(switcher.store.createProfile(nameField.text.trim()))
        }
        TextField {
            id: nameField
            placeholderText: qsTr("Name")
            maximumLength: 80
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touchTarget
            Accessible.name: qsTr("Learner name")
            onAccepted: if (nameDialog.acceptEnabled) { nameDialog.accepted(); nameDialog.close() }
        }
    }

    AppDialog {
        id: removeDialog
        title: qsTr("Remove %1?").arg(switcher.store.currentProfileName)
        acceptText: qsTr("Remove")
        onAccepted: switcher.store.deleteProfile(switcher.store.currentProfileId)
        Label {
            text: qsTr("Their progress and notes leave this list. A backup of everything is kept first, and its place is shown afterwards.")
            color: Theme.text
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
    }
}
