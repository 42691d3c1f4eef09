import QtQuick
import QtTest
import Loopwise

// The labs' colours come from LabColours and follow the dark theme: the loss chart's lines,
// the dots on the canvas and the legend's classes change with Preferences.darkTheme.
Item {
    id: root
    width: 900
    height: 900

    NetworkLab {
        id: lab
    }
    LossChart {
        id: chart
        width: 400
        height: 300
        history: lab.lossHistory
    }
    LabCanvas {
        id: canvas
        y: 300
        width: 400
        height: 400
        lab: lab
    }

    TestCase {
        name: "LabColours"
        when: windowShown

        function dots() {
            const list = []
            for (let i = 0; i < canvas.children.length; ++i) {
                const child = canvas.children[i]
                if (child.isTest !== undefined)
                    list.push(child)
            }
            return list
        }

        function cleanup() { Preferences.darkTheme = false }

        function test_followTheDarkTheme() {
            tryCompare(lab, "busy", false)
            verify(Qt.colorEqual(chart.series(0).color, LabColours.trainLoss))
            verify(Qt.colorEqual(chart.series(1).color, LabColours.testLoss))
            const lightTest = String(chart.series(1).color)  // a copy, not a reference to the property
            tryVerify(() => dots().length > 0)
            const dot = dots().find(d => !d.isTest && Math.round(d.label) === 1)
            verify(dot)
            verify(Qt.colorEqual(dot.color, LabColours.classColours[1]))
            const lightDot = String(dot.color)
            const lightRing = String(dot.border.color)

            Preferences.darkTheme = true
            verify(LabColours.dark)
            verify(Qt.colorEqual(chart.series(1).color, LabColours.testLoss))
            verify(!Qt.colorEqual(chart.series(1).color, lightTest))
            verify(Qt.colorEqual(dot.color, LabColours.classColours[1]))
            verify(!Qt.colorEqual(dot.color, lightDot))
            verify(!Qt.colorEqual(dot.border.color, lightRing))
        }
    }
}
