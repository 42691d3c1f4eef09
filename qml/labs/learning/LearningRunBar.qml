import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Loopwise

// Play, pause, step, reset and new data, with where training is.
Card {
    id: bar

    required property LearningLab lab

    Flow {
        Layout.fillWidth: true
        spacing: Theme.unit

        PlayPauseButton {
            objectName: "playButton"
            playing: bar.lab.running
            enabled: !bar.lab.diverged
            onClicked: bar.lab.togglePlay()
        }
        AppButton {
            objectName: "stepButton"
            text: qsTr("Step one epoch")
            enabled: !bar.lab.running && !bar.lab.diverged
            onClicked: bar.lab.step()
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Train one epoch (Ctrl+Right)")
        }
        AppButton {
            objectName: "batchButton"
            text: qsTr("Step one batch")
            enabled: !bar.lab.running && !bar.lab.diverged
            onClicked: bar.lab.traceStep()
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Send one batch round the training loop, stage by stage (Ctrl+Down)")
        }
        AppButton {
            objectName: "resetButton"
            text: qsTr("Reset")
            onClicked: bar.lab.reset()
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Fresh parameters, same data (Ctrl+R)")
        }
        AppButton {
            objectName: "newDataButton"
            text: qsTr("New data")
            onClicked: bar.lab.newData()
        }
        ChoiceBox {
            objectName: "speedChoice"
            width: Math.max(Theme.unit * 20, implicitWidth)
            //: how many epochs the lab trains between two pictures on the screen
            label: qsTr("Speed")
            choices: bar.lab.speedChoices.map((text, i) => ({ id: i, label: text }))
            current: bar.lab.speed
            onChosen: value => bar.lab.speed = value
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
}
