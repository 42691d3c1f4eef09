#pragma once
// Loss functions, with the targets they compare the network's outputs against.

#include "loopwise/engine/activation.h"
#include "loopwise/engine/dataset.h"

#include <optional>
#include <string_view>
#include <vector>

namespace loopwise::engine {

enum class LossKind {
    SquaredError, // 0.5 * sum_k (o_k - t_k)^2, as Playground
    BinaryCrossEntropy, // -sum_k [t_k log o_k + (1 - t_k) log(1 - o_k)], sigmoid outputs
    CategoricalCrossEntropy, // -log o_class, softmax outputs
};

// Names: squared, bce, cce.
std::string_view lossName(LossKind kind);
std::optional<LossKind> lossFromName(std::string_view name);

class Loss
{
public:
    // Throws ConfigError for a pairing that makes no sense (binary cross-entropy
    // needs sigmoid outputs, categorical cross-entropy softmax outputs; regression has one
    // output and no class weights) or for bad class weights (one positive weight per class).
    Loss(LossKind kind, Activation outputActivation, int outputs, Task task, int classes,
         std::vector<float> classWeights = {});

    LossKind kind() const { return kind_; }
    const std::vector<float> &classWeights() const { return classWeights_; }

    // True when gradient() gives dLoss/dZ of the output layer (softmax outputs, and sigmoid
    // with binary cross-entropy, where the combined form is exact and stable), false when
    // it gives dLoss/dA.
    bool gradientIsPreActivation() const;

    // Target of output k for an example's label (class index, or value for regression):
    // one-hot with -1/1 for tanh and linear outputs, 0/1 for sigmoid and softmax; a
    // single output for two classes is the "class 1" output.
    float target(float label, int k) const;
    float weight(float label) const;

    // Sum of the weighted losses of n examples whose outputs are the columns of a block
    // (output k of example c at outputs[k * stride + c]). Writes the gradient of that sum
    // to the same layout in `gradient`, with zeros in columns n .. lanes-1. Summed in
    // float: this is the per-batch figure of the training loop.
    float accumulate(const float *outputs, int stride, const float *labels, int n, int lanes, float *gradient) const;
    // The sum alone, in double, for reporting.
    double sum(const float *outputs, int stride, const float *labels, int n) const;

private:
    // The sum of the examples' losses and, unless gradient is null, their gradients.
    template<typename Sum>
    Sum dispatch(const float *outputs, int stride, const float *labels, int n, float *gradient) const;
    template<LossKind K, typename Sum>
    Sum run(const float *outputs, int stride, const float *labels, int n, float *gradient) const;

    LossKind kind_;
    Activation output_;
    int outputs_;
    Task task_;
    std::vector<float> classWeights_;
    float low_; // target value of "not this class"
};

} // namespace loopwise::engine
