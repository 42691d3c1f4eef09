import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Loopwise

// One tap per phenomenon: each preset loads settings that show it reliably.
Card {
    id: card

    required property LearningLab lab

    Label {
        textFormat: Text.PlainText
        text: qsTr("Presets")
        font.bold: true
        color: Theme.text
    }
    Flow {
        Layout.fillWidth: true
        spacing: Theme.unit
        Repeater {
            model: card.lab.presetChoices
            delegate: AppButton {
                required property var modelData
                objectName: "preset-" + modelData.id
                text: modelData.label
                font.capitalization: Font.MixedCase
                highlighted: card.lab.preset === modelData.id
                onClicked: card.lab.applyPreset(modelData.id)
                Accessible.name: qsTr("Preset %1: %2").arg(modelData.label).arg(modelData.description)
                ToolTip.visible: hovered
                ToolTip.text: modelData.description
            }
        }
    }
    Label {
        textFormat: Text.PlainText
        Layout.fillWidth: true
        visible: text !== ""
        text: {
            const chosen = card.lab.presetChoices.find(p => p.id === card.lab.preset)
            return chosen ? chosen.description : ""
        }
        color: Theme.textMuted
        wrapMode: Text.Wrap
    }
}
