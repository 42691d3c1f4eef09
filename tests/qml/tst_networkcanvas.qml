import QtQuick
import QtTest
import Loopwise

// The network lab's canvas and diagram: the learner adds points of a class by touch and
// erases them by mouse, and changes a weight with the keyboard alone.
Item {
    id: root
    width: 600
    height: 600

    NetworkLab {
        id: lab
    }
    NetworkDiagram {
        id: diagram
        x: 0
        y: 490
        width: 600
        lab: lab
    }
    LabCanvas {
        id: canvas
        width: 480
        height: 480
        lab: lab
    }

    TestCase {
        name: "NetworkCanvas"
        when: windowShown

        function test_addPointsByTouchThenErase() {
            tryCompare(lab, "busy", false)
            const before = lab.points.count
            canvas.mode = "add"
            canvas.addClass = 1
            // The centre of the canvas is (0, 0) in data coordinates; a quarter in is (-3, 3).
            const touch = touchEvent(canvas)
            touch.press(0, canvas, canvas.width / 4, canvas.height / 4).commit()
            touch.release(0, canvas, canvas.width / 4, canvas.height / 4).commit()
            tryCompare(lab, "dataset", "custom")
            compare(lab.points.count, before + 1)
            const addedRow = lab.points.rowNear(-3, 3, 0.05)
            verify(addedRow >= 0, "the point lands where it was touched")
            const added = lab.points.get(addedRow)
            compare(added.label, 1)

            canvas.addClass = 2
            touch.press(0, canvas, canvas.width * 0.75, canvas.height * 0.75).commit()
            touch.release(0, canvas, canvas.width * 0.75, canvas.height * 0.75).commit()
            compare(lab.points.count, before + 2)
            compare(lab.classes, 3)

            canvas.mode = "erase"
            mouseClick(canvas, canvas.width / 4, canvas.height / 4)
            compare(lab.points.count, before + 1)
            compare(lab.points.rowNear(-3, 3, 0.05), -1)

            // Looking does not change the data.
            canvas.mode = "look"
            mouseClick(canvas, canvas.width / 2, canvas.height / 2)
            compare(lab.points.count, before + 1)

            lab.runEpochs(20)
            tryCompare(lab, "busy", false)
            compare(lab.epoch, 20)
        }

        function test_changeAWeightByKeyboard() {
            tryCompare(lab, "busy", false)
            const view = findChild(diagram, "weightsView")
            verify(view !== null)
            view.forceActiveFocus()
            compare(view.selectedWeight, 0)
            keyClick(Qt.Key_Right)
            compare(view.selectedWeight, 1)
            const picked = view.weight(1)
            keyClick(Qt.Key_Return)
            // The editor opens with its value field focused and filled with the current value.
            tryVerify(() => root.Window.activeFocusItem && root.Window.activeFocusItem.objectName === "weightValueField")
            const field = root.Window.activeFocusItem
            compare(Number.fromLocaleString(Qt.locale(), field.text).toFixed(3), Number(picked.value).toFixed(3))
            field.selectAll()
            keyClick(Qt.Key_Minus)
            keyClick(Qt.Key_0)
            keyClick(Qt.Key_Period)
            keyClick(Qt.Key_2)
            keyClick(Qt.Key_5)
            keyClick(Qt.Key_Return)
            tryVerify(() => Math.abs(lab.weight(picked.layer, picked.unit, picked.input) + 0.25) < 1e-6)
        }
    }
}
