import QtQuick
import QtTest
import Loopwise

// The glossary tip in the app's own window: Esc closes it (and only the next Esc goes
// back), and going to another page takes it away.
Item {
    id: root
    width: 200
    height: 200

    Component {
        id: appWindow
        Main {}
    }

    TestCase {
        name: "GlossaryTipInTheWindow"
        when: windowShown

        function findTipLoader(item) {
            for (let i = 0; i < item.children.length; ++i) {
                const child = item.children[i]
                if (child.objectName === "glossaryTipLoader")
                    return child
                const found = findTipLoader(child)
                if (found)
                    return found
            }
            return null
        }

        function openWindowAt(route) {
            const window = createTemporaryObject(appWindow, root, { startRoute: route })
            window.requestActivate()
            tryVerify(() => window.active)
            tryVerify(() => !window.busy)
            return window
        }

        function showTipIn(window) {
            Navigation.showTerm("loss", window.contentItem, 200, 200)
            const loader = findTipLoader(window.contentItem)
            verify(loader !== null)
            const tip = loader.item
            tryVerify(() => tip.opened)
            return tip
        }

        function test_escClosesTheTipThenGoesBack() {
            const window = openWindowAt("home")
            Navigation.open("glossary")
            tryVerify(() => !window.busy)
            const tip = showTipIn(window)
            keyClick(Qt.Key_Escape)
            tryVerify(() => !tip.opened)
            const glossaryTitle = window.title
            keyClick(Qt.Key_Escape) // now Esc goes back home
            tryVerify(() => window.title !== glossaryTitle)
        }

        function test_navigationTakesTheTipAway() {
            const window = openWindowAt("home")
            const tip = showTipIn(window)
            Navigation.open("glossary")
            tryVerify(() => !tip.opened)
        }
    }
}
