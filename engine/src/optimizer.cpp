#include "loopwise/engine/optimizer.h"
#include "loopwise/engine/config_error.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <stdexcept>

namespace loopwise::engine {

namespace {

constexpr std::array<std::string_view, 3> kOptimizerNames{"sgd", "momentum", "adam"};
constexpr std::array<std::string_view, 3> kRegularizationNames{"none", "l1", "l2"};

template<typename E, std::size_t N>
std::optional<E> fromName(const std::array<std::string_view, N> &names, std::string_view name)
{
    const auto it = std::find(names.begin(), names.end(), name);
    if (it == names.end())
        return std::nullopt;
    return static_cast<E>(it - names.begin());
}

} // namespace

std::string_view optimizerName(OptimizerKind kind)
{
    return kOptimizerNames[static_cast<std::size_t>(kind)];
}
std::optional<OptimizerKind> optimizerFromName(std::string_view name)
{
    return fromName<OptimizerKind>(kOptimizerNames, name);
}
std::string_view regularizationName(Regularization kind)
{
    return kRegularizationNames[static_cast<std::size_t>(kind)];
}
std::optional<Regularization> regularizationFromName(std::string_view name)
{
    return fromName<Regularization>(kRegularizationNames, name);
}

void checkOptimizerConfig(const OptimizerConfig &c)
{
    constexpr double kNoEnd = std::numeric_limits<double>::infinity();
    const auto positive = [](float x) { return x > 0.0f && std::isfinite(x); };
    const auto unitInterval = [](float x) { return x >= 0.0f && x < 1.0f; };
    if (!positive(c.learningRate))
        throw ConfigError::outOfRange(Setting::LearningRate, c.learningRate, {0.0, kNoEnd, false});
    if (!unitInterval(c.momentum))
        throw ConfigError::outOfRange(Setting::Momentum, c.momentum, {0.0, 1.0, true, false});
    if (!unitInterval(c.beta1) || !unitInterval(c.beta2))
        throw ConfigError::outOfRange(Setting::AdamBeta, unitInterval(c.beta1) ? c.beta2 : c.beta1,
                                      {0.0, 1.0, true, false});
    if (!positive(c.epsilon))
        throw ConfigError::outOfRange(Setting::AdamEpsilon, c.epsilon, {0.0, kNoEnd, false});
    if (!(c.regularizationRate >= 0.0f && std::isfinite(c.regularizationRate)))
        throw ConfigError::outOfRange(Setting::RegularizationRate, c.regularizationRate, {0.0, kNoEnd});
}

Optimizer::Optimizer(const OptimizerConfig &config, Eigen::VectorXf regularized)
    : config_(config)
    , regularized_(std::move(regularized))
{
    checkOptimizerConfig(config_);
    const auto n = regularized_.size();
    if (config_.kind != OptimizerKind::Sgd)
        velocity_.setZero(n);
    if (config_.kind == OptimizerKind::Adam)
        second_.setZero(n);
    if (config_.regularization != Regularization::None)
        before_.setZero(n);
    if (config_.regularization == Regularization::L1)
        alive_.setOnes(n);
}

void Optimizer::reset()
{
    velocity_.setZero();
    second_.setZero();
    alive_.setOnes();
    steps_ = 0;
}

void Optimizer::step(Eigen::Ref<Eigen::VectorXf> p, const Eigen::Ref<const Eigen::VectorXf> &gradientSum, int count)
{
    const float lr = config_.learningRate;
    const float scale = 1.0f / static_cast<float>(count);
    const bool regularize = config_.regularization != Regularization::None;
    if (regularize)
        before_ = p;
    ++steps_;
    switch (config_.kind) {
    case OptimizerKind::Sgd:
        p -= (lr * scale) * gradientSum;
        break;
    case OptimizerKind::Momentum:
        velocity_ = config_.momentum * velocity_ + scale * gradientSum;
        p -= lr * velocity_;
        break;
    case OptimizerKind::Adam: {
        const float b1 = config_.beta1, b2 = config_.beta2;
        velocity_ = b1 * velocity_ + ((1.0f - b1) * scale) * gradientSum;
        second_ = b2 * second_ + ((1.0f - b2) * scale * scale) * gradientSum.cwiseAbs2();
        const float c1 = 1.0f - std::pow(b1, static_cast<float>(steps_));
        const float c2 = 1.0f - std::pow(b2, static_cast<float>(steps_));
        p.array() -= lr * (velocity_.array() / c1) / ((second_.array() / c2).sqrt() + config_.epsilon);
        break;
    }
    }
    if (!regularize)
        return;
    const float rate = lr * config_.regularizationRate;
    if (config_.regularization == Regularization::L2) {
        p -= rate * regularized_.cwiseProduct(before_);
        return;
    }
    // L1: a weight whose penalty step would carry it across zero lands on zero.
    for (Eigen::Index i = 0; i < p.size(); ++i) {
        if (regularized_[i] == 0.0f)
            continue;
        const float w0 = before_[i];
        const float sign = w0 > 0.0f ? 1.0f : (w0 < 0.0f ? -1.0f : 0.0f);
        const float w = p[i] - rate * sign;
        const bool crossed = p[i] * w < 0.0f;
        p[i] = crossed || alive_[i] == 0.0f ? 0.0f : w;
        if (crossed && freezeZeroedWeights_)
            alive_[i] = 0.0f;
    }
}

} // namespace loopwise::engine
