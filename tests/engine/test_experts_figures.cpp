// The mixture's figures the lab stands on: collapse without the balance term and its
// recovery with it; a top-1 mixture against dense networks on the spiral.

#include "loopwise/engine/experts.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>

using namespace loopwise::engine;

namespace {

double largestShare(const MixtureMetrics &m)
{
    return double(*std::max_element(m.load.begin(), m.load.end())) / m.count;
}

Dataset dataset(DatasetKind kind)
{
    DatasetConfig d;
    d.kind = kind;
    d.points = 500;
    d.seed = 1;
    return makeDataset(d);
}

} // namespace

// The collapse preset: circle, 4 experts of 2-8-2 (tanh), top-1, Adam at 0.3, seed 2,
// 60 epochs. Measured: balance off, one expert takes 100 % of the training inputs; balance
// on (weight 1), the largest share is 34 % (30 % before the step was made cheaper: Eigen's exp in the softmax rounds a
// little differently).
TEST(ExpertsFigures, CollapsesWithoutBalanceAndRecoversWithIt)
{
    MixtureConfig config;
    config.experts = 4;
    config.topK = 1;
    config.hidden = {{8, Activation::Tanh}};
    config.learningRate = 0.3f;
    config.seed = 2;
    config.balance = false;
    Mixture off(dataset(DatasetKind::Circle), config);
    for (int e = 0; e < 60; ++e)
        off.epoch();
    const double collapsed = largestShare(off.metrics(Split::Train));
    config.balance = true;
    config.balanceWeight = 1.0f;
    Mixture on(dataset(DatasetKind::Circle), config);
    for (int e = 0; e < 60; ++e)
        on.epoch();
    const double balanced = largestShare(on.metrics(Split::Train));
    std::printf("largest share: balance off %.2f, on %.2f\n", collapsed, balanced);
    EXPECT_GT(collapsed, 0.8);
    EXPECT_LE(balanced, 0.4);
    EXPECT_LT(on.epochBalance(), off.epochBalance());
}

// Spiral, 4 experts of 2-8-2 (tanh), top-1, balance weight 0.01, Adam at 0.01, 200 epochs.
// Measured: mixture 94.8 % test accuracy at 42 multiply-adds per input; dense of the same
// active size (2-10-2, 52 parameters) 68.8 % at 40; dense of the same total size (2-36-2,
// 182 parameters) 70.8 % at 144.
TEST(ExpertsFigures, TopOneMixtureMatchesDenseOfActiveSizeAtLessCompute)
{
    MixtureConfig config;
    config.experts = 4;
    config.topK = 1;
    config.hidden = {{8, Activation::Tanh}};
    config.balanceWeight = 0.01f;
    config.learningRate = 0.01f;
    const Dataset data = dataset(DatasetKind::Spiral);
    Mixture mixture(data, config);
    constexpr int kEpochs = 200;
    for (int e = 0; e < kEpochs; ++e)
        mixture.epoch();
    const double mixtureAccuracy = mixture.metrics(Split::Test).accuracy;
    const ModelCost cost = mixture.cost();
    const auto denseAccuracy = [&](long parameters, ModelCost &denseCostOut) {
        const auto shape = denseShapeWithParameters(config.hidden, 2, 2, parameters);
        denseCostOut = denseCost(2, shape, 2);
        Trainer dense(data, denseTrainerConfig(config, shape));
        dense.run(kEpochs);
        return dense.metrics(Split::Test).accuracy;
    };
    ModelCost activeCost, totalCost;
    const double active = denseAccuracy(cost.activeParameters, activeCost);
    const double total = denseAccuracy(cost.parameters, totalCost);
    std::printf("test accuracy: mixture %.3f (%ld multiply-adds), dense active %.3f (%ld), dense total %.3f (%ld)\n",
                mixtureAccuracy, cost.multiplyAdds, active, activeCost.multiplyAdds, total, totalCost.multiplyAdds);
    EXPECT_GE(mixtureAccuracy, active - 0.02);
    EXPECT_LE(cost.multiplyAdds, totalCost.multiplyAdds);
    EXPECT_GT(mixtureAccuracy, 0.9);
}
