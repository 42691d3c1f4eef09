import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Loopwise

// Lab "Mixture of experts": a gate routes each input to its top-k experts; the canvas shows
// the gate's regions over the decision boundary, each expert's own boundary, the share of
// inputs each expert takes and the balance figure; a table puts the mixture beside two dense
// networks trained on the same data (the same total and the same active parameters).
Page {
    id: page

    property string labId: "experts"
    property string query: ""
    // Epochs to train at once when the page opens (--run-epochs).
    property int runEpochs: 0
    readonly property bool busy: lab.busy
    readonly property bool wide: width >= 1000

    title: Course.lab(labId).title || qsTr("Mixture of experts")
    objectName: "expertsLabPage"
    background: Rectangle { color: Theme.background }

    ExpertsLab {
        id: lab
        store: Progress.store
    }

    Component.onCompleted: {
        if (query !== "")
            lab.applyLink(query)
        if (runEpochs > 0)
            lab.runEpochs(runEpochs)
    }

    Shortcut {
        sequences: Shortcuts.sequences("experts.play")
        onActivated: lab.togglePlay()
    }
    Shortcut {
        sequences: Shortcuts.sequences("experts.reset")
        onActivated: lab.reset()
    }

    Flickable {
        anchors.fill: parent
        clip: true
        contentWidth: width
        contentHeight: content.implicitHeight + Theme.spacing * 2
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {}

        ColumnLayout {
            id: content
            x: Theme.spacing
            y: Theme.spacing
            width: page.width - Theme.spacing * 2
            spacing: Theme.spacing

            Label {
                textFormat: Text.PlainText
                objectName: "framing"
                Layout.fillWidth: true
                text: qsTr("A gate scores the experts for each input and sends it to the best k of them, so only part of the parameters work on each input. Train a mixture and watch where the gate sends the inputs, whether one expert takes over, and what it costs against two dense networks.")
                color: Theme.text
                wrapMode: Text.Wrap
            }
            LabMessage {
                Layout.fillWidth: true
                lab: lab
                textObjectName: "expertsMessage"
            }
            ExpertsRunBar {
                Layout.fillWidth: true
                lab: lab
            }
            GridLayout {
                Layout.fillWidth: true
                columns: page.wide ? 2 : 1
                columnSpacing: Theme.spacing
                rowSpacing: Theme.spacing

                ExpertsCanvasCard {
                    id: canvasCard
                    Layout.fillWidth: true
                    Layout.alignment: Qt.AlignTop
                    lab: lab
                }
                ColumnLayout {
                    Layout.fillWidth: true
                    Layout.alignment: Qt.AlignTop
                    spacing: Theme.spacing
                    ExpertsSettingsCard {
                        Layout.fillWidth: true
                        lab: lab
                    }
                    LabPredictionCard {
                        Layout.fillWidth: true
                        lab: lab
                        question: qsTr("Before you train: will one expert end up taking most of the inputs?")
                        resetHint: qsTr("Reset to make a prediction before the next run.")
                    }
                }
            }
            ExpertsResultsCard {
                Layout.fillWidth: true
                lab: lab
            }
            Card {
                Layout.fillWidth: true
                Label {
                    textFormat: Text.PlainText
                    text: qsTr("Loss of the mixture")
                    font.bold: true
                    color: Theme.text
                }
                LossChart {
                    Layout.fillWidth: true
                    Layout.preferredHeight: Theme.unit * 24
                    history: lab.lossHistory
                }
            }
            AttachEvidenceButton {
                Layout.fillWidth: true
                lab: lab
                chart: canvasCard.canvas
            }
        }
    }
}
