#include "loopwise/engine/loss.h"
#include "loopwise/engine/config_error.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <stdexcept>
#include <string>

namespace loopwise::engine {

namespace {

constexpr std::array<std::string_view, 3> kNames{"squared", "bce", "cce"};

// Probabilities are kept this far from 0 and 1 inside logarithms, so a saturated output
// gives a large but finite loss.
constexpr double kProbabilityFloor = 1e-7;

double safeLog(double p)
{
    return std::log(std::clamp(p, kProbabilityFloor, 1.0));
}

// Loss::target() from copies of the members it reads.
float targetOf(float label, int k, bool regression, int outputs, float low)
{
    if (regression)
        return label;
    const int cls = static_cast<int>(label);
    const bool on = cls == (outputs == 1 ? 1 : k);
    // Arithmetic rather than a branch: labels come in random order.
    return low + (1.0f - low) * static_cast<float>(on);
}

} // namespace

std::string_view lossName(LossKind kind)
{
    return kNames[static_cast<std::size_t>(kind)];
}

std::optional<LossKind> lossFromName(std::string_view name)
{
    const auto it = std::find(kNames.begin(), kNames.end(), name);
    if (it == kNames.end())
        return std::nullopt;
    return static_cast<LossKind>(it - kNames.begin());
}

Loss::Loss(LossKind kind, Activation outputActivation, int outputs, Task task, int classes,
           std::vector<float> classWeights)
    : kind_(kind)
    , output_(outputActivation)
    , outputs_(outputs)
    , task_(task)
    , classWeights_(std::move(classWeights))
    , low_(outputActivation == Activation::Sigmoid || outputActivation == Activation::Softmax ? 0.0f : -1.0f)
{
    if (kind == LossKind::BinaryCrossEntropy && outputActivation != Activation::Sigmoid)
        throw ConfigError(Setting::Loss, Rule::NeedsSigmoidOutput);
    if (kind == LossKind::CategoricalCrossEntropy && outputActivation != Activation::Softmax)
        throw ConfigError(Setting::Loss, Rule::NeedsSoftmaxOutput);
    if (task == Task::Regression) {
        if (outputs != 1)
            throw ConfigError(Setting::OutputUnits, Rule::RegressionOneOutput);
        if (kind != LossKind::SquaredError)
            throw ConfigError(Setting::Loss, Rule::RegressionSquaredError);
        if (!classWeights_.empty())
            throw ConfigError(Setting::ClassWeights, Rule::NeedsClassification);
        return;
    }
    const int expected = classes == 2 && outputActivation != Activation::Softmax ? 1 : classes;
    if (outputs != expected)
        throw ConfigError::onePerClass(Setting::OutputUnits, classes, expected, outputs);
    if (!classWeights_.empty()) {
        if (static_cast<int>(classWeights_.size()) != classes)
            throw ConfigError::onePerClass(Setting::ClassWeights, classes, classes,
                                           static_cast<int>(classWeights_.size()));
        for (float w : classWeights_)
            if (!(w > 0.0f && std::isfinite(w)))
                throw ConfigError::outOfRange(Setting::ClassWeights, w,
                                              {0.0, std::numeric_limits<double>::infinity(), false});
    }
}

bool Loss::gradientIsPreActivation() const
{
    return output_ == Activation::Softmax || (kind_ == LossKind::BinaryCrossEntropy && output_ == Activation::Sigmoid);
}

float Loss::target(float label, int k) const
{
    return targetOf(label, k, task_ == Task::Regression, outputs_, low_);
}

float Loss::weight(float label) const
{
    return classWeights_.empty() ? 1.0f : classWeights_[static_cast<std::size_t>(label)];
}

template<LossKind K, typename Sum>
Sum Loss::run(const float *outputs, int stride, const float *labels, int n, float *gradient) const
{
    if constexpr (K == LossKind::SquaredError) {
        if (outputs_ == 1 && gradient) {
            // A short loop with two independent sums instead of one long dependency chain,
            // and the members in locals, which the compiler would otherwise reload after
            // every store through `gradient`. The training loop's Kernels::squaredError
            // sums the same way.
            const bool regression = task_ == Task::Regression;
            const float low = low_;
            const float *weights = classWeights_.empty() ? nullptr : classWeights_.data();
            Sum even = 0, odd = 0;
            for (int c = 0; c < n; ++c) {
                const float w = weights ? weights[static_cast<std::size_t>(labels[c])] : 1.0f;
                const float d = outputs[c] - targetOf(labels[c], 0, regression, 1, low);
                gradient[c] = w * d;
                (c % 2 ? odd : even) += Sum(0.5f * w * d * d);
            }
            return even + odd;
        }
    }
    Sum total = 0;
    for (int c = 0; c < n; ++c) {
        const float label = labels[c];
        const float w = weight(label);
        Sum loss = 0;
        float dot = 0.0f; // softmax with squared error: sum_k a_k dL/da_k
        for (int k = 0; k < outputs_; ++k) {
            const float a = outputs[k * stride + c];
            const float t = target(label, k);
            if constexpr (K == LossKind::SquaredError) {
                loss += Sum(0.5f * (a - t) * (a - t));
                dot += a * (a - t);
            } else if constexpr (K == LossKind::BinaryCrossEntropy) {
                loss -= Sum(t * safeLog(a) + (1.0 - t) * safeLog(1.0 - a));
            } else if (t > 0.0f) {
                loss -= Sum(safeLog(a));
            }
            // Squared error: dL/da = a - t. Cross-entropy with its own output activation:
            // dL/dz = a - t as well.
            if (gradient)
                gradient[k * stride + c] = w * (a - t);
        }
        if (K == LossKind::SquaredError && output_ == Activation::Softmax && gradient) {
            // dL/dz = a * (dL/da - sum_k a_k dL/da_k): the softmax Jacobian applied.
            for (int k = 0; k < outputs_; ++k) {
                float &g = gradient[k * stride + c];
                g = outputs[k * stride + c] * (g - w * dot);
            }
        }
        total += loss * w;
    }
    return total;
}

float Loss::accumulate(const float *outputs, int stride, const float *labels, int n, int lanes, float *gradient) const
{
    for (int k = 0; k < outputs_; ++k)
        std::fill(gradient + k * stride + n, gradient + k * stride + lanes, 0.0f);
    return dispatch<float>(outputs, stride, labels, n, gradient);
}

double Loss::sum(const float *outputs, int stride, const float *labels, int n) const
{
    return dispatch<double>(outputs, stride, labels, n, nullptr);
}

template<typename Sum>
Sum Loss::dispatch(const float *outputs, int stride, const float *labels, int n, float *gradient) const
{
    switch (kind_) {
    case LossKind::SquaredError:
        return run<LossKind::SquaredError, Sum>(outputs, stride, labels, n, gradient);
    case LossKind::BinaryCrossEntropy:
        return run<LossKind::BinaryCrossEntropy, Sum>(outputs, stride, labels, n, gradient);
    case LossKind::CategoricalCrossEntropy:
        return run<LossKind::CategoricalCrossEntropy, Sum>(outputs, stride, labels, n, gradient);
    }
    return 0;
}

} // namespace loopwise::engine
