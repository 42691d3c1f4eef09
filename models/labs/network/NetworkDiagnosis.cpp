#include "NetworkDiagnosis.h"

#include <algorithm>
#include <cmath>
#include <iterator>
#include <numeric>

namespace loopwise {

namespace {

constexpr size_t kMinPoints = 6;
constexpr size_t kOscillationWindow = 40;
constexpr double kJumpShare = 0.1; // a rise of more than 10 % of the window's low is a jump
constexpr int kJumps = 3;
constexpr double kOverfitRise = 0.2; // test loss over its lowest
constexpr double kImprovingPerEpoch = 0.005;

using Loss = double LossPoint::*;

// Whether `loss` keeps jumping up over the last points of `history` (a rate too high
// overshoots: the loss falls, leaps up, falls again).
bool swings(const std::vector<LossPoint> &history, Loss loss, double *low, double *high)
{
    const size_t window = std::min(history.size() - 1, kOscillationWindow);
    const auto begin = history.end() - static_cast<std::ptrdiff_t>(window) - 1;
    const auto [lowIt, highIt] = std::minmax_element(
        begin, history.end(), [loss](const LossPoint &a, const LossPoint &b) { return a.*loss < b.*loss; });
    int jumps = 0;
    for (auto it = std::next(begin); it != history.end(); ++it)
        if ((*it).*loss - (*std::prev(it)).*loss > kJumpShare * (*lowIt).*loss)
            ++jumps;
    *low = (*lowIt).*loss;
    *high = (*highIt).*loss;
    return jumps >= kJumps;
}

double meanTrainLoss(std::vector<LossPoint>::const_iterator begin, std::vector<LossPoint>::const_iterator end)
{
    const double sum
        = std::accumulate(begin, end, 0.0, [](double total, const LossPoint &p) { return total + p.train; });
    return sum / static_cast<double>(std::distance(begin, end));
}

double meanEpoch(std::vector<LossPoint>::const_iterator begin, std::vector<LossPoint>::const_iterator end)
{
    const double sum = std::accumulate(
        begin, end, 0.0, [](double total, const LossPoint &p) { return total + static_cast<double>(p.epoch); });
    return sum / static_cast<double>(std::distance(begin, end));
}

} // namespace

NetworkDiagnosis diagnoseNetworkRun(const std::vector<LossPoint> &history, bool diverged, bool learned)
{
    NetworkDiagnosis result;
    if (history.empty() || history.back().epoch == 0)
        return result;
    const auto best = std::min_element(history.begin(), history.end(),
                                       [](const LossPoint &a, const LossPoint &b) { return a.test < b.test; });
    result.bestTestEpoch = best->epoch;
    result.bestTestLoss = best->test;
    if (diverged) {
        result.phase = NetworkPhase::Diverged;
        return result;
    }
    const size_t n = history.size() - 1;
    const LossPoint &last = history.back();
    if (n >= kMinPoints
        && (swings(history, &LossPoint::train, &result.low, &result.high)
            || swings(history, &LossPoint::test, &result.low, &result.high))) {
        result.phase = NetworkPhase::Oscillating;
        return result;
    }
    if (last.test >= (1 + kOverfitRise) * best->test && best->epoch < last.epoch && last.train < best->train) {
        result.phase = NetworkPhase::Overfitting;
        return result;
    }
    if (learned) {
        result.phase = NetworkPhase::Learned;
        return result;
    }
    if (n < kMinPoints) {
        result.phase = NetworkPhase::Improving;
        return result;
    }
    const auto window = static_cast<std::ptrdiff_t>(std::min<size_t>(10, n / 4));
    const auto recentBegin = history.end() - window;
    const auto earlierBegin = recentBegin - window;
    const double recent = meanTrainLoss(recentBegin, history.end());
    const double earlier = meanTrainLoss(earlierBegin, recentBegin);
    const double epochs = meanEpoch(recentBegin, history.end()) - meanEpoch(earlierBegin, recentBegin);
    const double fallPerEpoch = earlier > 0 && epochs > 0 ? (earlier - recent) / earlier / epochs : 0;
    if (fallPerEpoch > kImprovingPerEpoch) {
        result.phase = NetworkPhase::Improving;
        return result;
    }
    const LossPoint &middle = history[n / 2];
    const double firstHalf = history.front().train - middle.train;
    const double secondHalf = middle.train - last.train;
    result.phase = firstHalf > 0 && secondHalf >= 0.5 * firstHalf ? NetworkPhase::TooSlow : NetworkPhase::Underfitting;
    return result;
}

} // namespace loopwise
