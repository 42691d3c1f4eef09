import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Loopwise

// "Measure on test cases": the run settings (model, seeds, temperature, calibration), the
// task's test cases, Run/Cancel with progress, and the results. The settings object is the
// lab page's (PromptsLab); the run settings this panel sets are written to it, and the run
// lab follows it.
ColumnLayout {
    id: panel

    // taskId, promptA, promptB, seeds, temperature, calibrate, modelSource
    required property QtObject settings
    property alias lab: runLab

    objectName: "promptsRunPanel"
    spacing: Theme.spacing

    PromptRunLab {
        id: runLab
        taskId: panel.settings.taskId
        promptA: panel.settings.promptA
        promptB: panel.settings.promptB
        seeds: panel.settings.seeds
        temperature: panel.settings.temperature
        calibrate: panel.settings.calibrate
        modelSource: panel.settings.modelSource
        store: Progress.store
    }

    Label {
        textFormat: Text.PlainText
        Layout.fillWidth: true
        //: Heading of the part of the prompts lab that runs both prompts on test cases
        text: qsTr("Measure on test cases")
        font.pixelSize: Theme.fontHeading
        font.bold: true
        color: Theme.text
        Accessible.role: Accessible.Heading
    }
    Label {
        textFormat: Text.PlainText
        Layout.fillWidth: true
        text: qsTr("How a prompt is written is a guess about how the model will behave. Run both prompts on the same test cases, several times, and see whether the difference is larger than the model's own run-to-run variation.")
        color: Theme.textMuted
        wrapMode: Text.Wrap
    }

    PromptRunSettings {
        Layout.fillWidth: true
        lab: runLab
        settings: panel.settings
    }
    PromptCasesEditor {
        Layout.fillWidth: true
        lab: runLab
    }

    Card {
        Layout.fillWidth: true
        Flow {
            Layout.fillWidth: true
            spacing: Theme.unit
            AppButton {
                objectName: "runButton"
                //: Button: runs prompt A and prompt B on every test case with every seed
                text: qsTr("Run A and B on the test cases")
                highlighted: true
                enabled: !runLab.running && runLab.cases.count > 0
                onClicked: runLab.run()
                Accessible.name: text
            }
            AppButton {
                objectName: "cancelButton"
                text: qsTr("Cancel")
                enabled: runLab.running
                onClicked: runLab.cancel()
                Accessible.name: text
            }
            Label {
                objectName: "progressLabel"
                textFormat: Text.PlainText
                height: Theme.touchTarget
                verticalAlignment: Text.AlignVCenter
                text: runLab.progressText
                font.bold: true
                color: Theme.text
            }
        }
        ProgressBar {
            Layout.fillWidth: true
            visible: runLab.running
            value: runLab.progress
            Accessible.name: runLab.progressText
        }
        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            //: %1 the model's name
            text: qsTr("Model: %1").arg(runLab.modelName)
            color: Theme.textMuted
            wrapMode: Text.Wrap
        }
        Label {
            objectName: "builtinLimit"
            textFormat: Text.PlainText
            Layout.fillWidth: true
            visible: text !== ""
            text: runLab.builtinLimit
            color: Theme.warning
            font.bold: true
            wrapMode: Text.Wrap
        }
    }

    LabMessage {
        Layout.fillWidth: true
        lab: runLab
        textObjectName: "runMessage"
    }

    PromptRunResultsView {
        Layout.fillWidth: true
        visible: runLab.finished
        lab: runLab
    }
    AppButton {
        objectName: "useServerButton"
        // The offer that goes with the honest notes: the same A/B run on a local model.
        visible: runLab.finished && runLab.honestNotes !== ""
        //: Button after a run on the built-in model: switches the test to the learner's local model server
        text: qsTr("Run the same test on my local model server")
        onClicked: panel.settings.modelSource = "server"
        Accessible.name: text
    }
}
