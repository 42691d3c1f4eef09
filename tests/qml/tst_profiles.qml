import QtQuick
import QtQuick.Controls
import QtTest
import Loopwise

// The learner switcher on the home page: its dialogs are made on first use and
// work by mouse and keyboard.
Item {
    id: root
    width: 900
    height: 700

    ProfileSwitcher {
        id: switcher
        width: 700
    }

    TestCase {
        name: "Profiles"
        when: windowShown

        function dialogOf(loaderName) {
            const loader = findChild(switcher, loaderName)
            verify(loader)
            return loader
        }

        function test_1_dialogsAreMadeOnFirstUse() {
            verify(!dialogOf("nameDialogLoader").active)
            verify(!dialogOf("removeDialogLoader").active)
            // Hidden loaders take no room: the card is as tall as its label and buttons.
            const buttons = findChild(switcher, "newLearnerButton")
            verify(switcher.height < buttons.height * 3)
        }

        function test_2_newLearnerByKeyboard() {
            const store = Progress.store
            const before = store.profiles.length
            mouseClick(findChild(switcher, "newLearnerButton"))
            const dialog = dialogOf("nameDialogLoader").item
            verify(dialog)
            tryVerify(() => dialog.opened, 3000)
            const field = findChild(dialog.contentItem, "learnerNameField")
            verify(field)
            tryVerify(() => field.activeFocus, 3000)
            const accept = findChild(dialog.contentItem, "dialogAccept")
            verify(!accept.enabled, "no name yet, nothing to create")
            keyClick("A")
            keyClick(Qt.Key_D)
            keyClick(Qt.Key_A)
            verify(accept.enabled)
            keyClick(Qt.Key_Return)
            tryVerify(() => !dialog.visible, 3000)
            tryCompare(store.profiles, "length", before + 1, 3000)
            tryCompare(store, "currentProfileName", "Ada", 3000)
        }

        function test_3_renameByMouse() {
            const store = Progress.store
            mouseClick(findChild(switcher, "renameLearnerButton"))
            const dialog = dialogOf("nameDialogLoader").item
            tryVerify(() => dialog.opened, 3000)
            const field = findChild(dialog.contentItem, "learnerNameField")
            compare(field.text, store.currentProfileName)
            field.selectAll()
            keyClick("G")
            keyClick(Qt.Key_R)
            keyClick(Qt.Key_A)
            keyClick(Qt.Key_C)
            keyClick(Qt.Key_E)
            mouseClick(findChild(dialog.contentItem, "dialogAccept"))
            tryVerify(() => !dialog.visible, 3000)
            tryCompare(store, "currentProfileName", "Grace", 3000)
        }

        function test_4_removeAsksFirstAndCancelKeepsTheLearner() {
            const store = Progress.store
            const before = store.profiles.length
            mouseClick(findChild(switcher, "removeLearnerButton"))
            const dialog = dialogOf("removeDialogLoader").item
            verify(dialog)
            tryVerify(() => dialog.opened, 3000)
            compare(dialog.title, "Remove Grace?")
            keyClick(Qt.Key_Escape)
            tryVerify(() => !dialog.visible, 3000)
            compare(store.profiles.length, before)
        }
    }
}
