import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Loopwise

// Predict, then run: the learner records what they expect before pressing play, and the
// lab puts it beside what happened.
Card {
    id: card

    required property NetworkLab lab

    Label {
        textFormat: Text.PlainText
        text: qsTr("Predict, then run")
        font.bold: true
        color: Theme.text
    }
    Label {
        textFormat: Text.PlainText
        Layout.fillWidth: true
        text: card.lab.epoch === 0 ? qsTr("Before you press play: what will this network do?")
                                   : card.lab.prediction === "" ? qsTr("Reset the network to make a prediction before the next run.")
                                                                : qsTr("Your prediction:")
        color: Theme.textMuted
        wrapMode: Text.Wrap
    }
    ButtonGroup { id: predictionGroup }
    Repeater {
        model: card.lab.predictionChoices
        delegate: RadioButton {
            required property var modelData
            Layout.fillWidth: true
            text: modelData.label
            implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight)
            ButtonGroup.group: predictionGroup
            enabled: card.lab.epoch === 0 && !card.lab.running
            checked: card.lab.prediction === modelData.id
            onClicked: card.lab.prediction = modelData.id
            // A wrapping label: the statements are longer than a line on a tablet.
            contentItem: Label {
                textFormat: Text.PlainText
                leftPadding: parent.indicator.width + parent.spacing
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
