import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Loopwise

// Run to the end (or pause), reset, and how far training has come.
Card {
    id: bar

    required property AssumptionsController lab

    Flow {
        Layout.fillWidth: true
        spacing: Theme.unit

        AppButton {
            objectName: "runButton"
            text: bar.lab.running ? qsTr("Pause") : qsTr("Train and check")
            highlighted: true
            enabled: bar.lab.running || !bar.lab.finished
            onClicked: bar.lab.togglePlay()
            Accessible.name: text
        }
        AppButton {
            objectName: "resetButton"
            text: qsTr("Reset")
            onClicked: bar.lab.reset()
            Accessible.name: text
        }
        Label {
            textFormat: Text.PlainText
            objectName: "progressLabel"
            height: Theme.touchTarget
            leftPadding: Theme.unit
            verticalAlignment: Text.AlignVCenter
            text: bar.lab.progressText
            font.bold: true
            color: Theme.text
        }
    }
    ProgressBar {
        Layout.fillWidth: true
        value: bar.lab.progress
        Accessible.name: bar.lab.progressText
    }
}
