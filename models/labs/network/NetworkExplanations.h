#pragma once
// The words of the "Build a neural network" lab: the names of its choices, the summary of
// the run in one sentence, why training stopped, and whether the learner's prediction held.
// Kept apart from the controller so each message has one place; every message is a whole
// sentence (never one glued from translated pieces).

#include "NetworkDiagnosis.h"
#include "NetworkWorker.h"

#include <QString>
#include <QVariantList>

namespace loopwise {

// [{id, label, regression}] of the data sets, in networkDatasetNames()' order.
QVariantList networkDatasetChoices();
// [{id, label}] of the hidden layers' activations, the optimizers and the predictions.
QVariantList networkActivationChoices();
QVariantList networkOptimizerChoices();
QVariantList networkPredictionChoices();

// One sentence on the run so far: epoch, test loss, accuracy.
QString networkSummary(const NetworkSnapshot &snapshot, bool regression);
// What the run is doing and what to change, in one or two sentences; "" before training.
QString networkDiagnosisText(const NetworkDiagnosis &diagnosis);
// Why training stopped, or "" when it did not stop by itself.
QString networkStopMessage(NetworkStop stop, long epochLimit, double targetLoss);

struct PredictionResult
{
    bool held = false;
    bool diverged = false;
    bool regression = false;
    long epoch = 0;
    double testAccuracy = 0;
    double testLoss = 0;
    double lowestTestLoss = 0;
};
// Whether the prediction held, with what happened, in one sentence.
QString networkPredictionOutcome(const PredictionResult &result);

// A figure for the learner, in the reader's language ("0,044" in German).
QString networkFigure(double value, int decimals = 3);

} // namespace loopwise
