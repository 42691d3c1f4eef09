import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Loopwise

// Who is learning on this device: switch, add, rename or remove a profile.
Card {
    id: switcher

    readonly property var store: Progress.store

    Label {
        textFormat: Text.PlainText
        //: Label before the chooser of the learner profile on this device
        text: qsTr("Learner")
        font.pixelSize: Theme.fontSmall
        font.capitalization: Font.AllUppercase
        color: Theme.textMuted
    }
    Flow {
        // Nothing to switch, add or remove while the store loads a profile, imports or exports.
        enabled: !switcher.store.busy
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
            objectName: "newLearnerButton"
            text: qsTr("New learner")
            onClicked: {
                nameDialog.active = true
                nameDialog.item.start("", "")
            }
        }
        AppButton {
            objectName: "renameLearnerButton"
            //: Button: rename the current learner
            text: qsTr("Rename")
            flat: true
            onClicked: {
                nameDialog.active = true
                nameDialog.item.start(switcher.store.currentProfileId, switcher.store.currentProfileName)
            }
        }
        AppButton {
            objectName: "removeLearnerButton"
            //: Button: remove the current learner from this device
            text: qsTr("Remove")
            flat: true
            enabled: switcher.store.profiles.length > 1
            onClicked: {
                removeDialog.active = true
                removeDialog.item.open()
            }
        }
    }

    StoreBusyRow {
        objectName: "profileBusy"
        visible: switcher.store.busyWith === "switch"
    }

    // The dialogs are made the first time they are needed; hidden, their loaders
    // take no room in the card.
    Loader {
        id: nameDialog
        objectName: "nameDialogLoader"
        active: false
        visible: false
        source: Qt.resolvedUrl("ProfileNameDialog.qml")
    }
    Loader {
        id: removeDialog
        objectName: "removeDialogLoader"
        active: false
        visible: false
        source: Qt.resolvedUrl("ProfileRemoveDialog.qml")
    }
}
