import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Loopwise

// Play, pause, step, reset, the pace and the presets, with where training is.
Card {
    id: bar

    required property ExpertsLab lab

    Flow {
        Layout.fillWidth: true
        spacing: Theme.unit

        AppButton {
            objectName: "playButton"
            text: bar.lab.running ? qsTr("Pause") : qsTr("Play")
            highlighted: true
            onClicked: bar.lab.togglePlay()
            Accessible.name: text
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Play or pause (Ctrl+Space)")
        }
        AppButton {
            objectName: "stepButton"
            text: qsTr("Step one epoch")
            enabled: !bar.lab.running
            onClicked: bar.lab.step()
            Accessible.name: text
        }
        AppButton {
            objectName: "resetButton"
            text: qsTr("Reset")
            onClicked: bar.lab.reset()
            Accessible.name: text
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Fresh parameters, same data (Ctrl+R)")
        }
        Label {
            textFormat: Text.PlainText
            objectName: "progressText"
            height: Theme.touchTarget
            verticalAlignment: Text.AlignVCenter
            text: bar.lab.progressText
            color: Theme.text
        }
    }
    Flow {
        Layout.fillWidth: true
        spacing: Theme.unit
        ChoiceBox {
            objectName: "presetChoice"
            width: Theme.unit * 30
            label: qsTr("Preset")
            choices: bar.lab.presetChoices
            current: ""
            onChosen: value => bar.lab.applyPreset(value)
        }
        ChoiceBox {
            objectName: "speedChoice"
            width: Theme.unit * 20
            label: qsTr("Speed")
            choices: bar.lab.speedChoices.map((text, i) => ({ id: i, label: text }))
            current: bar.lab.speed
            onChosen: value => bar.lab.speed = value
        }
    }
}
