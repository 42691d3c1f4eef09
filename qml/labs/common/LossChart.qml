import QtQuick
import QtCharts
import Loopwise

// Training and test (or validation) loss over the epochs, redrawn at most ten times a
// second however fast the lab trains, from a lab's lossHistory. Optionally a
// logarithmic loss axis (losses that span many powers of ten) and a baseline's loss as a
// level line.
ChartView {
    id: chart
    // Epochs grow to the right in every language (README, "Right to left").
    LayoutMirroring.enabled: false
    LayoutMirroring.childrenInherit: true

    required property LossHistoryModel history
    property string trainName: qsTr("Training loss")
    property string testName: qsTr("Test loss")
    property bool logScale: false
    // The lowest loss to show on the log scale (above 0).
    property real minLoss: 0.001
    // A baseline's loss, drawn as a level line; 0 or less: none.
    property real baselineLoss: 0
    property string baselineName: qsTr("Baseline")
    // A baseline far above the curves would squash them on a linear axis: it then stays off it.
    readonly property bool baselineInRange: baselineLoss > 0 && (logScale || baselineLoss <= history.maxLoss * 2)
    property real maxLoss: Math.max(0.01, Math.max(history.maxLoss, baselineInRange ? baselineLoss : 0) * 1.05)
    property real maxEpoch: Math.max(10, history.maxEpoch)

    implicitHeight: 260
    antialiasing: true
    backgroundColor: Theme.surface
    plotAreaColor: Theme.surface
    legend.labelColor: Theme.text
    legend.font.pixelSize: Theme.fontSmall
    margins { left: 4; right: 4; top: 4; bottom: 4 }
    // Axis figures in the reader's number format (0,29 and 1.000 in German).
    localizeNumbers: true
    locale: Qt.locale(Preferences.language)
    Accessible.role: Accessible.Chart
    Accessible.name: qsTr("Loss chart")

    ValueAxis {
        id: epochs
        min: 0
        max: chart.maxEpoch
        // Whole-number ticks of 1, 2 or 5 times a power of ten, about five across.
        tickType: ValueAxis.TicksDynamic
        tickAnchor: 0
        tickInterval: {
            const rough = Math.max(1, chart.maxEpoch / 5)
            const power = Math.pow(10, Math.floor(Math.log10(rough)))
            const scaled = rough / power
            return (scaled <= 1 ? 1 : scaled <= 2 ? 2 : scaled <= 5 ? 5 : 10) * power
        }
        labelFormat: "%.0f"
        labelsColor: Theme.textMuted
        gridLineColor: Theme.border
        labelsFont.pixelSize: Theme.fontSmall
    }
    ValueAxis {
        id: loss
        // The axis a series left stays in the chart: hidden whole, ticks included.
        visible: !chart.logScale
        lineVisible: visible
        labelsVisible: visible
        gridVisible: visible
        min: 0
        max: chart.maxLoss
        labelFormat: "%.2f"
        labelsColor: Theme.textMuted
        gridLineColor: Theme.border
        labelsFont.pixelSize: Theme.fontSmall
    }
    LogValueAxis {
        id: logLoss
        visible: chart.logScale
        base: 10
        min: Math.max(1e-9, Math.min(chart.minLoss, chart.baselineInRange ? chart.baselineLoss : chart.minLoss) * 0.7)
        max: Math.max(min * 10, chart.maxLoss * 1.4)
        // Qt Charts can only print these figures as 1e+05: its labels stay, unseen, to keep
        // their room, and the powers of ten below are drawn over them.
        labelFormat: "%.0e"
        labelsColor: "transparent"
        gridLineColor: Theme.border
        labelsFont.pixelSize: Theme.fontSmall
    }
    // The whole powers of ten on the log axis, where its grid lines are.
    readonly property var decades: {
        const list = []
        if (logScale) {
            const tolerance = 1e-9
            for (let power = Math.ceil(Math.log10(logLoss.min) - tolerance);
                 power <= Math.floor(Math.log10(logLoss.max) + tolerance); ++power)
                list.push(power)
        }
        return list
    }
    Repeater {
        model: chart.decades
        delegate: Text {
            textFormat: Text.PlainText
            required property int modelData
            // Where the series put this loss; follows the axis range and the plot area.
            readonly property point at: chart.plotArea.height > 0 && logLoss.min < logLoss.max
                                        ? chart.mapToPosition(Qt.point(0, Math.pow(10, modelData)), trainSeries)
                                        : Qt.point(0, 0)
            objectName: "logAxisLabel"
            text: Figures.powerOfTen(modelData)
            x: chart.plotArea.x - width - Theme.unit
            y: at.y - height / 2
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
        }
    }
    LineSeries {
        id: trainSeries
        name: chart.trainName
        axisX: epochs
        axisY: chart.logScale ? logLoss : loss
        color: LabColours.trainLoss
        width: 2
    }
    LineSeries {
        id: testSeries
        name: chart.testName
        axisX: epochs
        axisY: chart.logScale ? logLoss : loss
        color: LabColours.testLoss
        width: 2
        style: Qt.DashLine
    }
    LineSeries {
        id: baselineSeries
        name: chart.baselineName
        visible: chart.baselineInRange
        axisX: epochs
        axisY: chart.logScale ? logLoss : loss
        color: LabColours.baseline
        width: 2
        style: Qt.DotLine
    }

    function refill() {
        LossSeries.fill(history, trainSeries, testSeries)
        baselineSeries.clear()
        if (baselineInRange) {
            baselineSeries.append(0, baselineLoss)
            baselineSeries.append(maxEpoch, baselineLoss)
        }
    }
    onLogScaleChanged: refill()
    onBaselineLossChanged: refill()

    Timer {
        id: throttle
        interval: 100
        onTriggered: chart.refill()
    }
    Connections {
        target: chart.history
        function onUpdated() {
            if (!throttle.running)
                throttle.start()
        }
    }
    Component.onCompleted: refill()
}
