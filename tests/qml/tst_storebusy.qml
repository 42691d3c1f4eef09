import QtQuick
import QtQuick.Controls
import QtTest
import Loopwise

// The pages show the store's work while it runs on the store's thread: the controls wait,
// a spinner and a sentence say what is under way, and the answer appears when it comes.
Item {
    id: root
    width: 900
    height: 1400

    SettingsPage {
        id: settings
        width: 900
        height: 900
    }
    ProfileSwitcher {
        id: switcher
        y: 900
        width: 700
    }
    NoteEditor {
        id: editor
        kind: "decision"
    }
    NoteTools {
        id: tools
        y: 1200
        width: 700
        editor: editor
    }

    TestCase {
        name: "StoreBusy"
        when: windowShown

        // No folder of that name exists, so the export fails and says why.
        readonly property string nowhere: "/nonexistent-loopwise-folder/out"

        function test_exportOnTheSettingsPage() {
            const buttons = findChild(settings, "teacherTools")
            const busy = findChild(settings, "teacherToolsBusy")
            const result = findChild(settings, "teacherToolsResult")
            verify(buttons && busy && result)
            verify(buttons.enabled)
            verify(!busy.visible)
            Progress.store.exportXapi(nowhere + ".jsonl")
            verify(Progress.store.busy)
            verify(!buttons.enabled, "one export at a time")
            verify(busy.visible)
            tryVerify(() => !Progress.store.busy, 10000)
            verify(buttons.enabled)
            verify(!busy.visible)
            compare(result.text, Progress.store.lastError)
            verify(result.text.length > 0)
        }

        function test_importOnTheSettingsPage() {
            const result = findChild(settings, "teacherToolsResult")
            Progress.store.importProfile(nowhere + ".json")
            verify(findChild(settings, "teacherToolsBusy").visible)
            tryVerify(() => !Progress.store.busy, 10000)
            verify(result.text.indexOf("nonexistent-loopwise-folder") >= 0)
        }

        function test_noteExportShowsItsOwnAnswer() {
            const busy = findChild(tools, "exportBusy")
            verify(busy)
            editor.exportMarkdown(nowhere + ".md")
            verify(editor.exporting)
            verify(busy.visible)
            tryVerify(() => !editor.exporting, 10000)
            verify(!busy.visible)
            compare(tools.message, Progress.store.lastError)
        }

        function test_switchShowsThatTheLearnerLoads() {
            const store = Progress.store
            const first = store.currentProfileId
            const other = store.createProfile("Busy test")
            const combo = findChild(switcher, "profileCombo")
            const busy = findChild(switcher, "profileBusy")
            verify(combo && busy)
            verify(store.switchProfile(other))
            verify(busy.visible)
            verify(!combo.enabled)
            tryCompare(store, "currentProfileId", other, 10000)
            verify(!busy.visible)
            verify(combo.enabled)
            verify(store.switchProfile(first))
            tryCompare(store, "currentProfileId", first, 10000)
        }
    }
}
