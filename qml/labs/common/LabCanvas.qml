import QtQuick
import QtQuick.Controls
import Loopwise

// The network lab's output: the decision boundary (or one neuron's output) as a texture,
// the data points on top, and taps that add or erase the learner's own points.
Rectangle {
    id: canvas
    // x₁ and x₂ are coordinates, not reading order: the canvas never mirrors.
    LayoutMirroring.enabled: false
    LayoutMirroring.childrenInherit: true

    required property NetworkLab lab
    // -1: the network's output; else the neuron whose picture is shown instead.
    property int neuron: -1
    // "look", "add" or "erase"
    property string mode: "look"
    property int addClass: 0

    readonly property rect extent: lab.extent
    function toScreenX(x) { return (x - extent.x) / extent.width * width }
    function toScreenY(y) { return (1 - (y - extent.y) / extent.height) * height }
    function toDataX(px) { return extent.x + px / width * extent.width }
    function toDataY(py) { return extent.y + (1 - py / height) * extent.height }

    implicitWidth: 360
    implicitHeight: width
    color: Theme.surfaceAlt
    border.color: Theme.border
    Accessible.role: Accessible.Graphic
    Accessible.name: qsTr("Output of the network over the data")
    Accessible.description: lab.summary

    HeatmapView {
        anchors.fill: parent
        image: canvas.neuron < 0 ? canvas.lab.boundaryImage
                                 : (canvas.lab.revision, canvas.lab.neuronImage(canvas.neuron))
        interpolate: !canvas.lab.discretize
    }

    // One dot per row of the lab's points: an added point adds one dot, not all of them.
    Repeater {
        model: canvas.lab.points
        delegate: Rectangle {
            required property real dataX
            required property real dataY
            required property real label
            required property bool isTest
            visible: !isTest || canvas.lab.showTestData
            width: Math.max(6, canvas.width / 60) + (isTest ? 2 : 0)
            height: width
            radius: width / 2
            x: canvas.toScreenX(dataX) - width / 2
            y: canvas.toScreenY(dataY) - height / 2
            // Read again when the theme changes.
            color: (LabColours.dark, LabColours.pointColour(label, canvas.lab.regression))
            // Test and training points wear rings of opposite lightness: told apart without colour.
            border.color: isTest ? LabColours.testRing : LabColours.trainRing
            border.width: isTest ? 2 : 1
        }
    }

    TapHandler {
        enabled: canvas.mode !== "look"
        onTapped: eventPoint => {
            const p = eventPoint.position
            if (canvas.mode === "add")
                canvas.lab.addPoint(canvas.toDataX(p.x), canvas.toDataY(p.y), canvas.addClass)
            else
                canvas.lab.erasePoint(canvas.toDataX(p.x), canvas.toDataY(p.y), canvas.extent.width / 25)
        }
    }

    Label {
        textFormat: Text.PlainText
        visible: canvas.neuron >= 0
        anchors { left: parent.left; top: parent.top; margins: Theme.unit }
        padding: Theme.unit / 2
        text: qsTr("Showing one neuron's output")
        font.pixelSize: Theme.fontSmall
        color: Theme.text
        background: Rectangle { color: Theme.surface; opacity: 0.85; radius: 4 }
    }
}
