import QtQuick
import QtTest
import Loopwise

// The network lab in the app's own window (Main.qml, its top bar included) at 1280×800, in
// English and German: data, network and output (the canvas and the whole loss chart) are on
// the first screen, with nothing to scroll.
Item {
    id: root
    width: 200
    height: 200

    Component {
        id: appWindow
        Main {}
    }

    TestCase {
        name: "NetworkLabInTheWindow"
        when: windowShown

        function cleanup() {
            Preferences.language = "en"
        }

        // Where an item is in the window's visible area (below the top bar), or why it is not.
        function verifyOnFirstScreen(window, name) {
            const item = findChild(window.contentItem, name)
            verify(item !== null, "no item " + name)
            verify(item.visible && item.width > 0 && item.height > 0, name + " is not shown")
            const area = window.contentItem
            const box = item.mapToItem(area, 0, 0, item.width, item.height)
            verify(box.x >= 0 && box.y >= 0, name + " starts outside the window: " + box)
            verify(box.x + box.width <= area.width + 0.5 && box.y + box.height <= area.height + 0.5,
                   name + " ends below or beside the " + area.width + "×" + area.height + " visible area: " + box)
        }

        function test_firstScreen_data() {
            return [{ tag: "en", language: "en" }, { tag: "de", language: "de" }]
        }

        function test_firstScreen(data) {
            Preferences.language = data.language
            const window = createTemporaryObject(appWindow, root, { startRoute: "lab/network", width: 1280, height: 800 })
            tryVerify(() => !window.busy, 10000)
            wait(300) // the first snapshot and the layout settle
            compare(window.contentItem.width, 1280)
            verify(window.contentItem.height < 800, "the top bar takes its part of the window")
            for (const name of ["playButton", "datasetChoice", "weightsView", "labCanvas", "lossChart"])
                verifyOnFirstScreen(window, name)
            verify(findChild(window.contentItem, "labCanvas").width >= 240, "the canvas is too small to read")
            verify(findChild(window.contentItem, "lossChart").height >= 150, "the loss chart is too small to read")
            // Nothing of the output is scrolled away: the page opens at its top.
            compare(findChild(window.contentItem, "labFlick").contentY, 0)
        }
    }
}
