import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Loopwise

// Training and validation loss over the epochs, with the baseline's validation loss as a
// level line; a log scale shows losses that span many powers of ten (before a collapse).
Card {
    id: card

    required property LearningLab lab

    RowLayout {
        Layout.fillWidth: true
        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            text: qsTr("Loss")
            font.bold: true
            color: Theme.text
        }
        CheckBox {
            id: logScale
            objectName: "logScaleBox"
            text: qsTr("Log scale")
            implicitHeight: Theme.touchTarget
            // A loss that grew a thousandfold flattens everything else on a linear scale.
            checked: card.lab.lossHistory.maxLoss > 1000 * card.lab.lossHistory.minLoss
        }
    }
    LossChart {
        objectName: "lossChart"
        Layout.fillWidth: true
        Layout.preferredHeight: 320
        history: card.lab.lossHistory
        testName: qsTr("Validation loss")
        logScale: logScale.checked
        minLoss: card.lab.lossHistory.minLoss
        baselineLoss: card.lab.baselineLoss
        baselineName: qsTr("Baseline (validation)")
    }
}
