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
    // Narrow and opened at the live loop: the loop right below the plot, both on one screen.
    readonly property bool loopFirst: !wide && lab.showLoop

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
        // Opened from the reader's loop diagram: the live loop is what the learner came for,
        // with the plot it changes (wide: the plot above it; narrow: the plot, then the loop).
        if (lab.showLoop)
            Qt.callLater(() => flick.contentY = Math.max(0, Math.min(cards.y + (page.wide ? loopCard.y : plotCard.y),
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
            // Otherwise one column: the picture, the losses, the controls, the loop (opened at
            // the loop: the picture, the loop, the losses, the controls).
            Item {
                id: cards
                readonly property real leftWidth: page.wide ? (width - Theme.spacing) * 0.55 : width
                readonly property real rightX: page.wide ? leftWidth + Theme.spacing : 0
                readonly property real rightWidth: page.wide ? width - rightX : width
                Layout.fillWidth: true
                implicitHeight: Math.max(loopCard.y + loopCard.height, controls.y + controls.height)

                LearningPlotCard {
                    id: plotCard
                    objectName: "plotCard"
                    width: cards.leftWidth
                    height: implicitHeight
                    compact: page.loopFirst
                    lab: lab
                }
                LearningLossCard {
                    id: lossCard
                    x: cards.rightX
                    // From the cards' heights only, never another card's y: no binding loop
                    // when the order changes.
                    y: page.wide ? 0 : plotCard.height + Theme.spacing + (page.loopFirst ? loopCard.height + Theme.spacing : 0)
                    width: cards.rightWidth
                    height: implicitHeight
                    lab: lab
                }
                // What the learner sets, predicts and answers.
                ColumnLayout {
                    id: controls
                    x: cards.rightX
                    y: (page.wide ? 0 : plotCard.height + Theme.spacing + (page.loopFirst ? loopCard.height + Theme.spacing : 0))
                       + lossCard.height + Theme.spacing
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
                    objectName: "loopCard"
                    y: page.wide || page.loopFirst ? plotCard.height + Theme.spacing
                                                   : plotCard.height + lossCard.height + controls.height + Theme.spacing * 3
                    width: cards.leftWidth
                    height: implicitHeight
                    lab: lab
                }
            }
        }
    }
}
