// The mixture of experts: gradients against finite differences, routing, capacity, costs,
// determinism.

#include "loopwise/engine/config_error.h"
#include "loopwise/engine/experts.h"
#include "loopwise/engine/rng.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>

using namespace loopwise::engine;

namespace {

Dataset pointsDataset(int classes, int count, std::uint64_t seed)
{
    Rng rng(seed);
    Dataset data;
    data.numClasses = classes;
    for (int i = 0; i < count; ++i)
        data.train.push_back({float(rng.uniform(-2, 2)), float(rng.uniform(-2, 2)), float(i % classes)});
    data.test = data.train;
    return data;
}

struct GradientCase
{
    Activation activation;
    int topK;
    bool balance;
    float capacity;
};

void checkGradient(const GradientCase &c)
{
    SCOPED_TRACE(std::string(activationName(c.activation)) + ", k = " + std::to_string(c.topK)
                 + (c.balance ? ", balance on" : ", balance off") + (c.capacity > 0 ? ", capacity" : ""));
    constexpr int kBatch = 12;
    const Dataset data = pointsDataset(3, kBatch, 5);
    MixtureConfig config;
    config.experts = 3;
    config.topK = c.topK;
    config.hidden = {{4, c.activation}, {3, c.activation}};
    config.balance = c.balance;
    config.balanceWeight = 0.5f;
    config.capacityFactor = c.capacity;
    config.batchSize = kBatch;
    config.seed = 3;
    Mixture mixture(data, config);
    // Non-zero biases, so every bias gradient is exercised away from symmetry.
    Rng rng(11);
    for (int n = 0; n <= config.experts; ++n) {
        Network &net = n < config.experts ? mixture.expert(n) : mixture.gate();
        for (int l = 0; l < net.layerCount(); ++l)
            for (int j = 0; j < net.layer(l).units; ++j)
                net.bias(l)[j] = float(rng.uniform(-0.3, 0.3));
    }
    std::vector<Eigen::VectorXf> analytic;
    const std::span<const Point> batch(data.train);
    mixture.batchLoss(batch, &analytic);
    ASSERT_EQ(int(analytic.size()), config.experts + 1);
    int checked = 0, skipped = 0;
    double gateGradient = 0.0;
    constexpr float h = 1e-3f;
    for (int n = 0; n <= config.experts; ++n) {
        Network &net = n < config.experts ? mixture.expert(n) : mixture.gate();
        for (int l = 0; l < net.layerCount(); ++l) {
            const DenseLayer &layer = net.layer(l);
            std::vector<std::size_t> indices;
            for (int j = 0; j < layer.units; ++j) {
                for (int i = 0; i < layer.inputs; ++i)
                    indices.push_back(layer.weightOffset + j * layer.weightStride + i);
                indices.push_back(layer.biasOffset + j);
            }
            for (std::size_t index : indices) {
                float &p = net.parameters()[Eigen::Index(index)];
                const float saved = p;
                const double base = mixture.batchLoss(batch, nullptr);
                p = saved + h;
                const double up = mixture.batchLoss(batch, nullptr);
                p = saved - h;
                const double down = mixture.batchLoss(batch, nullptr);
                p = saved;
                const double forward = (up - base) / h, backward = (base - down) / h;
                const double a = analytic[std::size_t(n)][Eigen::Index(index)];
                // A step that changes the routing or crosses a ReLU kink makes the one-sided
                // slopes disagree: no derivative to compare there.
                if (std::abs(forward - backward) > 0.02 + 0.1 * std::abs(forward)) {
                    ++skipped;
                    continue;
                }
                const double numeric = (up - down) / (2 * h);
                EXPECT_NEAR(a, numeric, 3e-3 + 3e-2 * std::abs(numeric)) << "network " << n << " parameter " << index;
                if (n == config.experts)
                    gateGradient += std::abs(a);
                ++checked;
            }
        }
    }
    EXPECT_GT(checked, 9 * skipped) << "most parameters have a derivative to check";
    EXPECT_GT(gateGradient, 1e-4) << "the gate learns";
}

} // namespace

TEST(Experts, GradientsMatchFiniteDifferences)
{
    for (Activation a :
         {Activation::Tanh, Activation::Sigmoid, Activation::Relu, Activation::LeakyRelu, Activation::Linear})
        for (int k : {1, 2})
            for (bool balance : {false, true})
                checkGradient({a, k, balance, 0.0f});
}

