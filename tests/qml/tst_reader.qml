import QtQuick
import QtQuick.Controls
import QtTest
import Loopwise

Item {
    id: root
    width: 1280
    height: 800

    Component {
        id: modulePage
        ModulePage {
            width: root.width
            height: root.height
            moduleId: "models-parameters-training"
        }
    }
    Component {
        id: markupText
        MarkupText {
            width: 600
            markup: "Lower the [[loss]] by following the [[gradient]]."
        }
    }
    GlossaryTip {
        id: tip
    }
    // A paragraph in a scrolling page, and a control after it, as on the module page.
    Component {
        id: scrolledText
        Flickable {
            property alias text: paragraph
            property alias after: afterButton
            width: 600
            height: 300
            contentHeight: 2000
            Column {
                MarkupText {
                    id: paragraph
                    width: 600
                    markup: "Lower the [[loss]] by following the [[gradient]]."
                }
                Button {
                    id: afterButton
                    text: "Next"
                }
            }
        }
    }
    Connections {
        target: Navigation
        function onTermRequested(termId, item, x, y, byHover) { tip.showTerm(termId, item, x, y, byHover) }
        function onTermLeft() { tip.pointerLeftTerm() }
        function onTermTipClosed() { tip.close() }
    }
    SignalSpy {
        id: termSpy
        target: Navigation
        signalName: "termRequested"
    }

    TestCase {
        name: "Reader"
        when: windowShown

        function openAt(anchor) {
            const page = createTemporaryObject(modulePage, root, { anchor: anchor })
            verify(page)
            tryVerify(() => !page.busy, 5000)
            return page
        }

        function test_checkYourselfCounter() {
            const page = openAt("check-yourself")
            let counter = null
            tryVerify(() => (counter = findChild(page, "openedCounter")) !== null, 3000)
            compare(counter.text, "0 of 9 opened")

            let first = null
            tryVerify(() => (first = findChild(page, "quizCard0")) !== null, 3000)
            mouseClick(first)
            compare(counter.text, "1 of 9 opened")
            mouseClick(first) // folding it again does not uncount it
            mouseClick(first)
            compare(counter.text, "1 of 9 opened")

            const second = findChild(page, "quizCard1")
            second.forceActiveFocus()
            keyClick(Qt.Key_Space)
            compare(counter.text, "2 of 9 opened")
            verify(second.showingAnswer)
        }

        function test_diagramStepping() {
            const page = openAt("at-a-glance")
            let diagram = null
            tryVerify(() => (diagram = findChild(page, "loopDiagramBlock")) !== null, 3000)
            const loop = diagram.loop
            compare(loop.count, 5)
            compare(loop.activeStage, 0)
            const stageTitle = findChild(diagram, "stageTitle")
            verify(stageTitle.text.startsWith("Stage 1: "))

            const area = findChild(diagram, "loopDiagram")
            area.forceActiveFocus()
            keyClick(Qt.Key_Right)
            compare(loop.activeStage, 1)
            verify(stageTitle.text.startsWith("Stage 2: "))
            keyClick(Qt.Key_Left)
            compare(loop.activeStage, 0)

            mouseClick(findChild(diagram, "nextStageButton"))
            mouseClick(findChild(diagram, "nextStageButton"))
            compare(loop.activeStage, 2)
            mouseClick(findChild(diagram, "previousStageButton"))
            compare(loop.activeStage, 1)

            // Tapping a stage jumps to it; past the last stage the loop goes round again.
            mouseClick(findChild(diagram, "stageNode4"))
            compare(loop.activeStage, 4)
            area.forceActiveFocus()
            keyClick(Qt.Key_Right)
            compare(loop.activeStage, 0)
            compare(loop.round, 1)

            keyClick(Qt.Key_Space) // autoplay
            verify(loop.playing)
            keyClick(Qt.Key_Space)
            verify(!loop.playing)
        }

        function test_glossaryTipByKeyboard() {
            const text = createTemporaryObject(markupText, root)
            termSpy.clear()
            text.forceActiveFocus()
            compare(termSpy.count, 1)
            compare(termSpy.signalArguments[0][0], "loss")
            tryVerify(() => tip.opened)
            compare(tip.termId, "loss")
            keyClick(Qt.Key_Tab) // the next term of the same paragraph
            compare(termSpy.count, 2)
            compare(tip.termId, "gradient")
            compare(text.focusedLink, 1)
            tip.close()
        }

        function test_checkYourselfRestoredOnReturn() {
            let page = openAt("check-yourself")
            let third = null
            tryVerify(() => (third = findChild(page, "quizCard2")) !== null, 3000)
            mouseClick(third)
            mouseClick(findChild(page, "quizCard3"))
            const before = Progress.store.openedCards("models-parameters-training").length
            verify(before >= 2)
            page.destroy()
            wait(0)

            page = openAt("check-yourself")
            let counter = null
            tryVerify(() => (counter = findChild(page, "openedCounter")) !== null, 3000)
            compare(counter.text, before + " of 9 opened")
        }

        function typeText(text) {
            for (const ch of text)
                keyClick(ch === " " ? Qt.Key_Space : ch)
        }

        function test_noteIsSavedWhileTyping() {
            const page = openAt("artefact")
            let block = null
            tryVerify(() => (block = findChild(page, "artefact_artefact-note")) !== null, 3000)
            const editor = block.editor
            editor.debounceMs = 50
            const field = findChild(block, "noteField_assumption")
            const area = findChild(field, "noteArea")
            area.forceActiveFocus()
            typeText("labels are right")
            compare(editor.saveState, NoteEditor.Editing)
            tryCompare(editor, "saveState", NoteEditor.Saved, 3000)
            compare(Progress.store.note("decision").assumption, "labels are right")
            verify(editor.revisions.length >= 1)

            // A second revision, then restore the first one.
            typeText(" today")
            tryCompare(editor, "saveState", NoteEditor.Saved, 3000)
            compare(Progress.store.note("decision").assumption, "labels are right today")
            const oldest = editor.revisions[editor.revisions.length - 1]
            editor.restore(oldest.revisionId)
            tryCompare(editor, "saveState", NoteEditor.Saved, 3000)
            compare(area.text, oldest.fields.assumption)
        }

        function test_markCompleteAndUndo() {
            const page = openAt("complete")
            let button = null
            tryVerify(() => (button = findChild(page, "markCompleteButton")) !== null, 3000)
            mouseClick(button)
            compare(Progress.store.moduleStatus("models-parameters-training"), "completed")
            compare(button.text, "Mark as not complete")
            mouseClick(button)
            compare(Progress.store.moduleStatus("models-parameters-training"), "in-progress")
        }

        function test_reopensWhereTheLearnerLeft() {
            Progress.store.setReadingPosition("models-parameters-training", "mental-model")
            const page = openAt("")
            tryCompare(page, "currentSection", "mental-model", 3000)
        }

        function test_languageSwitchesAtOnce() {
            const page = openAt("check-yourself")
            let counter = null
            tryVerify(() => (counter = findChild(page, "openedCounter")) !== null, 3000)
            verify(counter.text.endsWith("of 9 opened"))
            Preferences.language = "de"
            // The page rebuilds with German content; find the counter again.
            tryVerify(() => (counter = findChild(page, "openedCounter")) !== null
                            && counter.text.endsWith("von 9 geöffnet"), 3000)
            compare(page.module.title, "Modelle, Parameter und Trainingsdynamik")
            Preferences.language = "en"
            tryVerify(() => (counter = findChild(page, "openedCounter")) !== null
                            && counter.text.endsWith("of 9 opened"), 3000)
        }

        function linkPoint(text, target) {
            for (let y = 2; y < text.height; y += 4) {
                for (let x = 2; x < text.width; x += 4) {
                    if (text.linkAt(x, y) === target)
                        return Qt.point(x, y)
                }
            }
            return null
        }

        function test_glossaryTipByTouch() {
            const text = createTemporaryObject(markupText, root)
            termSpy.clear()
            const point = linkPoint(text, "term:gradient")
            verify(point !== null)
            const touch = touchEvent(text)
            touch.press(0, text, point.x, point.y).commit()
            touch.release(0, text, point.x, point.y).commit()
            tryCompare(termSpy, "count", 1)
            compare(termSpy.signalArguments[0][0], "gradient")
            tryVerify(() => tip.opened)
            compare(tip.termId, "gradient")
            tip.close()
        }
    
        // Opens the tip of a term by a tap on it, as a learner on a tablet does.
        function tapTerm(text, link) {
            const point = linkPoint(text, link)
            verify(point !== null)
            mouseClick(text, point.x, point.y)
            tryVerify(() => tip.opened)
        }

        function test_glossaryTipClosesOnPressOutside() {
            const view = createTemporaryObject(scrolledText, root)
            tapTerm(view.text, "term:loss")
            mouseClick(root, root.width - 10, root.height - 10)
            tryVerify(() => !tip.opened)
        }

        function test_glossaryTipClosesOnScroll() {
            const view = createTemporaryObject(scrolledText, root)
            tapTerm(view.text, "term:loss")
            // Below the tip, on the page itself (the tip takes the events over it).
            verify(tip.y + tip.height < 280)
            mouseWheel(view, 50, 290, 0, -240)
            tryVerify(() => !tip.opened)
            view.contentY = 0
            tapTerm(view.text, "term:loss")
            mouseDrag(view, 50, 290, 0, -150)
            tryVerify(() => !tip.opened)
        }

        function test_glossaryTipClosesWhenFocusMovesOn() {
            const view = createTemporaryObject(scrolledText, root)
            view.text.forceActiveFocus()
            tryVerify(() => tip.opened)
            keyClick(Qt.Key_Tab) // to the second term: the tip follows
            compare(tip.termId, "gradient")
            verify(tip.opened)
            keyClick(Qt.Key_Tab) // past the last term, to the button
            verify(view.after.activeFocus)
            tryVerify(() => !tip.opened)
            // A tip opened by a tap goes when keyboard focus moves on from where it was.
            tapTerm(view.text, "term:gradient")
            verify(view.after.activeFocus)
            root.forceActiveFocus()
            tryVerify(() => !tip.opened)
        }

        function test_hoverTipClosesWhenThePointerLeaves() {
            const view = createTemporaryObject(scrolledText, root)
            const point = linkPoint(view.text, "term:gradient")
            mouseMove(view.text, point.x, point.y)
            tryVerify(() => tip.opened)
            verify(tip.openedByHover)
            mouseMove(view.text, 2, view.text.height + 40)
            tryVerify(() => !tip.opened)
        }

        function test_tappedTipStaysWhenThePointerMoves() {
            const view = createTemporaryObject(scrolledText, root)
            tapTerm(view.text, "term:loss")
            verify(!tip.openedByHover)
            Navigation.leaveTerm()
            wait(400)
            verify(tip.opened)
            Navigation.hideTerm()
            verify(!tip.opened)
        }
    }
}
