import QtQuick
import QtTest
import Loopwise

// The "Measure on test cases" panel with a plain object standing in for the lab page's
// settings: its controls write the settings; Run brings the results and the case table;
// "only where A and B differ" filters it; Cancel stops a run; a task the built-in model
// cannot answer is named so.
Item {
    id: root
    // Tall enough that every control the test clicks is inside the window.
    width: 1280
    height: 4000

    QtObject {
        id: pageSettings
        property string taskId: "triage"
        property string promptA: "Classify the support ticket as urgent or normal.\n\nTicket: {{input}}\nLabel:"
        property string promptB: "Classify each support ticket as urgent or normal.\n\nTicket: The whole site is down for every customer\nLabel: urgent\n\nTicket: Please change the colour of my invoice\nLabel: normal\n\nTicket: {{input}}\nLabel:"
        property int seeds: 2
        property real temperature: 0.7
        property bool calibrate: false
        property string modelSource: "builtin"
    }

    PromptsRunPanel {
        id: panel
        width: root.width
        settings: pageSettings
    }

    TestCase {
        name: "PromptsRunPanel"
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

        function keepCases(count) {
            while (panel.lab.cases.count > count)
                panel.lab.cases.remove(panel.lab.cases.count - 1)
        }

        function test_1_controlsWriteTheSettings() {
            compare(panel.lab.seeds, 2)
            findByName(panel, "seedsSlider").moved(3)
            compare(pageSettings.seeds, 3)
            compare(panel.lab.seeds, 3)
            mouseClick(findByName(panel, "calibrateBox"))
            compare(pageSettings.calibrate, true)
            compare(panel.lab.calibrate, true)
            mouseClick(findByName(panel, "calibrateBox"))
            findByName(panel, "seedsSlider").moved(2)
            compare(panel.lab.promptB, pageSettings.promptB)
        }

        function test_2_runShowsResults() {
            keepCases(4)
            const run = findByName(panel, "runButton")
            verify(run.enabled)
            mouseClick(run)
            tryVerify(() => panel.lab.finished, 60000)
            const table = findByName(panel, "caseTable")
            tryCompare(table, "count", 4)
            verify(findByName(panel, "verdictLabel").text.length > 0)
            verify(findByName(panel, "honestNotes").visible)
            compare(panel.lab.passRates.length, 2)
            verify(findByName(panel, "evidenceChart") !== null)

            // Only where A and B differ.
            const only = findByName(panel, "onlyDifferencesSwitch")
            mouseClick(only)
            compare(panel.lab.rows.onlyDifferences, true)
            tryCompare(table, "count", panel.lab.rows.count)
            verify(table.count <= 4)
            for (let i = 0; i < table.count; ++i)
                verify(table.itemAtIndex(i).differs)
            mouseClick(only)
            tryCompare(table, "count", 4)

            // The honest notes' offer: the same test on the local model server.
            const useServer = findByName(panel, "useServerButton")
            verify(useServer.visible)
            mouseClick(useServer)
            compare(pageSettings.modelSource, "server")
            compare(panel.lab.modelSource, "server")
            verify(!panel.lab.finished)  // another model: the old figures go
            pageSettings.modelSource = "builtin"
        }

        function test_3_cancelStopsTheRun() {
            panel.lab.cases.resetToTask()
            findByName(panel, "seedsSlider").moved(10)
            mouseClick(findByName(panel, "runButton"))
            tryVerify(() => panel.lab.running && panel.lab.epoch > 0, 30000)
            verify(findByName(panel, "progressLabel").text.length > 0)
            const cancel = findByName(panel, "cancelButton")
            verify(cancel.enabled)
            mouseClick(cancel)
            tryVerify(() => !panel.lab.running, 5000)
            verify(!panel.lab.finished)
            verify(panel.lab.epoch < 2 * 24 * 10)
        }

        // A task the built-in model cannot answer (no labels: a summary, JSON) is named so
        // before the run; a label task or the local model server is not.
        function test_4_builtinLimitIsSaid() {
            const limit = findByName(panel, "builtinLimit")
            verify(!limit.visible)
            pageSettings.taskId = "extraction"
            verify(limit.visible)
            verify(limit.text.length > 0)
            pageSettings.modelSource = "server"
            verify(!limit.visible)
            pageSettings.modelSource = "builtin"
            pageSettings.taskId = "incident-summary"
            verify(limit.visible)
            pageSettings.taskId = "feedback"
            verify(!limit.visible)
            pageSettings.taskId = "triage"
        }
    }
}
