import QtQuick
import QtTest
import Loopwise

// The app's window opened at lab/prompts shows the prompts lab's page, which says what the
// lab will let the learner do; a lab id the registry does not have opens no page.
TestCase {
    id: test
    name: "PromptsLab"

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
        const window = component.createObject(null, { startRoute: route, visible: false })
        verify(window)
        return window
    }

    function test_routeOpensThePage() {
        const window = openWindow("lab/prompts")
        let page = null
        tryVerify(() => (page = findByName(window.contentItem, "promptsLabPage")) !== null, 5000)
        compare(page.labId, "prompts")
        compare(page.title, Labs.title("prompts"))
        compare(page.plans.length, 3)
        compare(Labs.page("prompts"), "labs/prompts/PromptsLabPage.qml")
        window.destroy()
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
