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
            let offeredWhileRunning = 0
            let runningSeen = 0
            // Checked once the snapshot's signals have all been handled.
            const check = () => {
                if (!lab.running)
                    return
                ++runningSeen
                if (choice.enabled)
                    ++offeredWhileRunning
            }
            const later = () => Qt.callLater(check)
            lab.snapshotChanged.connect(later)
            lab.play()
            tryCompare(lab, "running", true)
            tryVerify(() => runningSeen > 0)
            lab.pause()
            tryCompare(lab, "running", false)
            lab.snapshotChanged.disconnect(later)
            compare(offeredWhileRunning, 0)
            compare(choice.enabled, false)  // trained: the prediction waits for a reset
            lab.reset()
            tryVerify(() => choice.enabled)
        }
    }
}
