import QtQuick
import QtTest
import Loopwise

// The app's window at lab/assumptions: a link opens the experiment it names, the tabs
// switch experiments, every control of an experiment is in the keyboard's focus chain
// with a name, and a run (as --run-epochs starts it) fills in the figures.
TestCase {
    id: test
    name: "AssumptionsLabPage"
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
        tryVerify(() => (page = findByName(window.contentItem, "assumptionsLabPage")) !== null, 5000)
        return { window: window, page: page }
    }

    function test_linkOpensItsExperimentAndTabsSwitch() {
        const opened = openPage("lab/assumptions?experiment=cost&miss=40", 0)
        const page = opened.page
        const tabs = findByName(page, "experimentTabs")
        compare(tabs.currentIndex, 2)
        compare(page.currentLab.experiment, "cost")
        compare(page.currentLab.missCost, 40)
        compare(page.title, Labs.title("assumptions"))

        // What a click or Space on the tab does (the tabs' own handling is Qt's).
        verify(findByName(page, "tab-validation").visible)
        tabs.setCurrentIndex(1)
        compare(page.currentLab.experiment, "validation")
        verify(findByName(page, "methodChoice").visible)
        verify(!findByName(page, "repairChoice").visible)
        tabs.setCurrentIndex(0)
        verify(findByName(page, "splitChoice").visible)
        opened.window.destroy()
    }

    function test_everyControlIsInTheFocusChain() {
        const opened = openPage("lab/assumptions", 0)
        const page = opened.page
        tryCompare(page, "busy", false, 10000)
        const wanted = ["tab-shortcut", "tab-validation", "tab-cost", "styleCheck", "leakCheck", "prediction-falls",
                        "runButton", "resetButton"]
        const start = findByName(page, "tab-shortcut")
        start.forceActiveFocus()
        const seen = []
        let item = start
        for (let i = 0; i < 60 && item; ++i) {
            if (item.objectName !== "")
                seen.push(item.objectName)
            // A button without a name of its own is read by its text.
            if (isInside(item, page))
                verify((item.Accessible.name || item.text || "") !== "", "no accessible name: " + item + " " + item.objectName)
            item = item.nextItemInFocusChain(true)
            if (item === start)
                break
        }
        for (const name of wanted)
            verify(seen.indexOf(name) >= 0, name + " is not reachable with Tab: " + seen.join(", "))
        // The split is a combo box inside the choice: Tab reaches it too.
        const split = findByName(page, "splitChoice")
        let comboReachable = false
        for (let i = 0; i < split.children.length; ++i)
            comboReachable = comboReachable || (split.children[i].activeFocusOnTab && split.children[i].Accessible.name !== "")
        verify(comboReachable)
        opened.window.destroy()
    }

    function test_aRunFillsInTheFigures() {
        const opened = openPage("lab/assumptions?experiment=shortcut", 1000)
        const page = opened.page
        tryVerify(() => page.currentLab.finished && !page.busy, 60000)
        const chart = findByName(page, "evidenceChart")
        verify(chart.visible)
        compare(chart.rows.length, 3)
        verify(chart.description.indexOf("Bar chart of accuracy") === 0)
        compare(findByName(page, "explanation").text, page.currentLab.explanation)
        verify(page.currentLab.explanation !== "")
        verify(findByName(page, "questionText").text !== "")
        findByName(page, "answer0").clicked()  // the answer's button, as a click or Space gives it
        tryVerify(() => page.currentLab.question.correct === true)
        verify(findByName(page, "answerFeedback").text.indexOf("Right") === 0)
        opened.window.destroy()
    }
}
