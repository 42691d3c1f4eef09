import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Loopwise

// Lab "See how models learn": a small model learns a noisy curve or two classes of points,
// with the fit, the losses beside a baseline, the status in words, the live training loop,
// predictions and check-yourself questions. Wide landscape windows: the picture and the
// losses on the left, the controls on the right; otherwise the picture first and the
// controls below it. Everything the learner sets and sees lives in LearningLab.
Page {
    id: page

    property string labId: "learning"
    property string query: ""
    // Epochs to train at once when the page opens (--run-epochs).
    property int runEpochs: 0
    readonly property bool busy: lab.busy
    readonly property bool wide: width >= 1000 && width > height

    title: Course.lab(labId).title || qsTr("See how models learn")
    objectName: "learningLabPage"
    background: Rectangle { color: Theme.background }

    LearningLab {
        id: lab
    }

    Component.onCompleted: {
        if (query !== "")
            lab.applyLink(query)
        if (runEpochs > 0)
            lab.runEpochs(runEpochs)
        // Opened from the reader's loop diagram: the live loop is what the learner came for.
        if (lab.showLoop)
            Qt.callLater(() => flick.contentY = Math.max(0, Math.min(cards.y + loopCard.y,
                                                                      flick.contentHeight - flick.height)))
    }

    Shortcut {
        sequences: Shortcuts.sequences("learning.play")
        onActivated: lab.togglePlay()
    }
    Shortcut {
        sequences: Shortcuts.sequences("learning.step")
        onActivated: lab.step()
    }
    Shortcut {
        sequences: Shortcuts.sequences("learning.batch")
        onActivated: lab.traceStep()
    }
    Shortcut {
        sequences: Shortcuts.sequences("learning.reset")
        onActivated: lab.reset()
    }

    Flickable {
        id: flick
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
            width: flick.width - Theme.spacing * 2
            spacing: Theme.spacing

            // A refused change or link, in one sentence.
            LabMessage {
                Layout.fillWidth: true
                lab: lab
                textObjectName: "learningMessage"
            }

            LearningRunBar {
                Layout.fillWidth: true
                lab: lab
            }

            // Placed by hand. Wide: the picture and the live loop on the left, the losses and
            // the controls on the right, so the fit and its loss curves are seen together.
            // Otherwise one column: the picture, the losses, the controls, the loop.
            Item {
                id: cards
                readonly property real leftWidth: page.wide ? (width - Theme.spacing) * 0.55 : width
                readonly property real rightX: page.wide ? leftWidth + Theme.spacing : 0
                readonly property real rightWidth: page.wide ? width - rightX : width
                Layout.fillWidth: true
                implicitHeight: page.wide ? Math.max(loopCard.y + loopCard.height, controls.y + controls.height)
                                          : loopCard.y + loopCard.height

                LearningPlotCard {
                    id: plotCard
                    width: cards.leftWidth
                    height: implicitHeight
                    lab: lab
                }
                LearningLossCard {
                    id: lossCard
                    x: cards.rightX
                    y: page.wide ? 0 : plotCard.height + Theme.spacing
                    width: cards.rightWidth
                    height: implicitHeight
                    lab: lab
                }
                // What the learner sets, predicts and answers.
                ColumnLayout {
                    id: controls
                    x: cards.rightX
                    y: lossCard.y + lossCard.height + Theme.spacing
                    width: cards.rightWidth
                    height: implicitHeight
                    spacing: Theme.spacing

                    AttachEvidenceButton { lab: lab; chart: plotCard; Layout.fillWidth: true }
                    LearningPresetsCard {
                        Layout.fillWidth: true
                        lab: lab
                    }
                    LearningSettingsCard {
                        Layout.fillWidth: true
                        lab: lab
                    }
                    LabPredictionCard {
                        Layout.fillWidth: true
                        lab: lab
                        question: qsTr("Before you press play: what will happen?")
                        resetHint: qsTr("Reset to make a prediction before the next run.")
                    }
                    LearningQuestionsCard {
                        Layout.fillWidth: true
                        visible: lab.questions.length > 0
                        lab: lab
                    }
                    LabShareCard {
                        Layout.fillWidth: true
                        lab: lab
                        example: "lab/learning?preset=overfit&points=300"
                    }
                }
                LearningLoopCard {
                    id: loopCard
                    y: page.wide ? plotCard.height + Theme.spacing : controls.y + controls.height + Theme.spacing
                    width: cards.leftWidth
                    height: implicitHeight
                    lab: lab
                }
            }
        }
    }
}
