import QtQuick
import QtTest
import Loopwise

// The app's window opened at lab/prompts shows the lab's page with the two prompt editors
// (their text the lab's) and the comparison table; a link sets the task, the seeds and the
// tab. A lab id the registry does not have opens no page.
TestCase {
    id: test
    name: "PromptsLab"
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

    function openWindow(route) {
        const component = Qt.createComponent("qrc:/Loopwise/qml/Main.qml")
        compare(component.status, Component.Ready, component.errorString())
        const window = component.createObject(null, { startRoute: route, visible: true, width: 1280, height: 800 })
        verify(window)
        return window
    }

    function openPage(route) {
        const window = openWindow(route)
        let page = null
        tryVerify(() => (page = findByName(window.contentItem, "promptsLabPage")) !== null, 5000)
        return { window: window, page: page }
    }

    function test_routeOpensThePage() {
        const opened = openPage("lab/prompts")
        compare(opened.page.labId, "prompts")
        compare(opened.page.title, Labs.title("prompts"))
        compare(Labs.page("prompts"), "labs/prompts/PromptsLabPage.qml")
        verify(findByName(opened.page, "editorA"))
        verify(findByName(opened.page, "editorB"))
        verify(findByName(opened.page, "evidenceChart"))
        compare(findByName(opened.page, "editorA").text, opened.page.lab.promptA)
        opened.window.destroy()
    }

    function test_linkSetsTheTask() {
        const opened = openPage("lab/prompts?task=feedback&seeds=3&tab=run")
        compare(opened.page.lab.taskId, "feedback")
        compare(opened.page.lab.seeds, 3)
        // tab=run opens "Measure on test cases".
        compare(findByName(opened.page, "promptsTabs").currentIndex, 1)
        verify(findByName(opened.page, "runTab").visible)
        opened.window.destroy()
    }

    function test_unknownLabOpensNoPage() {
        const window = openWindow("home")
        tryVerify(() => findByName(window.contentItem, "homePage") !== null, 5000)
        const stack = findByName(window.contentItem, "pageStack")
        compare(stack.depth, 1)
        window.openRoute("lab/prompts")
        tryCompare(stack, "depth", 2)
        window.openRoute("lab/nosuchlab")
        wait(100)
        compare(stack.depth, 2)
        compare(stack.currentItem.objectName, "promptsLabPage")
        window.destroy()
    }
}
