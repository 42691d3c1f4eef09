import QtQuick
import QtQuick.Controls
import QtTest
import Loopwise

// The save-problem banner: one sentence in view, the technical side hidden until the
// learner asks for it, by mouse or keyboard.
Item {
    id: root
    width: 900
    height: 400

    QtObject {
        id: fakeStore
        property string notice: ""
        property string writeError: ""
        property string writeErrorDetails: ""
        function clearNotice() { notice = "" }
    }

    StoreBanner {
        id: banner
        width: root.width
        store: fakeStore
    }

    TestCase {
        name: "StoreBanner"
        when: windowShown

        function init() {
            fakeStore.notice = ""
            fakeStore.writeError = ""
            fakeStore.writeErrorDetails = ""
        }

        function showProblem() {
            fakeStore.writeErrorDetails = "Progress folder: /data\nError reported by the database: database is locked"
            fakeStore.writeError = "Your latest work could not be saved yet, so Loopwise holds on to it and keeps trying."
        }

        function test_detailsHiddenUntilAskedFor() {
            verify(!banner.visible)
            showProblem()
            verify(banner.visible)
            const sentence = findChild(banner, "writeErrorText")
            compare(sentence.text, fakeStore.writeError)
            const details = findChild(banner, "writeErrorDetailsText")
            const button = findChild(banner, "writeErrorDetailsButton")
            verify(button.visible)
            verify(!details.visible, "details stay hidden until asked for")
            verify(button.Accessible.name.length > 0)
            const nameWhenFolded = button.Accessible.name

            mouseClick(button)
            verify(details.visible)
            compare(details.text, fakeStore.writeErrorDetails)
            verify(button.Accessible.name !== nameWhenFolded, "the name says what the button does now")
            mouseClick(button)
            verify(!details.visible)
        }

        function test_detailsByKeyboard() {
            showProblem()
            const button = findChild(banner, "writeErrorDetailsButton")
            const details = findChild(banner, "writeErrorDetailsText")
            verify(button.activeFocusOnTab, "reachable with Tab")
            button.forceActiveFocus(Qt.TabFocusReason)
            verify(button.activeFocus)
            keyClick(Qt.Key_Space)
            verify(details.visible)
            keyClick(Qt.Key_Space)
            verify(!details.visible)
        }

        function test_newProblemFoldsDetailsAgain() {
            showProblem()
            mouseClick(findChild(banner, "writeErrorDetailsButton"))
            verify(findChild(banner, "writeErrorDetailsText").visible)
            fakeStore.writeError = "The disk is full, so Loopwise holds on to your latest work and saves it as soon as there is space again."
            verify(!findChild(banner, "writeErrorDetailsText").visible)
        }

        function test_noDetailsNoButton() {
            fakeStore.writeError = "Some problem."
            verify(!findChild(banner, "writeErrorDetailsButton").visible)
        }
    }
}
