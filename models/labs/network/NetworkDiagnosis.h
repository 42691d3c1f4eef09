#pragma once
// What a network lab run is doing, read from its loss history as the learning lab reads
// its own: still learning, learned, underfitting, overfitting (with the epoch of the best
// test loss), too slow, oscillating or diverged. The rules live here; the words for them
// in NetworkExplanations.

#include "LossHistoryModel.h"

#include <vector>

namespace loopwise {

enum class NetworkPhase { NotStarted, Improving, Learned, Underfitting, Overfitting, TooSlow, Oscillating, Diverged };

struct NetworkDiagnosis
{
    NetworkPhase phase = NetworkPhase::NotStarted;
    long bestTestEpoch = 0; // the epoch of the lowest test loss (the first)
    double bestTestLoss = 0;
    double low = 0; // Oscillating: the lowest and highest loss of the window looked at
    double high = 0;
};

// The phase of a run from its recorded losses (history[0] the first point recorded, the
// points in rising epochs, possibly thinned). `learned`: the network meets the lab's bar
// (90 % of test points right; regression: test loss at most 0.05). The first rule that
// holds wins; n is the number of points after epoch 0, "the loss" the training loss:
//   NotStarted   the last point is epoch 0.
//   Diverged     diverged is true.
//   Oscillating  from 6 points on: over the last min(n, 40) points the training or test
//                loss jumped up, by more than 10 % of its low there, at least 3 times.
//   Overfitting  the test loss is at least 20 % above its lowest, earlier point while the
//                training loss is lower than it was there.
//   Learned      learned is true.
//   Improving    n < 6, or the loss falls by more than 0.5 % per epoch (mean of the last
//                window of min(10, n / 4) points against the window before).
//   TooSlow      it falls more slowly but steadily: the second half of the run fell at
//                least half as much as the first.
//   Underfitting it has levelled off without learning the data.
NetworkDiagnosis diagnoseNetworkRun(const std::vector<LossPoint> &history, bool diverged, bool learned);

} // namespace loopwise
