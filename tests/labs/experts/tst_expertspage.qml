import QtQuick
import QtTest
import Loopwise

// The app's window at lab/experts: a link sets the controls, every control is in the
// keyboard's focus chain with a name, and a run (as --run-epochs starts it) fills in the
// canvas description, the load bars, the comparison table, the explanation and the question.
TestCase {
    id: test
    name: "ExpertsLabPage"
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

    function isInside(item, ancestor) {
        for (let parent = item; parent; parent = parent.parent)
            if (parent === ancestor)
                return true
        return false
    }

    function openPage(route, runEpochs) {
        const component = Qt.createComponent("qrc:/Loopwise/qml/Main.qml")
        compare(component.status, Component.Ready, component.errorString())
        const window = component.createObject(null, { startRoute: route, startRunEpochs: runEpochs, visible: true })
        verify(window)
        let page = null
        tryVerify(() => (page = findByName(window.contentItem, "expertsLabPage")) !== null, 5000)
        return { window: window, page: page }
    }

    function test_linkSetsTheControls() {
        const opened = openPage("lab/experts?experts=6&k=2&balance=0", 0)
        const page = opened.page
        tryCompare(page, "busy", false, 10000)
        compare(findByName(page, "expertsSlider").value, 6)
        compare(findByName(page, "topKSlider").value, 2)
        compare(findByName(page, "balanceSwitch").checked, false)
        compare(page.title, Labs.title("experts"))
        opened.window.destroy()
    }

    function test_everyControlIsInTheFocusChain() {
        const opened = openPage("lab/experts", 0)
        const page = opened.page
        tryCompare(page, "busy", false, 10000)
        const wanted = ["playButton", "stepButton", "resetButton", "balanceSwitch", "prediction-spread"]
        const start = findByName(page, "playButton")
        start.forceActiveFocus()
        const seen = []
        let item = start
        for (let i = 0; i < 80 && item; ++i) {
            if (item.objectName !== "")
                seen.push(item.objectName)
            if (isInside(item, page))
                verify((item.Accessible.name || item.text || "") !== "", "no accessible name: " + item + " " + item.objectName)
            item = item.nextItemInFocusChain(true)
            if (item === start)
                break
        }
        for (const name of wanted)
            verify(seen.indexOf(name) >= 0, name + " is not reachable with Tab: " + seen.join(", "))
        opened.window.destroy()
    }

    function test_aRunFillsInTheFigures() {
        const opened = openPage("lab/experts?dataset=gauss", 5)
        const page = opened.page
        tryVerify(() => !page.busy && findByName(page, "progressText").text === "Epoch 5", 60000)
        const canvas = findByName(page, "routingCanvas")
        verify(canvas.Accessible.description.indexOf("The gate's first choices over the training inputs: Expert 1 takes") === 0,
               canvas.Accessible.description)
        verify(findByName(page, "balanceText").text.indexOf("Balance figure:") === 0)
        verify(findByName(page, "guarantee").text.indexOf("one design option") > 0)
        tryVerify(() => findByName(page, "explanation").text !== "", 10000)
        verify(findByName(page, "questionText").text !== "")
        findByName(page, "answer-0").clicked()
        tryVerify(() => findByName(page, "answerFeedback").text !== "")
        opened.window.destroy()
    }
}
