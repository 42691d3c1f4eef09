// The parameter counts the labs show as the learner changes a model's shape.

#include "loopwise/engine/parameter_count.h"

#include <gtest/gtest.h>

using namespace loopwise::engine;

// Every weight and bias of the network, padding not counted.
TEST(ParameterCount, NetworkIsWeightsAndBiases)
{
    // Playground's default: 2 inputs, 4 and 2 hidden, 1 output.
    const NetworkConfig config{2, {{4, Activation::Tanh}, {2, Activation::Tanh}, {1, Activation::Tanh}}};
    const ParameterCount count = parameterCount(config);
    EXPECT_EQ(count.weights, 2 * 4 + 4 * 2 + 2 * 1);
    EXPECT_EQ(count.biases, 4 + 2 + 1);
    EXPECT_EQ(count.total(), 25);
    // The network holds at least that many numbers (its vector is padded for SIMD).
    const Network network(config, 1);
    EXPECT_GE(network.parameters().size(), count.total());
    const NetworkConfig wider{3, {{8, Activation::Relu}, {1, Activation::Linear}}};
    EXPECT_EQ(parameterCount(wider), (ParameterCount{3 * 8 + 8, 8 + 1}));
}

// One coefficient per term of the learning lab's model: exactly what a session updates.
TEST(ParameterCount, LearningModelFollowsModelAndDegree)
{
    using namespace learning;
    EXPECT_EQ(parameterCount(ModelKind::Curve, 3), 4);
    EXPECT_EQ(parameterCount(ModelKind::Classes, 2), 6);
    for (ModelKind model : {ModelKind::Curve, ModelKind::Classes})
        for (int degree : {kMinDegree, 5, kMaxDegree}) {
            LabConfig c;
            c.model = model;
            c.degree = degree;
            const LearningSession session(c);
            EXPECT_EQ(session.parameters().size(), static_cast<std::size_t>(parameterCount(model, degree)));
        }
}
