import QtQuick
import QtCharts
import Loopwise

// Training and test (or validation) loss over the epochs, redrawn at most ten times a
// second however fast the lab trains. `lab` is any lab with fillLossSeries().
ChartView {
    id: chart

    required property var lab
    property string trainName: qsTr("Training loss")
    property string testName: qsTr("Test loss")
    property real maxLoss: Math.max(0.01, lab.historyMaxLoss * 1.05)
    property real maxEpoch: Math.max(10, lab.historyMaxEpoch)

    implicitHeight: 260
    antialiasing: true
    backgroundColor: Theme.surface
    plotAreaColor: Theme.surface
    legend.labelColor: Theme.text
    legend.font.pixelSize: Theme.fontSmall
    margins { left: 4; right: 4; top: 4; bottom: 4 }
    Accessible.role: Accessible.Chart
    Accessible.name: qsTr("Loss chart")

    ValueAxis {
        id: epochs
        min: 0
        max: chart.maxEpoch
        labelFormat: "%d"
        labelsColor: Theme.textMuted
        gridLineColor: Theme.border
        labelsFont.pixelSize: Theme.fontSmall
    }
    ValueAxis {
        id: loss
        min: 0
        max: chart.maxLoss
        labelFormat: "%.2f"
        labelsColor: Theme.textMuted
        gridLineColor: Theme.border
        labelsFont.pixelSize: Theme.fontSmall
    }
    LineSeries {
        id: trainSeries
        name: chart.trainName
        axisX: epochs
        axisY: loss
        color: "#5a6472"
        width: 2
    }
    LineSeries {
        id: testSeries
        name: chart.testName
        axisX: epochs
        axisY: loss
        color: "#1f5fbf"
        width: 2
        style: Qt.DashLine
    }

    function refill() { lab.fillLossSeries(trainSeries, testSeries) }

    Timer {
        id: throttle
        interval: 100
        onTriggered: chart.refill()
    }
    Connections {
        target: chart.lab
        function onSnapshotChanged() {
            if (!throttle.running)
                throttle.start()
        }
    }
    Component.onCompleted: refill()
}
