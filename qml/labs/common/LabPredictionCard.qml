import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Loopwise

// Predict, then run: the learner records what they expect before pressing play, and the
// lab puts it beside what happened. `lab` offers predictionChoices, prediction and
// predictionOutcome beside the LabController's canPredict.
Card {
    id: card

    required property LabController lab
    // What the learner is asked before the run, and told when a run has started unpredicted.
    required property string question
    required property string resetHint

    Label {
        textFormat: Text.PlainText
        text: qsTr("Predict, then run")
        font.bold: true
        color: Theme.text
    }
    Label {
        textFormat: Text.PlainText
        Layout.fillWidth: true
        text: card.lab.canPredict ? card.question
                                  : card.lab.prediction === "" ? card.resetHint : qsTr("Your prediction:")
        color: Theme.textMuted
        wrapMode: Text.Wrap
    }
    ButtonGroup { id: predictionGroup }
    Repeater {
        model: card.lab.predictionChoices
        delegate: RadioButton {
            required property var modelData
            objectName: "prediction-" + modelData.id
            Layout.fillWidth: true
            text: modelData.label
            implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight)
            ButtonGroup.group: predictionGroup
            enabled: card.lab.canPredict
            checked: card.lab.prediction === modelData.id
            onClicked: card.lab.prediction = modelData.id
            // A wrapping label: the statements are longer than a line on a tablet.
            contentItem: Label {
                textFormat: Text.PlainText
                // Beside the indicator, on whichever side it is (right to left: the right).
                leftPadding: parent.mirrored ? 0 : parent.indicator.width + parent.spacing
                rightPadding: parent.mirrored ? parent.indicator.width + parent.spacing : 0
                text: parent.text
                color: Theme.text
                wrapMode: Text.Wrap
                verticalAlignment: Text.AlignVCenter
            }
        }
    }
    Label {
        textFormat: Text.PlainText
        objectName: "predictionOutcome"
        Layout.fillWidth: true
        visible: text !== ""
        text: card.lab.predictionOutcome
        color: Theme.text
        font.bold: true
        wrapMode: Text.Wrap
    }
}
