import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Loopwise

// One experiment of the lab, scrolling on its own: the framing, the message, the run bar,
// then the experiment's own cards (its settings and prediction in `setup`, its figures in
// `results`, shown once the run has finished), then what happened and the question.
Flickable {
    id: panel

    required property AssumptionsController lab
    property alias setup: setupColumn.data
    property alias results: resultsColumn.data
    // A question to predict before the run.
    property string predictionQuestion
    // The experiment's main chart: the picture attached to the decision note.
    property Item evidenceChart: null
    readonly property bool wide: width >= 1000

    clip: true
    contentWidth: width
    contentHeight: content.implicitHeight + Theme.spacing * 2
    boundsBehavior: Flickable.StopAtBounds
    ScrollBar.vertical: ScrollBar {}

    ColumnLayout {
        id: content
        x: Theme.spacing
        y: Theme.spacing
        width: panel.width - Theme.spacing * 2
        spacing: Theme.spacing

        Label {
            textFormat: Text.PlainText
            objectName: "framing"
            Layout.fillWidth: true
            text: panel.lab.framing
            color: Theme.text
            wrapMode: Text.Wrap
        }
        LabMessage {
            Layout.fillWidth: true
            lab: panel.lab
            textObjectName: "assumptionsMessage"
        }
        // Wide: the settings and the prediction side by side.
        GridLayout {
            id: setupColumn
            Layout.fillWidth: true
            columns: panel.wide ? 2 : 1
            columnSpacing: Theme.spacing
            rowSpacing: Theme.spacing
        }
        LabPredictionCard {
            Layout.fillWidth: true
            lab: panel.lab
            question: panel.predictionQuestion
            resetHint: qsTr("Reset to make a prediction before the next run.")
        }
        AssumptionsRunBar {
            Layout.fillWidth: true
            lab: panel.lab
        }
        GridLayout {
            id: resultsColumn
            Layout.fillWidth: true
            visible: panel.lab.finished
            columns: panel.wide ? 2 : 1
            columnSpacing: Theme.spacing
            rowSpacing: Theme.spacing
        }
        AttachEvidenceButton {
            Layout.fillWidth: true
            lab: panel.lab
            chart: panel.evidenceChart
        }
        AssumptionsAfterRun {
            Layout.fillWidth: true
            visible: panel.lab.finished && panel.lab.explanation !== ""
            lab: panel.lab
        }
    }
}
