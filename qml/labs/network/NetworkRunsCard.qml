import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtCharts
import Loopwise

// Saved runs (kept in the learner's progress) and two of them compared, curves overlaid.
Card {
    id: card

    required property NetworkLab lab
    property string firstId: ""
    property string secondId: ""
    readonly property var runChoices: lab.savedRuns.runs.map(run => ({ id: run.id, label: run.label }))

    Label {
        textFormat: Text.PlainText
        text: qsTr("Saved runs")
        font.bold: true
        color: Theme.text
    }
    RowLayout {
        Layout.fillWidth: true
        TextField {
            id: runName
            Layout.fillWidth: true
            implicitHeight: Theme.touchTarget
            placeholderText: qsTr("Name of this run (optional)")
            Accessible.name: qsTr("Name of this run")
        }
        AppButton {
            objectName: "saveRunButton"
            text: qsTr("Save run")
            enabled: card.lab.epoch > 0
            onClicked: {
                const id = card.lab.saveRun(runName.text)
                if (id !== "") {
                    runName.text = ""
                    card.secondId = card.firstId
                    card.firstId = id
                }
            }
        }
    }
    Label {
        textFormat: Text.PlainText
        Layout.fillWidth: true
        visible: card.runChoices.length === 0
        text: qsTr("No saved runs yet. Save one, change something, train again and save that too: then compare them here.")
        color: Theme.textMuted
        wrapMode: Text.Wrap
    }
    GridLayout {
        Layout.fillWidth: true
        visible: card.runChoices.length > 0
        columns: card.width > 700 ? 2 : 1
        columnSpacing: Theme.spacing
        Repeater {
            model: [{ which: "first", name: qsTr("Run A") }, { which: "second", name: qsTr("Run B") }]
            delegate: ColumnLayout {
                id: side
                required property var modelData
                readonly property string runId: modelData.which === "first" ? card.firstId : card.secondId
                readonly property var run: (card.lab.savedRuns.runs, card.lab.savedRuns.get(runId))
                Layout.fillWidth: true
                ChoiceBox {
                    Layout.fillWidth: true
                    label: side.modelData.name
                    choices: card.runChoices
                    current: side.runId
                    onChosen: value => {
                        if (side.modelData.which === "first")
                            card.firstId = value
                        else
                            card.secondId = value
                    }
                }
                Label {
                    textFormat: Text.PlainText
                    Layout.fillWidth: true
                    visible: side.run.id !== undefined
                    text: side.run.regression
                          ? qsTr("%1 epochs · test loss %2 · training loss %3")
                            .arg(side.run.epoch).arg(Number(side.run.testLoss).toLocaleString(Qt.locale(), 'f', 3)).arg(Number(side.run.trainLoss).toLocaleString(Qt.locale(), 'f', 3))
                          : qsTr("%1 epochs · test loss %2 · training loss %3 · test accuracy %4 %")
                            .arg(side.run.epoch).arg(Number(side.run.testLoss).toLocaleString(Qt.locale(), 'f', 3))
                            .arg(Number(side.run.trainLoss).toLocaleString(Qt.locale(), 'f', 3)).arg(Math.round(side.run.testAccuracy * 100))
                    color: Theme.text
                    wrapMode: Text.Wrap
                }
                Label {
                    textFormat: Text.PlainText
                    Layout.fillWidth: true
                    visible: side.run.id !== undefined
                    text: side.run.link || ""
                    font.pixelSize: Theme.fontSmall
                    color: Theme.textMuted
                    wrapMode: Text.WrapAnywhere
                }
            }
        }
    }
    ChartView {
        id: compare
        Layout.fillWidth: true
        Layout.preferredHeight: 300
        visible: card.firstId !== "" || card.secondId !== ""
        antialiasing: true
        backgroundColor: Theme.surface
        legend.labelColor: Theme.text
        legend.font.pixelSize: Theme.fontSmall
        Accessible.role: Accessible.Chart
        Accessible.name: qsTr("Loss curves of the two runs")

        ValueAxis {
            id: compareEpochs
            min: 0
            labelFormat: "%d"
            labelsColor: Theme.textMuted
            gridLineColor: Theme.border
            labelsFont.pixelSize: Theme.fontSmall
        }
        ValueAxis {
            id: compareLoss
            min: 0
            labelFormat: "%.2f"
            labelsColor: Theme.textMuted
            gridLineColor: Theme.border
            labelsFont.pixelSize: Theme.fontSmall
        }
        LineSeries { id: firstTrain; name: qsTr("A training"); axisX: compareEpochs; axisY: compareLoss; color: LabColours.firstRun; width: 2 }
        LineSeries { id: firstTest; name: qsTr("A test"); axisX: compareEpochs; axisY: compareLoss; color: LabColours.firstRun; width: 2; style: Qt.DashLine }
        LineSeries { id: secondTrain; name: qsTr("B training"); axisX: compareEpochs; axisY: compareLoss; color: LabColours.secondRun; width: 2 }
        LineSeries { id: secondTest; name: qsTr("B test"); axisX: compareEpochs; axisY: compareLoss; color: LabColours.secondRun; width: 2; style: Qt.DashLine }

        function refill() {
            LossSeries.fill(card.lab.savedRuns.history(card.firstId), firstTrain, firstTest)
            LossSeries.fill(card.lab.savedRuns.history(card.secondId), secondTrain, secondTest)
            let maxX = 10, maxY = 0.01
            for (const series of [firstTrain, firstTest, secondTrain, secondTest])
                for (let i = 0; i < series.count; ++i) {
                    const p = series.at(i)
                    maxX = Math.max(maxX, p.x)
                    maxY = Math.max(maxY, p.y)
                }
            compareEpochs.max = maxX
            compareLoss.max = maxY * 1.05
        }
    }
    // Until the learner picks, compare the two newest runs.
    onRunChoicesChanged: {
        if (firstId === "" && runChoices.length > 0)
            firstId = runChoices[0].id
        if (secondId === "" && runChoices.length > 1)
            secondId = runChoices[1].id
    }
    Component.onCompleted: runChoicesChanged()
    onFirstIdChanged: compare.refill()
    onSecondIdChanged: compare.refill()
}
