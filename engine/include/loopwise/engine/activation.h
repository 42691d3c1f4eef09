#pragma once
// Activation functions of a dense layer.

#include <optional>
#include <string_view>

namespace loopwise::engine {

enum class Activation {
    Tanh,
    Sigmoid,
    Relu,
    LeakyRelu,
    Linear,
    Softmax, // output layer only: normalises the layer's outputs into class probabilities
};

// Slope of leaky ReLU for negative inputs.
inline constexpr float kLeakyReluSlope = 0.01f;

// Stable names used by the CLI and the model file: "tanh", "sigmoid", "relu", "leaky-relu",
// "linear", "softmax".
std::string_view activationName(Activation activation);
std::optional<Activation> activationFromName(std::string_view name);

// Scalar reference definitions (the batched kernels compute the same functions on blocks).
// Softmax is not element-wise and is not covered by these two.
float activate(Activation activation, float z);
// Derivative expressed through the activation's output a = activate(z): every element-wise
// activation here allows it, so the backward pass never needs the pre-activations.
float activationDerivative(Activation activation, float a);

} // namespace loopwise::engine
