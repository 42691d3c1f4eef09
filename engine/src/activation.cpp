#include "loopwise/engine/activation.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace loopwise::engine {

namespace {

constexpr std::array<std::string_view, 6> kNames{"tanh", "sigmoid", "relu", "leaky-relu", "linear", "softmax"};

} // namespace

std::string_view activationName(Activation activation)
{
    return kNames[static_cast<std::size_t>(activation)];
}

std::optional<Activation> activationFromName(std::string_view name)
{
    const auto it = std::find(kNames.begin(), kNames.end(), name);
    if (it == kNames.end())
        return std::nullopt;
    return static_cast<Activation>(it - kNames.begin());
}

float activate(Activation activation, float z)
{
    switch (activation) {
    case Activation::Tanh:
        return std::tanh(z);
    case Activation::Sigmoid:
        return 1.0f / (1.0f + std::exp(-z));
    case Activation::Relu:
        return z > 0.0f ? z : 0.0f;
    case Activation::LeakyRelu:
        return z > 0.0f ? z : kLeakyReluSlope * z;
    case Activation::Linear:
    case Activation::Softmax:
        return z;
    }
    return z;
}

float activationDerivative(Activation activation, float a)
{
    switch (activation) {
    case Activation::Tanh:
        return 1.0f - a * a;
    case Activation::Sigmoid:
        return a * (1.0f - a);
    case Activation::Relu:
        return a > 0.0f ? 1.0f : 0.0f;
    case Activation::LeakyRelu:
        return a > 0.0f ? 1.0f : kLeakyReluSlope;
    case Activation::Linear:
    case Activation::Softmax:
        return 1.0f;
    }
    return 1.0f;
}

} // namespace loopwise::engine