TEST(Experts, GradientsWithCapacityMatchFiniteDifferences)
{
    checkGradient({Activation::Tanh, 1, true, 0.5f});
    checkGradient({Activation::Tanh, 2, false, 0.5f});
}

TEST(Experts, CapacityDropsAndCountsInputs)
{
    MixtureConfig config;
    config.experts = 4;
    config.capacityFactor = 0.25f; // an expert takes at most a quarter of an even share
    config.batchSize = 20;
    Mixture mixture(pointsDataset(2, 100, 7), config);
    mixture.epoch();
    // 5 batches of 20: each expert takes at most ceil(0.25 * 20 / 4) = 2 inputs a batch.
    long kept = 0;
    for (long l : mixture.epochLoad())
        kept += l;
    EXPECT_EQ(kept, 100); // routing choices, dropped ones included
    EXPECT_GE(mixture.epochDropped(), 100 - 5 * 4 * 2);
    EXPECT_EQ(mixture.totalDropped(), mixture.epochDropped());
    MixtureConfig open = config;
    open.capacityFactor = 0.0f;
    Mixture unlimited(pointsDataset(2, 100, 7), open);
    unlimited.epoch();
    EXPECT_EQ(unlimited.epochDropped(), 0);
}

TEST(Experts, DeterministicForASeed)
{
    MixtureConfig config;
    config.topK = 2;
    config.capacityFactor = 1.0f;
    const Dataset data = pointsDataset(3, 90, 2);
    Mixture a(data, config), b(data, config);
    for (int i = 0; i < 3; ++i) {
        a.epoch();
        b.epoch();
    }
    for (int n = 0; n < config.experts; ++n)
        EXPECT_EQ(a.expert(n).parameters(), b.expert(n).parameters());
    EXPECT_EQ(a.gate().parameters(), b.gate().parameters());
    EXPECT_EQ(a.epochLoad(), b.epochLoad());
    const auto trained = a.gate().parameters();
    a.reset();
    for (int i = 0; i < 3; ++i)
        a.epoch();
    EXPECT_EQ(a.gate().parameters(), trained);
    config.seed = 2;
    Mixture c(data, config);
    EXPECT_NE(c.gate().parameters(), b.gate().parameters());
}

TEST(Experts, CountsParametersAndMultiplyAdds)
{
    MixtureConfig config;
    config.experts = 4;
    config.topK = 2;
    config.hidden = {{8, Activation::Tanh}};
    Mixture mixture(pointsDataset(2, 20, 1), config);
    // Expert 2-8-2: 16 + 8 + 16 + 2 = 42 parameters, 32 multiply-adds. Gate 2-4: 12, 8.
    const ModelCost cost = mixture.cost();
    EXPECT_EQ(cost.parameters, 12 + 4 * 42);
    EXPECT_EQ(cost.activeParameters, 12 + 2 * 42);
    EXPECT_EQ(cost.multiplyAdds, 8 + 2 * (32 + 2));
    EXPECT_EQ(denseCost(2, {{8, Activation::Tanh}}, 2).parameters, 42);
    const auto shape = denseShapeWithParameters({{8, Activation::Relu}}, 2, 2, 180);
    ASSERT_EQ(shape.size(), 1u);
    EXPECT_EQ(shape[0].units, 36); // 2-36-2: 180 parameters
    EXPECT_EQ(shape[0].activation, Activation::Relu);
}

TEST(Experts, RejectsBadSettingsNamingThem)
{
    const Dataset data = pointsDataset(2, 20, 1);
    const auto settingOf = [&](MixtureConfig config) {
        try {
            Mixture m(data, config);
        } catch (const ConfigError &e) {
            return e.setting();
        }
        ADD_FAILURE() << "accepted";
        return Setting::Loss;
    };
    MixtureConfig c;
    c.experts = 9;
    EXPECT_EQ(settingOf(c), Setting::Experts);
    c = {};
    c.topK = 5;
    EXPECT_EQ(settingOf(c), Setting::TopK);
    c = {};
    c.balanceWeight = 2.0f;
    EXPECT_EQ(settingOf(c), Setting::BalanceWeight);
    c = {};
    c.capacityFactor = 0.1f;
    EXPECT_EQ(settingOf(c), Setting::Capacity);
}
