import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Loopwise

// Accuracy, the confusion matrix, the stop conditions and the speed reached.
Card {
    id: card

    required property NetworkLab lab

    Label {
        textFormat: Text.PlainText
        text: qsTr("Results and stop conditions")
        font.bold: true
        color: Theme.text
    }
    Label {
        textFormat: Text.PlainText
        Layout.fillWidth: true
        visible: !card.lab.regression
        text: qsTr("Accuracy: %1 % on training data, %2 % on test data.")
              .arg(Math.round(card.lab.trainAccuracy * 100)).arg(Math.round(card.lab.testAccuracy * 100))
        color: Theme.text
        wrapMode: Text.Wrap
    }
    Label {
        textFormat: Text.PlainText
        visible: !card.lab.regression
        text: qsTr("Confusion matrix of the test data (rows: true class, columns: predicted class)")
        Layout.fillWidth: true
        font.pixelSize: Theme.fontSmall
        color: Theme.textMuted
        wrapMode: Text.Wrap
    }
    GridLayout {
        visible: !card.lab.regression
        columns: card.lab.confusion.length + 1
        columnSpacing: 2
        rowSpacing: 2
        Repeater {
            model: (card.lab.confusion.length + 1) * (card.lab.confusion.length + 1)
            delegate: Rectangle {
                required property int index
                readonly property int size: card.lab.confusion.length + 1
                readonly property int row: Math.floor(index / size) - 1
                readonly property int col: index % size - 1
                readonly property bool header: row < 0 || col < 0
                implicitWidth: Theme.touchTarget * 1.2
                implicitHeight: Theme.touchTarget * 0.8
                color: header ? "transparent" : row === col ? Theme.goodSoft : Theme.surfaceAlt
                Label {
                    textFormat: Text.PlainText
                    anchors.centerIn: parent
                    text: parent.row < 0 && parent.col < 0 ? ""
                        : parent.row < 0 ? qsTr("→ %1").arg(parent.col)
                        : parent.col < 0 ? qsTr("%1").arg(parent.row)
                        : String(card.lab.confusion[parent.row][parent.col])
                    font.bold: parent.header
                    color: Theme.text
                }
            }
        }
    }
    Flow {
        Layout.fillWidth: true
        spacing: Theme.spacing
        ColumnLayout {
            spacing: 0
            Label {
                textFormat: Text.PlainText
                text: qsTr("Stop at epoch (0: never)")
                color: Theme.text
            }
            SpinBox {
                objectName: "epochLimitBox"
                implicitHeight: Theme.touchTarget
                from: 0
                to: 1000000
                stepSize: 100
                editable: true
                value: card.lab.epochLimit
                onValueModified: card.lab.epochLimit = value
                Accessible.name: qsTr("Stop at epoch")
            }
        }
        ColumnLayout {
            spacing: 0
            Label {
                textFormat: Text.PlainText
                text: qsTr("Stop at test loss (0: never)")
                color: Theme.text
            }
            TextField {
                id: targetField
                implicitHeight: Theme.touchTarget
                text: Number(card.lab.targetLoss).toLocaleString(Qt.locale(), "f", 3)
                // Any digits the learner types (٠٫٥, 0.5, 0,5): one C++ reader for every typed number.
                validator: NumberValidator { bottom: 0; top: 1000 }
                inputMethodHints: Qt.ImhFormattedNumbersOnly
                onEditingFinished: card.lab.targetLoss = NumberInput.parse(text)
                Accessible.name: qsTr("Stop at test loss")
            }
        }
    }
    Label {
        textFormat: Text.PlainText
        Layout.fillWidth: true
        visible: card.lab.epochsPerSecond > 0
        text: qsTr("Speed: %1 epochs per second.").arg(Math.round(card.lab.epochsPerSecond).toLocaleString(Qt.locale(), "f", 0))
        color: Theme.textMuted
    }
}
