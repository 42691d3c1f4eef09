import QtQuick
import QtTest
import Loopwise

// The labs' layout as a learner meets it. The network lab at 1280×800 (the page below the
// app's top bar): data, network and output (canvas and loss chart) on the first screen;
// at 800×1280 the output stays in view while the controls below it scroll, and German texts
// stay inside their cards. Play→Pause neither widens the button nor moves the row beside it.
Item {
    id: root
    width: 1280
    height: 1280

    // The app's top bar takes the first 48 pixels of its window.
    readonly property int topBar: 48

    Loader {
        id: pageLoader
        active: false
        sourceComponent: NetworkLabPage {}
    }
    // "See this loop live in the lab" from the module's diagram.
    Loader {
        id: loopPageLoader
        active: false
        sourceComponent: LearningLabPage { query: "loop=1" }
    }
    LearningLab {
        id: learning
    }
    LearningRunBar {
        id: runBar
        y: 0
        width: 900
        visible: !pageLoader.active && !loopPageLoader.active
        lab: learning
    }

    TestCase {
        name: "LabLayout"
        when: windowShown

        function openPage(width, height) {
            pageLoader.active = false
            pageLoader.width = width
            pageLoader.height = height
            pageLoader.active = true
            tryVerify(() => pageLoader.status === Loader.Ready)
            wait(200)  // the first snapshot and the layout settle
            return pageLoader.item
        }

        function verifyInside(page, name) {
            const item = findChild(page, name)
            verify(item !== null, "no item " + name)
            verify(item.visible && item.width > 0 && item.height > 0, name + " is not shown")
            const box = item.mapToItem(page, 0, 0, item.width, item.height)
            verify(box.x >= 0 && box.y >= 0, name + " starts outside the page: " + box)
            verify(box.x + box.width <= page.width + 0.5 && box.y + box.height <= page.height + 0.5,
                   name + " ends outside the " + page.width + "×" + page.height + " page: " + box)
        }

        function test_desktopShowsDataNetworkAndOutput() {
            const page = openPage(1280, 800 - root.topBar)
            verify(page.wide)
            for (const name of ["datasetChoice", "weightsView", "labCanvas", "lossChart", "playButton"])
                verifyInside(page, name)
            verify(findChild(page, "labCanvas").width >= 190, "the canvas is too small to read")
        }

        function test_portraitKeepsTheOutputInView() {
            const page = openPage(800, 1280 - root.topBar)
            verify(!page.wide)
            const flick = findChild(page, "labFlick")
            // Down to the data controls, the last of the lab's controls on a narrow page.
            const dataset = findChild(page, "datasetChoice")
            flick.contentY = Math.min(flick.contentHeight - flick.height, dataset.mapToItem(flick.contentItem, 0, 0).y - 40)
            verify(flick.contentY > 300)
            for (const name of ["labCanvas", "lossChart", "datasetChoice"])
                verifyInside(page, name)
        }

        // Every text shown in a card lies inside it (a wrapped caption once ran below its card).
        function verifyTextsInside(card, item) {
            for (let i = 0; i < item.children.length; ++i) {
                const child = item.children[i]
                if (!child.visible)
                    continue
                if (child.text !== undefined && child.contentHeight !== undefined && String(child.text).trim() !== "") {
                    const box = child.mapToItem(card, 0, 0, child.width, Math.max(child.height, child.contentHeight))
                    verify(box.y >= 0 && box.y + box.height <= card.height + 0.5,
                           "\"" + child.text + "\" runs outside its " + card.height + " px card: " + box)
                }
                verifyTextsInside(card, child)
            }
        }

        function test_portraitGermanTextsStayInTheirCards() {
            Preferences.language = "de"
            const page = openPage(800, 1280 - root.topBar)
            verify(!page.wide)
            verify(findChild(page, "diagramCaption").lineCount > 1, "the caption wraps at this width")
            for (const name of ["networkCard", "dataCard", "outputCard"])
                verifyTextsInside(findChild(page, name), findChild(page, name))
            Preferences.language = "en"
        }

        function verifyPlayKeepsItsPlace(container, toggle, running) {
            const play = findChild(container, "playButton")
            const step = findChild(container, "stepButton")
            const width = play.width
            const stepX = step.mapToItem(root, 0, 0).x
            toggle()
            tryVerify(() => running() === true, 5000)
            compare(play.text.toUpperCase(), qsTr("Pause").toUpperCase())
            compare(play.width, width)
            compare(step.mapToItem(root, 0, 0).x, stepX)
            toggle()
            tryVerify(() => running() === false, 5000)
            compare(play.width, width)
        }

        function test_playPauseKeepsTheRowStill() {
            pageLoader.active = false
            tryCompare(learning, "busy", false, 5000)
            verifyPlayKeepsItsPlace(runBar, () => learning.togglePlay(), () => learning.running)

            const page = openPage(1280, 800 - root.topBar)
            const lab = findChild(page, "playButton")
            verifyPlayKeepsItsPlace(page, () => mouseClick(lab), () => findChild(page, "playButton").text !== qsTr("Play"))
        }

        // Tablet portrait, opened at the live loop: the plot and the stage being walked are
        // on the screen together.
        function test_portraitOpensAtTheLoopWithThePlot() {
            pageLoader.active = false
            loopPageLoader.width = 800
            loopPageLoader.height = 1280 - root.topBar
            loopPageLoader.active = true
            tryVerify(() => loopPageLoader.status === Loader.Ready)
            const page = loopPageLoader.item
            tryCompare(page, "busy", false, 5000)
            wait(200)  // the page scrolls to the loop once laid out
            verify(!page.wide)
            verifyInside(page, "learningPlot")
            verifyInside(page, "nextStageButton")
            mouseClick(findChild(page, "nextStageButton"))
            tryVerify(() => findChild(page, "loopStageTitle").visible, 5000)
            verifyInside(page, "loopStageTitle")
            verifyInside(page, "learningPlot")
            loopPageLoader.active = false
        }
    }
}
