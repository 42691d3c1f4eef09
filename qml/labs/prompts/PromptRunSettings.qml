import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Loopwise

// The run's model and sampling: the built-in demonstration model or the learner's local
// model server (its settings when chosen), seeds, temperature and calibration. The choices
// are written to the lab page's settings object.
Card {
    id: card

    required property PromptRunLab lab
    required property QtObject settings
    readonly property ModelServer server: lab.server

    Label {
        textFormat: Text.PlainText
        text: qsTr("Model and settings")
        font.bold: true
        color: Theme.text
    }
    Flow {
        Layout.fillWidth: true
        spacing: Theme.unit
        RadioButton {
            objectName: "builtinModelButton"
            //: the built-in model, chosen as the model a test runs on
            text: qsTr("Built-in demonstration model")
            checked: card.settings.modelSource === "builtin"
            autoExclusive: false  // both follow the settings
            onToggled: {
                card.settings.modelSource = "builtin"
                checked = Qt.binding(() => card.settings.modelSource === "builtin")
            }
            Accessible.name: text
        }
        RadioButton {
            objectName: "serverModelButton"
            text: qsTr("My local model server")
            checked: card.settings.modelSource === "server"
            autoExclusive: false  // both follow the settings
            onToggled: {
                card.settings.modelSource = "server"
                checked = Qt.binding(() => card.settings.modelSource === "server")
            }
            Accessible.name: text
        }
    }
    Label {
        textFormat: Text.PlainText
        Layout.fillWidth: true
        visible: card.settings.modelSource === "builtin"
        text: qsTr("A small demonstration model made by the Loopwise project: it is trained on this computer from text the project ships, in a few seconds the first time, and gives the same answers for the same seed. It shows real effects of few-shot examples and their order, but it is not a large language model.")
        color: Theme.textMuted
        wrapMode: Text.Wrap
    }

    ColumnLayout {
        Layout.fillWidth: true
        visible: card.settings.modelSource === "server"
        spacing: Theme.unit
        Switch {
            objectName: "serverEnabledSwitch"
            text: qsTr("Send prompts to the local model server")
            checked: card.server.enabled
            // Written to the server, then bound to it again (a toggle replaces the binding).
            onToggled: {
                card.server.enabled = checked
                checked = Qt.binding(() => card.server.enabled)
            }
            Accessible.name: text
        }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.unit
            AppComboBox {
                model: card.server.flavours
                currentIndex: Math.max(0, card.server.flavours.indexOf(card.server.flavour))
                onActivated: card.server.flavour = currentText
                //: the kind of model server: ollama, llamacpp or openai
                Accessible.name: qsTr("Kind of server")
            }
            TextField {
                objectName: "baseUrlField"
                width: Theme.unit * 30
                text: card.server.baseUrl
                onEditingFinished: card.server.baseUrl = text
                placeholderText: "http://localhost:11434"
                Accessible.name: qsTr("Server address")
            }
            AppButton {
                text: qsTr("Find local models")
                enabled: !card.server.searching
                onClicked: card.server.findLocalModels()
                Accessible.name: text
            }
            AppButton {
                text: qsTr("List models")
                enabled: !card.server.listing
                onClicked: card.server.listModels()
                Accessible.name: text
            }
        }
        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            visible: text !== ""
            text: card.server.remoteWarning || card.server.addressProblem
            color: Theme.warning
            font.bold: true
            wrapMode: Text.Wrap
        }
        Repeater {
            model: card.server.foundServers
            delegate: AppButton {
                required property var modelData
                required property int index
                //: a model server found on this computer: %1 its kind, %2 its address
                text: qsTr("Use %1 at %2").arg(modelData.flavour).arg(modelData.baseUrl)
                onClicked: card.server.useFoundServer(index)
                Accessible.name: text
            }
        }
        AppComboBox {
            Layout.fillWidth: true
            visible: card.server.models.length > 0
            model: card.server.models.map(m => m.name)
            currentIndex: card.server.models.findIndex(m => m.name === card.server.model)
            onActivated: card.server.model = currentText
            Accessible.name: qsTr("Model")
        }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.unit
            AppButton {
                text: qsTr("Check that the server follows the seed")
                enabled: card.server.enabled && !card.server.checkingSeed
                onClicked: card.server.checkSeed(card.lab.promptA)
                Accessible.name: text
            }
            Label {
                textFormat: Text.PlainText
                width: Math.min(implicitWidth, card.width - Theme.spacing * 2)
                height: Theme.touchTarget
                verticalAlignment: Text.AlignVCenter
                text: card.server.seedWords
                color: Theme.text
                wrapMode: Text.Wrap
            }
        }
        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            visible: text !== ""
            text: card.server.message
            color: Theme.warning
            wrapMode: Text.Wrap
        }
    }

    GridLayout {
        Layout.fillWidth: true
        columns: card.width > Theme.unit * 60 ? 2 : 1
        columnSpacing: Theme.spacing
        LabSlider {
            objectName: "seedsSlider"
            Layout.fillWidth: true
            //: how many times each prompt is run on each test case, each with its own seed
            label: qsTr("Runs per case (seeds)")
            from: 1
            to: 10
            value: card.settings.seeds
            onMoved: value => card.settings.seeds = value
        }
        LabSlider {
            objectName: "temperatureSlider"
            Layout.fillWidth: true
            label: qsTr("Temperature")
            valueText: Number(card.settings.temperature).toLocaleString(Qt.locale(), "f", 1)
            from: 0
            to: 2
            stepSize: 0.1
            value: card.settings.temperature
            onMoved: value => card.settings.temperature = value
        }
    }
    CheckBox {
        id: calibrateBox
        objectName: "calibrateBox"
        Layout.fillWidth: true
        // The long label wraps inside the card instead of widening it past a portrait screen.
        contentItem: Label {
            text: calibrateBox.text
            font: calibrateBox.font
            color: Theme.text
            wrapMode: Text.Wrap
            verticalAlignment: Text.AlignVCenter
            leftPadding: calibrateBox.mirrored ? 0 : calibrateBox.indicator.width + calibrateBox.spacing
            rightPadding: calibrateBox.mirrored ? calibrateBox.indicator.width + calibrateBox.spacing : 0
        }
        //: contextual calibration: the model's label probabilities are corrected by those for a content-free input
        text: qsTr("Calibrate (correct the model's bias towards some labels with a content-free input)")
        checked: card.settings.calibrate
        // Written to the settings, then bound to them again (a toggle replaces the binding).
        onToggled: {
            card.settings.calibrate = checked
            checked = Qt.binding(() => card.settings.calibrate)
        }
        Accessible.name: text
    }
}
