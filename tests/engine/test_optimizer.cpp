#include "loopwise/engine/optimizer.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace loopwise::engine;

namespace {

Eigen::VectorXf vec(std::initializer_list<float> values)
{
    Eigen::VectorXf v(static_cast<Eigen::Index>(values.size()));
    Eigen::Index i = 0;
    for (float x : values)
        v[i++] = x;
    return v;
}

OptimizerConfig config(OptimizerKind kind, float lr)
{
    OptimizerConfig c;
    c.kind = kind;
    c.learningRate = lr;
    return c;
}

} // namespace

TEST(Optimizer, SgdAveragesTheGradientSum)
{
    Optimizer opt(config(OptimizerKind::Sgd, 0.1f), vec({1, 1}));
    Eigen::VectorXf p = vec({1.0f, -2.0f});
    opt.step(p, vec({4.0f, -2.0f}), 2); // mean gradient (2, -1)
    EXPECT_FLOAT_EQ(p[0], 1.0f - 0.1f * 2.0f);
    EXPECT_FLOAT_EQ(p[1], -2.0f + 0.1f * 1.0f);
}

TEST(Optimizer, MomentumByHand)
{
    OptimizerConfig c = config(OptimizerKind::Momentum, 0.5f);
    c.momentum = 0.9f;
    Optimizer opt(c, vec({1}));
    Eigen::VectorXf p = vec({1.0f});
    opt.step(p, vec({2.0f}), 1); // v = 2, p = 1 - 0.5 * 2 = 0
    EXPECT_FLOAT_EQ(p[0], 0.0f);
    opt.step(p, vec({1.0f}), 1); // v = 0.9 * 2 + 1 = 2.8, p = 0 - 1.4
    EXPECT_FLOAT_EQ(p[0], -1.4f);
    opt.reset();
    opt.step(p, vec({1.0f}), 1); // velocity forgotten: v = 1
    EXPECT_FLOAT_EQ(p[0], -1.9f);
}

TEST(Optimizer, AdamByHand)
{
    OptimizerConfig c = config(OptimizerKind::Adam, 0.1f);
    Optimizer opt(c, vec({1}));
    Eigen::VectorXf p = vec({0.0f});
    // Step 1: m = 0.1 g, v = 0.001 g^2; bias-corrected m^ = g, v^ = g^2: step = lr sign(g).
    opt.step(p, vec({2.0f}), 1);
    EXPECT_NEAR(p[0], -0.1f, 1e-6f);
    // Step 2 with g = -1: m = 0.9 * 0.2 - 0.1 = 0.08, v = 0.999 * 0.004 + 0.001 = 0.004996
    const double m = 0.08 / (1 - 0.81), v = 0.004996 / (1 - 0.998001);
    opt.step(p, vec({-1.0f}), 1);
    EXPECT_NEAR(p[0], -0.1 - 0.1 * m / (std::sqrt(v) + 1e-8), 1e-5);
}

TEST(Optimizer, L2ShrinksWeightsButNotBiases)
{
    OptimizerConfig c = config(OptimizerKind::Sgd, 0.1f);
    c.regularization = Regularization::L2;
    c.regularizationRate = 0.5f;
    Optimizer opt(c, vec({1, 0})); // a weight and a bias
    Eigen::VectorXf p = vec({2.0f, 2.0f});
    opt.step(p, vec({1.0f, 1.0f}), 1);
    EXPECT_FLOAT_EQ(p[0], 2.0f - 0.1f * 1.0f - 0.1f * 0.5f * 2.0f);
    EXPECT_FLOAT_EQ(p[1], 2.0f - 0.1f * 1.0f);
}

TEST(Optimizer, L1StepsTowardZeroAndStopsThere)
{
    OptimizerConfig c = config(OptimizerKind::Sgd, 0.1f);
    c.regularization = Regularization::L1;
    c.regularizationRate = 1.0f;
    Optimizer opt(c, vec({1, 1, 1}));
    Eigen::VectorXf p = vec({1.0f, -1.0f, 0.05f});
    opt.step(p, vec({0.0f, 0.0f, 0.0f}), 1);
    EXPECT_FLOAT_EQ(p[0], 0.9f);
    EXPECT_FLOAT_EQ(p[1], -0.9f);
    EXPECT_EQ(p[2], 0.0f); // 0.05 - 0.1 would cross zero: lands on it
    // Without freezing, a zeroed weight can grow again.
    opt.step(p, vec({0.0f, 0.0f, -1.0f}), 1);
    EXPECT_FLOAT_EQ(p[2], 0.1f);
}

TEST(Optimizer, PlaygroundFreezesZeroedWeights)
{
    OptimizerConfig c = config(OptimizerKind::Sgd, 0.1f);
    c.regularization = Regularization::L1;
    c.regularizationRate = 1.0f;
    Optimizer opt(c, vec({1}));
    opt.setFreezeZeroedWeights(true);
    Eigen::VectorXf p = vec({0.05f});
    opt.step(p, vec({0.0f}), 1);
    EXPECT_EQ(p[0], 0.0f);
    opt.step(p, vec({-5.0f}), 1);
    EXPECT_EQ(p[0], 0.0f); // a dead link, as in nn.ts
    opt.reset();
    opt.step(p, vec({-5.0f}), 1);
    EXPECT_GT(p[0], 0.0f);
}

TEST(Optimizer, BadConfigsAreRejected)
{
    OptimizerConfig c;
    c.learningRate = 0.0f;
    EXPECT_THROW(checkOptimizerConfig(c), std::invalid_argument);
    c.learningRate = 0.1f;
    c.momentum = 1.0f;
    EXPECT_THROW(checkOptimizerConfig(c), std::invalid_argument);
    c.momentum = 0.9f;
    c.regularizationRate = -1.0f;
    EXPECT_THROW(checkOptimizerConfig(c), std::invalid_argument);
    EXPECT_EQ(optimizerFromName("adam"), OptimizerKind::Adam);
    EXPECT_EQ(regularizationFromName("l1"), Regularization::L1);
    EXPECT_FALSE(optimizerFromName("rmsprop"));
}
