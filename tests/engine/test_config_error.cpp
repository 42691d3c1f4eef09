// The engine's refusals as data: which setting, which rule, which range, which point or
// layer; and the English sentence loopwise-train prints from the same fields.
#include "loopwise/engine/config_error.h"
#include "loopwise/engine/dataset.h"
#include "loopwise/engine/features.h"
#include "loopwise/engine/optimizer.h"
#include "loopwise/engine/trainer.h"

#include <gtest/gtest.h>

#include <cmath>
#include <functional>
#include <string>

using namespace loopwise::engine;

namespace {

// The error a call throws; fails the test when it throws none.
ConfigError errorOf(const std::function<void()> &call)
{
    try {
        call();
    } catch (const ConfigError &e) {
        return e;
    }
    ADD_FAILURE() << "no ConfigError";
    return ConfigError(Setting::Protocol, Rule::Empty);
}

Dataset spiral()
{
    DatasetConfig c;
    c.kind = DatasetKind::Spiral;
    c.points = 100;
    return makeDataset(c);
}

} // namespace

TEST(ConfigError, IsAnInvalidArgumentWithItsEnglishSentence)
{
    const ConfigError e = ConfigError::outOfRange(Setting::Noise, 0.9, {0.0, 0.5});
    const std::invalid_argument &base = e;
    EXPECT_STREQ(base.what(), "noise must be between 0 and 0.5 (got 0.9)");
}

TEST(ConfigError, RangesCarryTheirEnds)
{
    OptimizerConfig o;
    o.momentum = 1.0f;
    ConfigError e = errorOf([&] { checkOptimizerConfig(o); });
    EXPECT_EQ(e.setting(), Setting::Momentum);
    EXPECT_EQ(e.rule(), Rule::OutOfRange);
    EXPECT_EQ(e.value(), 1.0);
    EXPECT_EQ(e.range().min, 0.0);
    EXPECT_EQ(e.range().max, 1.0);
    EXPECT_TRUE(e.range().minIncluded);
    EXPECT_FALSE(e.range().maxIncluded);
    EXPECT_STREQ(e.what(), "momentum must be at least 0 and below 1 (got 1)");

    o = {};
    o.learningRate = 0.0f;
    e = errorOf([&] { checkOptimizerConfig(o); });
    EXPECT_EQ(e.setting(), Setting::LearningRate);
    EXPECT_FALSE(e.range().minIncluded);
    EXPECT_TRUE(std::isinf(e.range().max));
    EXPECT_STREQ(e.what(), "learning rate must be above 0 (got 0)");

    DatasetConfig d;
    d.split.trainRatio = 0.0;
    e = errorOf([&] { makeDataset(d); });
    EXPECT_EQ(e.setting(), Setting::TrainRatio);
    EXPECT_STREQ(e.what(), "train ratio must be above 0 and at most 1 (got 0)");
}

TEST(ConfigError, NamesTheLayerAndThePoint)
{
    NetworkConfig n;
    n.inputs = 2;
    n.layers = {{4, Activation::Tanh}, {300, Activation::Tanh}};
    ConfigError e = errorOf([&] { checkNetworkConfig(n); });
    EXPECT_EQ(e.setting(), Setting::Units);
    EXPECT_EQ(e.item(), 2);
    EXPECT_EQ(e.value(), 300.0);
    EXPECT_EQ(e.range().max, 256.0);

    const std::vector<Point> points{{0.0f, 0.0f, 0.0f}, {1.0f, 1.0f, 2.5f}};
    e = errorOf([&] { makeDataset(points, Task::Classification, {}, 1); });
    EXPECT_EQ(e.setting(), Setting::Points);
    EXPECT_EQ(e.rule(), Rule::NotAClass);
    EXPECT_EQ(e.item(), 2);
}

TEST(ConfigError, NamesTheRule)
{
    // One point of one's own: half of it for training leaves none (the network lab's case).
    const std::vector<Point> one{{0.0f, 0.0f, 1.0f}};
    ConfigError e = errorOf([&] { makeDataset(one, Task::Classification, {0.5, 0.0}, 1); });
    EXPECT_EQ(e.setting(), Setting::TrainingSet);
    EXPECT_EQ(e.rule(), Rule::Empty);

    e = errorOf([] { checkFeatures({Feature::X1, Feature::X2, Feature::X1}); });
    EXPECT_EQ(e.rule(), Rule::Duplicate);
    EXPECT_EQ(e.name(), "x1");

    const Dataset data = spiral();
    TrainerConfig c;
    c.optimizer.kind = OptimizerKind::Adam;
    e = errorOf([&] { checkTrainerConfig(c, data); });
    EXPECT_EQ(e.setting(), Setting::Protocol);
    EXPECT_EQ(e.rule(), Rule::PlaygroundSgd);

    c = {};
    c.protocol = Protocol::Standard;
    c.classWeights = {1.0f, 2.0f, 3.0f};
    e = errorOf([&] { checkTrainerConfig(c, data); });
    EXPECT_EQ(e.setting(), Setting::ClassWeights);
    EXPECT_EQ(e.rule(), Rule::OnePerClass);
    EXPECT_EQ(e.classes(), 2);
    EXPECT_EQ(e.range().min, 2.0);
    EXPECT_EQ(e.value(), 3.0);
    EXPECT_STREQ(e.what(), "2 classes need 2 class weights, not 3");
}
