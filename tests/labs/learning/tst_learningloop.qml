import QtQuick
import QtTest
import Loopwise

// The live training loop: one batch goes round the five stages, and every figure shown is
// the one the engine computes for that step (worked out independently by `reference`).
Item {
    id: root
    width: 900
    height: 1400

    readonly property string query: "preset=good-fit"

    LearningLab {
        id: lab
    }
    LearningLoopCard {
        id: card
        width: root.width
        lab: lab
    }
    // The reader's diagram, which opens this live version.
    LoopDiagramBlock {
        id: readerDiagram
        y: card.height
        width: root.width
        fields: ({ title: "The loop", stages: lab.loopStages })
    }
    SignalSpy {
        id: routes
        target: Navigation
        signalName: "routeRequested"
    }

    TestCase {
        name: "LearningLoop"
        when: windowShown

        function textOf(name) {
            const item = findChild(card, name)
            verify(item !== null, "no item " + name)
            return item.text
        }

        function test_fiveStagesShowTheEnginesNumbers() {
            verify(lab.applyLink(root.query))
            tryCompare(lab, "busy", false, 5000)
            const expected = reference.firstStep(root.query)
            verify(expected.loss !== undefined)

            mouseClick(findChild(card, "nextStageButton"))
            tryCompare(lab, "loopStage", 0, 5000)
            compare(textOf("loopStageTitle"), "Stage 1: The batch")
            for (let i = 0; i < Math.min(8, expected.inputs.length); ++i) {
                compare(textOf("traceInput" + i), expected.inputs[i])
                compare(textOf("traceTarget" + i), expected.targets[i])
            }

            mouseClick(findChild(card, "nextStageButton"))
            compare(lab.loopStage, 1)
            for (let i = 0; i < Math.min(8, expected.predictions.length); ++i)
                compare(textOf("tracePrediction" + i), expected.predictions[i])

            mouseClick(findChild(card, "nextStageButton"))
            compare(lab.loopStage, 2)
            compare(textOf("traceLoss"), expected.loss)

            mouseClick(findChild(card, "nextStageButton"))
            compare(lab.loopStage, 3)
            verify(textOf("traceRate").indexOf(lab.learningRateText) >= 0)
            for (let i = 0; i < expected.gradients.length; ++i) {
                compare(textOf("traceGradient" + i), expected.gradients[i])
                compare(textOf("traceUpdate" + i), expected.updates[i])
            }

            mouseClick(findChild(card, "nextStageButton"))
            compare(lab.loopStage, 4)
            for (let i = 0; i < expected.after.length; ++i) {
                compare(textOf("traceBefore" + i), expected.before[i])
                compare(textOf("traceAfter" + i), expected.after[i])
            }

            // Back a stage by tapping it, then on to the next batch.
            mouseClick(findChild(card, "loopStage2"))
            compare(lab.loopStage, 2)
            lab.loopStage = 4
            mouseClick(findChild(card, "nextStageButton"))
            tryVerify(() => lab.trace.step === 2, 5000)
            compare(lab.loopStage, 0)
        }

        // The same loop without a mouse: a finger on a tablet, or the keyboard alone.
        function test_touchAndKeyboardStepTheLoop() {
            verify(lab.applyLink(root.query))
            tryCompare(lab, "busy", false, 5000)
            compare(lab.loopStage, -1)

            const next = findChild(card, "nextStageButton")
            touchEvent(next).press(0, next, next.width / 2, next.height / 2).commit()
            touchEvent(next).release(0, next, next.width / 2, next.height / 2).commit()
            tryCompare(lab, "loopStage", 0, 5000)

            next.forceActiveFocus(Qt.TabFocusReason)
            keyClick(Qt.Key_Space)
            compare(lab.loopStage, 1)
            keyClick(Qt.Key_Space)
            compare(lab.loopStage, 2)

            // Tab reaches the stages too: Space on stage 1 goes back to the batch.
            const firstStage = findChild(card, "loopStage0")
            firstStage.forceActiveFocus(Qt.TabFocusReason)
            keyClick(Qt.Key_Space)
            compare(lab.loopStage, 0)
            compare(textOf("loopStageTitle"), "Stage 1: The batch")
        }

        function test_readerDiagramOpensTheLiveLoop() {
            mouseClick(findChild(readerDiagram, "liveLoopButton"))
            compare(routes.count, 1)
            const route = routes.signalArguments[0][0]
            compare(route, "lab/learning?loop=1")
            // The link the button opens is one the lab accepts, with the loop shown.
            verify(lab.applyLink(route))
            verify(lab.showLoop)
        }

        // The intro names the buttons by their real labels, and the parameters' names
        // (1, P1(x), ...) are explained where they are shown.
        function test_introNamesTheButtonsAndTheTermsAreExplained() {
            verify(lab.applyLink(root.query))
            tryCompare(lab, "busy", false, 5000)
            const intro = textOf("loopIntro")
            const button = findChild(card, "nextStageButton")
            // Whatever the walk's stage, the button's label is the one the intro names.
            const first = button.text
            verify(intro.indexOf(first) >= 0, first)
            lab.loopStage = 4
            mouseClick(button)  // at the last stage: a new batch
            tryCompare(lab, "loopStage", 0, 5000)
            verify(button.text !== first || first === qsTr("Next stage"))
            verify(intro.indexOf(button.text) >= 0, button.text)
            const note = findChild(card, "parameterTermsNote")
            verify(!note.visible)
            lab.loopStage = 3
            verify(note.visible)
            verify(note.text.indexOf("P1(x) = x") >= 0)
        }
    }
}
