import QtQuick
import QtTest
import Loopwise

// Predict, then run: the card offers its choices only while the lab's canPredict says so,
// which is before the first epoch and never while a run is under way.
Item {
    id: root
    width: 500
    height: 600

    NetworkLab {
        id: lab
        speed: 0  // one epoch per frame: the run's first snapshot (epoch 0) is seen
    }
    LabPredictionCard {
        id: card
        width: root.width
        lab: lab
        question: "What will happen?"
        resetHint: "Reset to predict."
    }

    TestCase {
        name: "LabPrediction"
        when: windowShown

        function test_noChoiceWhileRunning() {
            tryCompare(lab, "busy", false)
            const choice = findChild(card, "prediction-" + lab.predictionChoices[0].id)
            verify(choice)
            verify(choice.enabled)
            // The card's choices follow lab.canPredict; it must be false in every snapshot of
            // a run, the run's first (still at epoch 0) included. Checked as each arrives.
            let offeredWhileRunning = 0
            let runningSeen = 0
            const check = () => {
                if (!lab.running)
                    return
                ++runningSeen
                if (lab.canPredict)
                    ++offeredWhileRunning
            }
            lab.snapshotChanged.connect(check)
            lab.play()
            tryCompare(lab, "running", true)
            tryVerify(() => runningSeen > 0)
            verify(!choice.enabled)
            lab.pause()
            tryCompare(lab, "running", false)
            lab.snapshotChanged.disconnect(check)
            compare(offeredWhileRunning, 0)
            compare(choice.enabled, false)  // trained: the prediction waits for a reset
            lab.reset()
            tryVerify(() => choice.enabled)
        }
    }
}
