import QtQuick
import QtTest
import Loopwise

// The network lab's canvas: the learner adds points of a class by touch and erases them
// by mouse, and the lab trains on them.
Item {
    id: root
    width: 600
    height: 600

    NetworkLab {
        id: lab
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
            const before = lab.points.length
            canvas.mode = "add"
            canvas.addClass = 1
            // The centre of the canvas is (0, 0) in data coordinates; a quarter in is (-3, 3).
            const touch = touchEvent(canvas)
            touch.press(0, canvas, canvas.width / 4, canvas.height / 4).commit()
            touch.release(0, canvas, canvas.width / 4, canvas.height / 4).commit()
            tryCompare(lab, "dataset", "custom")
            compare(lab.points.length, before + 1)
            const added = lab.points.find(p => Math.abs(p.x + 3) < 0.05 && Math.abs(p.y - 3) < 0.05)
            verify(added !== undefined, "the point lands where it was touched")
            compare(added.label, 1)

            canvas.addClass = 2
            touch.press(0, canvas, canvas.width * 0.75, canvas.height * 0.75).commit()
            touch.release(0, canvas, canvas.width * 0.75, canvas.height * 0.75).commit()
            compare(lab.points.length, before + 2)
            compare(lab.classes, 3)

            canvas.mode = "erase"
            mouseClick(canvas, canvas.width / 4, canvas.height / 4)
            compare(lab.points.length, before + 1)
            verify(lab.points.find(p => Math.abs(p.x + 3) < 0.05 && Math.abs(p.y - 3) < 0.05) === undefined)

            // Looking does not change the data.
            canvas.mode = "look"
            mouseClick(canvas, canvas.width / 2, canvas.height / 2)
            compare(lab.points.length, before + 1)

            lab.runEpochs(20)
            tryCompare(lab, "busy", false)
            compare(lab.epoch, 20)
        }
    }
}
