// Gradients of every layer, activation and loss against finite differences.

#include "batch.h"
#include "loopwise/engine/gradient.h"
#include "loopwise/engine/rng.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

using namespace loopwise::engine;

namespace {

struct Case
{
    Activation hidden;
    Activation output;
    LossKind loss;
    Task task;
    int classes;
    std::vector<float> classWeights;
};

std::string describe(const Case &c)
{
    return std::string(activationName(c.hidden)) + " hidden, " + std::string(activationName(c.output)) + " output, "
        + std::string(lossName(c.loss))
        + (c.task == Task::Regression ? ", regression" : ", " + std::to_string(c.classes) + " classes")
        + (c.classWeights.empty() ? "" : ", class weights");
}

int outputsFor(const Case &c)
{
    if (c.task == Task::Regression)
        return 1;
    return c.classes == 2 && c.output != Activation::Softmax ? 1 : c.classes;
}

void checkGradient(const detail::Kernels &kernels, const Case &c)
{
    SCOPED_TRACE(std::string(kernels.name) + ": " + describe(c));
    Rng rng(17);
    constexpr int kInputs = 3, kExamples = 13;
    NetworkConfig config{kInputs, {{5, c.hidden}, {4, c.hidden}, {outputsFor(c), c.output}}, WeightInit::Glorot};
    Network network(config, 5);
    // Non-zero biases so every layer's bias gradient is exercised away from symmetry.
    for (int l = 0; l < network.layerCount(); ++l)
        for (int j = 0; j < network.layer(l).units; ++j)
            network.bias(l)[j] = float(rng.uniform(-0.3, 0.3));
    const Loss loss(c.loss, c.output, outputsFor(c), c.task, c.classes, c.classWeights);
    Eigen::MatrixXf x(kInputs, kExamples);
    std::vector<float> labels(kExamples);
    for (int e = 0; e < kExamples; ++e) {
        for (int i = 0; i < kInputs; ++i)
            x(i, e) = float(rng.uniform(-2, 2));
        labels[e] = c.task == Task::Regression ? float(rng.uniform(-1, 1)) : float(e % c.classes);
    }
    Eigen::VectorXf analytic, scratch;
    detail::lossAndGradient(kernels, network, loss, x, labels, analytic);
    ASSERT_EQ(analytic.size(), network.parameters().size());

    const auto lossAt = [&](Eigen::Index i, float delta) {
        Network shifted = network;
        shifted.parameters()[i] += delta;
        return detail::lossAndGradient(kernels, shifted, loss, x, labels, scratch);
    };
    std::vector<bool> isParameter(static_cast<std::size_t>(analytic.size()), false);
    for (int l = 0; l < network.layerCount(); ++l) {
        const DenseLayer &layer = network.layer(l);
        for (int j = 0; j < layer.units; ++j) {
            for (int i = 0; i < layer.inputs; ++i)
                isParameter[layer.weightOffset + j * layer.weightStride + i] = true;
            isParameter[layer.biasOffset + j] = true;
        }
    }
    constexpr float h = 1e-3f;
    for (Eigen::Index i = 0; i < analytic.size(); ++i) {
        if (!isParameter[static_cast<std::size_t>(i)]) {
            ASSERT_EQ(analytic[i], 0.0f) << "padding entry " << i;
            continue;
        }
        const double base = lossAt(i, 0.0f);
        const double forward = (lossAt(i, h) - base) / h;
        const double backward = (base - lossAt(i, -h)) / h;
        // At a ReLU kink the one-sided slopes differ and any value between them is a valid
        // subgradient; elsewhere both are the derivative up to O(h) and float rounding.
        const double tolerance = 2e-3 + 2e-2 * std::max(std::abs(forward), std::abs(backward));
        EXPECT_GE(analytic[i], std::min(forward, backward) - tolerance) << "parameter " << i;
        EXPECT_LE(analytic[i], std::max(forward, backward) + tolerance) << "parameter " << i;
    }
}

std::vector<const detail::Kernels *> allKernels()
{
    std::vector<const detail::Kernels *> k{&detail::genericKernels()};
    if (detail::avx2Kernels())
        k.push_back(detail::avx2Kernels());
    return k;
}

} // namespace

TEST(Gradients, EveryHiddenActivation)
{
    for (const auto *k : allKernels())
        for (Activation hidden :
             {Activation::Tanh, Activation::Sigmoid, Activation::Relu, Activation::LeakyRelu, Activation::Linear})
            checkGradient(*k, {hidden, Activation::Tanh, LossKind::SquaredError, Task::Classification, 2, {}});
}

TEST(Gradients, EveryOutputAndLoss)
{
    const std::vector<Case> cases{
        {Activation::Tanh, Activation::Sigmoid, LossKind::SquaredError, Task::Classification, 2, {}},
        {Activation::Tanh, Activation::Sigmoid, LossKind::BinaryCrossEntropy, Task::Classification, 2, {}},
        {Activation::Tanh, Activation::Linear, LossKind::SquaredError, Task::Classification, 2, {}},
        {Activation::Tanh, Activation::Softmax, LossKind::CategoricalCrossEntropy, Task::Classification, 2, {}},
        {Activation::Tanh, Activation::Softmax, LossKind::CategoricalCrossEntropy, Task::Classification, 3, {}},
        {Activation::Tanh, Activation::Softmax, LossKind::SquaredError, Task::Classification, 3, {}},
        {Activation::Tanh, Activation::Sigmoid, LossKind::BinaryCrossEntropy, Task::Classification, 4, {}},
        {Activation::Tanh, Activation::Tanh, LossKind::SquaredError, Task::Classification, 3, {}},
        {Activation::Relu, Activation::Linear, LossKind::SquaredError, Task::Regression, 0, {}},
        {Activation::Tanh, Activation::Tanh, LossKind::SquaredError, Task::Regression, 0, {}},
    };
    for (const auto *k : allKernels())
        for (const Case &c : cases)
            checkGradient(*k, c);
}

TEST(Gradients, ClassWeights)
{
    for (const auto *k : allKernels()) {
        checkGradient(
            *k, {Activation::Tanh, Activation::Tanh, LossKind::SquaredError, Task::Classification, 2, {1.0f, 3.0f}});
        checkGradient(*k,
                      {Activation::Relu,
                       Activation::Softmax,
                       LossKind::CategoricalCrossEntropy,
                       Task::Classification,
                       3,
                       {0.5f, 1.0f, 2.0f}});
    }
}

TEST(Gradients, PublicFunctionMatchesTheDefaultKernels)
{
    Network network({2, {{3, Activation::Tanh}, {1, Activation::Tanh}}}, 1);
    const Loss loss(LossKind::SquaredError, Activation::Tanh, 1, Task::Classification, 2);
    Eigen::MatrixXf x(2, 4);
    x << 1, 2, 3, 4, -1, 0, 1, 2;
    const std::vector<float> labels{0, 1, 1, 0};
    Eigen::VectorXf a, b;
    EXPECT_EQ(lossAndGradient(network, loss, x, labels, a),
              detail::lossAndGradient(detail::kernels(), network, loss, x, labels, b));
    EXPECT_EQ(a, b);
}
