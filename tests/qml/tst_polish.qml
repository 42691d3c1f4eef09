import QtQuick
import QtQuick.Controls
import QtTest
import Loopwise

// What a learner sees stay put and stay readable: button contrast, padded note fields,
// nothing moving when only a label changes, a reading position that stays in view, and
// the loop diagram taking the keyboard when clicked.
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
        id: aboutPage
        AboutPage {
            width: root.width
            height: root.height
        }
    }
    // The app's top bar over a stack of pages, as Main has them.
    Component {
        id: barAndPages
        Item {
            property alias bar: topBar
            property alias stack: pages
            anchors.fill: parent
            TopBar {
                id: topBar
                width: parent.width
                stack: pages
                onBackRequested: pages.pop(StackView.Immediate)
                onRouteRequested: route => { if (route === "home") pages.pop(null, StackView.Immediate) }
            }
            StackView {
                id: pages
                anchors.top: topBar.bottom
                anchors.bottom: parent.bottom
                width: parent.width
                initialItem: Item {}
            }
        }
    }
    // A lab's run bar: a button with a tool tip at the very top of the page.
    Component {
        id: labLikePage
        Item {
            property string title: "A lab"
            AppButton {
                objectName: "playButton"
                x: Theme.unit
                y: Theme.unit
                text: "Play"
                hoverEnabled: true
                ToolTip.visible: hovered
                ToolTip.text: "Play or pause (Ctrl+Space)"
            }
        }
    }
    // A combo box with long German choices in a narrow place, as in a lab's card.
    Component {
        id: narrowCombo
        AppComboBox {
            width: Theme.unit * 22
            model: ["Kreuzentropie (für Klassen)", "Quadratischer Fehler"]
        }
    }

    TestCase {
        name: "Polish"
        when: windowShown

        function openAt(anchor) {
            const page = createTemporaryObject(modulePage, root, { anchor: anchor })
            verify(page)
            tryVerify(() => !page.busy, 5000)
            return page
        }

        function find(page, name) {
            let item = null
            tryVerify(() => (item = findChild(page, name)) !== null, 3000)
            return item
        }

        // Where an item sits in its block: the list around it may still settle as it builds.
        function positionIn(block, item) {
            return item.mapToItem(block, 0, 0)
        }

        function test_contrastRatioIsWcags() {
            fuzzyCompare(ColourContrast.ratio("#000000", "#ffffff"), 21, 0.001)
            fuzzyCompare(ColourContrast.ratio("#777777", "#777777"), 1, 0.001)
            // WCAG's own example pair: #767676 on white is just above 4.5:1.
            fuzzyCompare(ColourContrast.ratio("#767676", "#ffffff"), 4.54, 0.01)
        }

        function test_everyButtonStyleIsReadable_data() {
            return [{ tag: "light", dark: false }, { tag: "dark", dark: true }]
        }
        function test_everyButtonStyleIsReadable(data) {
            const before = Preferences.darkTheme
            Preferences.darkTheme = data.dark
            compare(Theme.dark, data.dark)
            verify(Theme.buttonStyles.length >= 8)
            for (const style of Theme.buttonStyles) {
                const ratio = ColourContrast.ratio(style.fill, style.text)
                verify(ratio >= 4.5, style.name + ": " + ratio.toFixed(2) + ":1")
            }
            // The app's filled button draws those colours.
            const page = openAt("at-a-glance")
            const next = find(page, "nextStageButton")
            compare(next.contentItem.color, Theme.accentWords)
            compare(next.background.color, Theme.accent)
            Preferences.darkTheme = before
        }

        function test_noteFieldsArePadded() {
            const page = openAt("artefact")
            const block = find(page, "artefact_artefact-note")
            const area = findChild(findChild(block, "noteField_assumption"), "noteArea")
            verify(area.leftPadding >= Theme.unit, "left " + area.leftPadding)
            verify(area.rightPadding >= Theme.unit, "right " + area.rightPadding)
            verify(area.topPadding >= Theme.unit, "top " + area.topPadding)
            verify(area.bottomPadding >= Theme.unit, "bottom " + area.bottomPadding)
        }

        function test_savingDoesNotMoveTheNoteButtons() {
            // The model note: the reader's tests write the decision note.
            const page = openAt("practice-dynamics")
            const block = find(page, "artefact_model-note")
            block.editor.debounceMs = 400
            const history = findChild(block, "historyButton")
            const exportPdf = findChild(block, "exportPdfButton")
            const status = findChild(block, "noteStatus")
            const historyAt = positionIn(block, history)
            const exportAt = positionIn(block, exportPdf)
            const area = findChild(findChild(block, "noteField_rollback"), "noteArea")
            area.forceActiveFocus()
            keyClick(Qt.Key_A)
            compare(status.text, "Saving…")
            compare(positionIn(block, history), historyAt)
            compare(positionIn(block, exportPdf), exportAt)
            tryCompare(block.editor, "saveState", NoteEditor.Saved, 3000)
            compare(positionIn(block, history), historyAt)
        }

        function test_unopenedQuizCardKeepsItsHeight() {
            const page = openAt("check-yourself")
            const first = find(page, "quizCard0")
            const second = find(page, "quizCard1")
            verify(first.y === second.y, "the two cards share a row at 1280 px")
            const secondHeight = second.height
            // Turned over without a click: a click would count the card as opened in the
            // store, which the reader's tests start from.
            first.showingAnswer = true
            waitForRendering(first)
            verify(first.height > secondHeight)
            compare(second.height, secondHeight)
            first.showingAnswer = false
        }

        function test_diagramButtonsStayPut() {
            const page = openAt("at-a-glance")
            const diagram = find(page, "loopDiagramBlock")
            const loop = diagram.loop
            const buttons = ["previousStageButton", "playStagesButton", "nextStageButton"].map(name => findChild(diagram, name))
            loop.activeStage = 0
            const at = buttons.map(button => positionIn(diagram, button))
            const widths = buttons.map(button => button.width)
            for (let stage = 1; stage < loop.count; ++stage) {
                loop.activeStage = stage
                waitForRendering(diagram)
                for (let i = 0; i < buttons.length; ++i)
                    compare(positionIn(diagram, buttons[i]), at[i], buttons[i].objectName + " at stage " + stage)
            }
            // Play → Pause changes the word, not the button's width.
            loop.activeStage = 0
            loop.playing = true
            compare(buttons[1].width, widths[1])
            compare(positionIn(diagram, buttons[2]), at[2])
            loop.playing = false
        }

        function test_clickGivesTheDiagramTheKeyboard() {
            const page = openAt("at-a-glance")
            const diagram = find(page, "loopDiagramBlock")
            const loop = diagram.loop
            const area = findChild(diagram, "loopDiagram")
            mouseClick(findChild(diagram, "stageNode2"))
            compare(loop.activeStage, 2)
            verify(area.activeFocus)
            keyClick(Qt.Key_Right)
            compare(loop.activeStage, 3)

            // A click on the diagram's empty middle does the same.
            findChild(diagram, "nextStageButton").forceActiveFocus()
            mouseClick(area, area.width / 2, area.height / 2 + Theme.unit * 4)
            verify(area.activeFocus)
            keyClick(Qt.Key_Left)
            compare(loop.activeStage, 2)
        }

        function test_readingPositionStaysInView() {
            const page = openAt("mental-model")
            const strip = find(page, "progressStrip")
            const label = findChild(strip, "positionLabel")
            // Deep in the module, the strip is still on screen, at the top of the page.
            const at = strip.mapToItem(page, 0, 0)
            verify(at.y >= 0 && at.y + strip.height <= page.height / 4, "strip at " + at.y)
            verify(strip.visible)
            verify(label.text.startsWith("Section "), label.text)
            verify(!label.text.startsWith("Section 1 "), label.text)
        }

        function test_completeModuleSaysSo() {
            const page = openAt("complete")
            const label = findChild(find(page, "progressStrip"), "positionLabel")
            const button = find(page, "markCompleteButton")
            if (Progress.store.moduleStatus("models-parameters-training") === "completed")
                mouseClick(button)
            verify(label.text.startsWith("Section "), label.text)
            mouseClick(button)
            compare(Progress.store.moduleStatus("models-parameters-training"), "completed")
            verify(label.text.startsWith("✓ Module complete"), label.text)
            verify(!label.text.startsWith("Section"))
            mouseClick(button)
            verify(label.text.startsWith("Section "), label.text)
        }

        function test_topBarTooltipsStayOffBackAndTitle() {
            const view = createTemporaryObject(barAndPages, root)
            view.stack.push(labLikePage, {}, StackView.Immediate)
            const play = findChild(view.stack.currentItem, "playButton")
            tryVerify(() => play.width > 0 && view.bar.height > 0)
            mouseMove(play, play.width / 2, play.height / 2)
            const tip = play.ToolTip.toolTip
            tryVerify(() => tip.visible, 3000)
            const top = tip.contentItem.mapToItem(root, 0, 0).y - tip.topPadding
            verify(top >= view.bar.height, "tool tip top " + top + ", bar bottom " + view.bar.height)
            mouseMove(root, root.width - 5, root.height - 5)
        }

        function test_homeOnEveryPageButHome() {
            const view = createTemporaryObject(barAndPages, root)
            const home = findChild(view.bar, "homeButton")
            verify(!home.visible)
            view.stack.push(labLikePage, {}, StackView.Immediate)
            verify(home.visible)
            view.stack.push(labLikePage, {}, StackView.Immediate)
            verify(home.visible)
            tryVerify(() => home.width > 0 && home.x > 0)
            mouseClick(home)
            tryCompare(view.stack, "depth", 1)
            verify(!home.visible)
        }

        function test_noPressMarkStaysOnBack() {
            const view = createTemporaryObject(barAndPages, root)
            const back = findChild(view.bar, "backButton")
            view.stack.push(labLikePage, {}, StackView.Immediate)
            tryVerify(() => back.width > 0 && view.bar.height > 0)
            mouseMove(back, back.width / 2, back.height / 2)
            verify(back.hovered)
            mouseClick(back)
            tryCompare(view.stack, "busy", false)
            verify(!back.visible)
            // The learner goes on elsewhere, and a page brings Back again.
            mouseMove(root, root.width / 2, root.height / 2)
            view.stack.push(labLikePage, {}, StackView.Immediate)
            tryCompare(view.stack, "busy", false)
            verify(back.visible)
            verify(!back.hovered && !back.down)
            compare(back.background.color.a, 0, "no fill left on Back")
        }

        function test_shortcutTableColumnsDoNotOverlap_data() {
            return [{ tag: "en", language: "en" }, { tag: "de", language: "de" }]
        }
        function test_shortcutTableColumnsDoNotOverlap(data) {
            Preferences.language = data.language
            const page = createTemporaryObject(aboutPage, root)
            const table = find(page, "shortcutTable")
            tryVerify(() => table.width > 0 && table.cells.length > 0)
            let rows = 0
            for (let i = 0; i < table.cells.length; ++i) {
                if (table.cells[i].kind !== "keys")
                    continue
                const keys = findChild(table, "keysCell" + i)
                const action = findChild(table, "actionCell" + (i + 1))
                verify(keys.text.length > 0, "row " + i + " has its keys")
                verify(keys.x + keys.contentWidth <= action.x, keys.text + " runs into " + action.text)
                compare(keys.y, action.y)
                ++rows
            }
            verify(rows >= 15)
            Preferences.language = "en"
        }

        function test_comboTextStopsBeforeTheArrow() {
            const before = Preferences.textScale
            Preferences.textScale = 1.6
            const box = createTemporaryObject(narrowCombo, root)
            box.currentIndex = 0
            waitForRendering(box)
            const text = box.contentItem
            verify(text.truncated, "the long choice ends in …")
            verify(text.x + text.width <= box.indicator.x, (text.x + text.width) + " > " + box.indicator.x)
            box.LayoutMirroring.enabled = true
            waitForRendering(box)
            verify(box.indicator.x + box.indicator.width <= text.x)
            Preferences.textScale = before
        }
    }
}
