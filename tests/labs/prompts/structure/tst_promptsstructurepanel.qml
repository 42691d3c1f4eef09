import QtQuick
import QtTest
import Loopwise

// The "Compare structure" panel with its own PromptsLab, as a learner uses it: typing in
// editor B changes the lab's prompt and the comparison table at once; a pattern button
// changes the text and its row of the table, and "Undo pattern" gives back the text exactly.
Item {
    id: root
    // Tall enough that every control the test clicks is inside the window (a click outside
    // the window reaches nothing).
    width: 1280
    height: 3200

    PromptsLab {
        id: promptsLab
    }

    PromptsStructurePanel {
        id: panel
        width: root.width
        height: root.height
        lab: promptsLab
    }

    TestCase {
        name: "PromptsStructurePanel"
        when: windowShown

        function findByName(item, name) {
            if (item.objectName === name)
                return item
            const children = item.children || []
            for (let i = 0; i < children.length; ++i) {
                const found = findByName(children[i], name)
                if (found)
                    return found
            }
            return null
        }

        function init() {
            promptsLab.reset()
        }

        function test_typingInEditorBUpdatesTheTable() {
            promptsLab.promptB = "Classify the ticket: {{input}}"
            const editor = findByName(panel, "editorB")
            const roleB = findByName(panel, "inB-role")
            compare(editor.text, promptsLab.promptB)
            compare(roleB.present, false)

            mouseClick(editor)
            tryVerify(() => editor.activeFocus)
            editor.cursorPosition = 0
            const typed = "You are a support lead. "
            for (let i = 0; i < typed.length; ++i)
                keyClick(typed[i])
            compare(promptsLab.promptB, "You are a support lead. Classify the ticket: {{input}}")
            compare(editor.text, promptsLab.promptB)
            compare(roleB.present, true)
            compare(roleB.text, "\u2713")
            compare(findByName(panel, "inA-role").present, false)
        }

        function test_patternThenUndoRestoresTheText() {
            const editor = findByName(panel, "editorA")
            const before = editor.text
            const steps = findByName(panel, "inA-step-by-step")
            const undo = findByName(panel, "undoPatternA")
            compare(steps.present, false)
            verify(!undo.enabled)

            mouseClick(findByName(panel, "patternStepsA"))
            verify(editor.text !== before)
            compare(editor.text, promptsLab.promptA)
            compare(steps.present, true)
            verify(findByName(panel, "diffA").visible)
            verify(undo.enabled)

            mouseClick(undo)
            compare(editor.text, before)
            compare(promptsLab.promptA, before)
            compare(steps.present, false)
            verify(!undo.enabled)
        }
    }
}
