#include "loopwise/engine/trainer.h"

#include <gtest/gtest.h>

#include <atomic>
#include <cmath>
#include <numeric>

using namespace loopwise::engine;

namespace {

Dataset data(DatasetKind kind = DatasetKind::Spiral, int points = 500, double noise = 0.0,
             SplitConfig split = {0.5, 0.0})
{
    DatasetConfig c;
    c.kind = kind;
    c.points = points;
    c.noise = noise;
    c.split = split;
    return makeDataset(c);
}

TrainerConfig playground(std::vector<int> hidden)
{
    TrainerConfig c;
    c.protocol = Protocol::Playground;
    c.hidden.clear();
    for (int units : hidden)
        c.hidden.push_back({units, Activation::Tanh});
    return c;
}

bool allFinite(const Trainer &t)
{
    return t.network().parameters().allFinite();
}

} // namespace

TEST(Trainer, SameSeedGivesBitIdenticalResults)
{
    for (Protocol protocol : {Protocol::Playground, Protocol::Standard}) {
        TrainerConfig c = playground({6, 4});
        c.protocol = protocol;
        if (protocol == Protocol::Standard) {
            c.optimizer.kind = OptimizerKind::Adam;
            c.optimizer.learningRate = 0.01f;
            c.shuffle = true;
            c.init = WeightInit::Glorot;
        }
        Trainer a(data(), c), b(data(), c);
        a.run(20);
        b.run(20);
        EXPECT_EQ(a.network().parameters(), b.network().parameters());
        EXPECT_EQ(a.loss(Split::Test), b.loss(Split::Test));
        // reset() starts the same run again.
        const Eigen::VectorXf after20 = a.network().parameters();
        a.reset();
        a.run(20);
        EXPECT_EQ(a.network().parameters(), after20);
        // Another seed gives another run.
        a.reset(2);
        a.run(20);
        EXPECT_NE(a.network().parameters(), after20);
    }
}

TEST(Trainer, CountsStepsAndEpochs)
{
    Trainer t(data(), playground({4}));
    EXPECT_TRUE(t.step());
    EXPECT_EQ(t.steps(), 1);
    EXPECT_EQ(t.epochs(), 0);
    EXPECT_TRUE(t.epoch()); // the rest of the first epoch: 250 examples in batches of 10
    EXPECT_EQ(t.steps(), 25);
    EXPECT_EQ(t.epochs(), 1);
    EXPECT_EQ(t.run(3), StopReason::Finished);
    EXPECT_EQ(t.epochs(), 4);
    EXPECT_EQ(t.progress().step, 100);
}

// nn.ts updates after every batchSize-th example of an epoch; a short last batch is
// carried into the next epoch's first batch. The standard protocol applies it at once.
TEST(Trainer, PlaygroundCarriesAShortLastBatch)
{
    const Dataset d = data(DatasetKind::Gauss, 510, 0.1, {0.5, 0.0}); // 255 training points
    TrainerConfig c = playground({3});
    c.batchSize = 10;
    Trainer carry(d, c);
    for (int i = 0; i < 25; ++i)
        carry.step();
    const Eigen::VectorXf before = carry.network().parameters();
    carry.step(); // examples 250..254: accumulated, no update yet
    EXPECT_EQ(carry.epochs(), 1);
    EXPECT_EQ(carry.network().parameters(), before);
    carry.step(); // examples 0..9 complete a batch of 15
    EXPECT_NE(carry.network().parameters(), before);

    c.protocol = Protocol::Standard;
    Trainer standard(d, c);
    for (int i = 0; i < 25; ++i)
        standard.step();
    const Eigen::VectorXf mid = standard.network().parameters();
    standard.step();
    EXPECT_NE(standard.network().parameters(), mid);
}

TEST(Trainer, LearnsSimpleProblems)
{
    for (DatasetKind kind : {DatasetKind::Gauss, DatasetKind::Circle, DatasetKind::Xor}) {
        Trainer t(data(kind), playground({4, 2}));
        t.run(300);
        EXPECT_GT(t.metrics(Split::Test).accuracy, 0.9) << datasetName(kind);
    }
    TrainerConfig c; // standard protocol: Adam, cross-entropy, softmax
    c.protocol = Protocol::Standard;
    c.loss = LossKind::CategoricalCrossEntropy;
    c.optimizer.kind = OptimizerKind::Adam;
    c.optimizer.learningRate = 0.01f;
    c.init = WeightInit::Glorot;
    c.shuffle = true;
    c.hidden = {{8, Activation::Relu}};
    Trainer blobs(data(DatasetKind::Blobs4, 400, 0.1), c);
    blobs.run(100);
    EXPECT_EQ(blobs.network().outputs(), 4);
    EXPECT_GT(blobs.metrics(Split::Test).accuracy, 0.9);
}

TEST(Trainer, MetricsAreConsistent)
{
    Trainer t(data(DatasetKind::Blobs3, 300, 0.2, {0.5, 0.2}), [] {
        TrainerConfig c;
        c.protocol = Protocol::Standard;
        c.loss = LossKind::CategoricalCrossEntropy;
        c.init = WeightInit::Glorot;
        return c;
    }());
    t.run(20);
    for (Split split : {Split::Train, Split::Validation, Split::Test}) {
        const Metrics m = t.metrics(split);
        ASSERT_EQ(m.classes, 3);
        EXPECT_EQ(std::accumulate(m.confusion.begin(), m.confusion.end(), 0), m.count);
        int diagonal = 0;
        for (int k = 0; k < 3; ++k)
            diagonal += m.confusion[static_cast<std::size_t>(k * 3 + k)];
        EXPECT_DOUBLE_EQ(m.accuracy, static_cast<double>(diagonal) / m.count);
        EXPECT_DOUBLE_EQ(m.loss, t.loss(split));
    }
    EXPECT_EQ(t.metrics(Split::Train).count, 150);
    EXPECT_EQ(t.metrics(Split::Validation).count, 60);
}

TEST(Trainer, RegressionReportsRSquared)
{
    TrainerConfig c = playground({4});
    Trainer t(data(DatasetKind::RegressPlane, 400), c);
    EXPECT_EQ(t.network().outputActivation(), Activation::Linear);
    t.run(100);
    const Metrics m = t.metrics(Split::Test);
    EXPECT_GT(m.r2, 0.95);
    EXPECT_TRUE(m.confusion.empty());
}

TEST(Trainer, EmptySplitHasNoMetrics)
{
    Trainer t(data(DatasetKind::Gauss, 100, 0.0, {1.0, 0.0}), playground({2}));
    EXPECT_EQ(t.metrics(Split::Test).count, 0);
    EXPECT_EQ(t.loss(Split::Test), 0.0);
}

TEST(Trainer, DivergenceIsDetectedAndNothingNonFiniteEscapes)
{
    TrainerConfig c;
    c.protocol = Protocol::Standard;
    c.init = WeightInit::Glorot;
    c.hidden = {{8, Activation::Relu}, {8, Activation::Relu}};
    c.optimizer.learningRate = 50.0f;
    Trainer t(data(DatasetKind::RegressPlane, 200), c);
    EXPECT_EQ(t.run(100), StopReason::Diverged);
    EXPECT_TRUE(t.diverged());
    EXPECT_FALSE(t.step());
    EXPECT_FALSE(t.epoch());
    EXPECT_TRUE(allFinite(t));
    EXPECT_TRUE(std::isfinite(t.loss(Split::Train)));
    EXPECT_TRUE(std::isfinite(t.metrics(Split::Test).r2));
    std::vector<float> grid(50 * 50);
    t.boundary({t.dataset().extent, 50, 50}, grid);
    for (float v : grid)
        ASSERT_TRUE(std::isfinite(v));
    t.reset();
    EXPECT_FALSE(t.diverged());
    EXPECT_TRUE(t.step());
}

TEST(Trainer, ExplodingLossCountsAsDivergence)
{
    TrainerConfig c;
    c.protocol = Protocol::Standard;
    c.init = WeightInit::Glorot;
    c.hidden = {{4, Activation::Linear}};
    c.optimizer.learningRate = 0.5f;
    c.divergenceFactor = 10.0f;
    Trainer t(data(DatasetKind::RegressPlane, 200), c);
    t.run(200);
    EXPECT_TRUE(t.diverged());
    EXPECT_TRUE(allFinite(t));
}

TEST(Trainer, StopFlagAndCallback)
{
    Trainer t(data(), playground({4}));
    std::atomic<bool> stop{true};
    EXPECT_EQ(t.run(10, {}, 0, &stop), StopReason::Stopped);
    EXPECT_EQ(t.steps(), 0);
    stop = false;
    int calls = 0;
    const auto reason = t.run(
        10,
        [&](const Progress &p) {
            ++calls;
            EXPECT_EQ(p.step, calls * 5L);
            if (calls == 3)
                stop = true; // another thread would do this
            return true;
        },
        5, &stop);
    EXPECT_EQ(reason, StopReason::Stopped);
    EXPECT_EQ(calls, 3);
    EXPECT_EQ(t.steps(), 15);
    EXPECT_EQ(t.run(
                  10, [](const Progress &) { return false; }, 1),
              StopReason::Stopped);
    EXPECT_EQ(t.steps(), 16);
}

TEST(Trainer, BoundaryMatchesPredictAtCellCentres)
{
    Trainer t(data(DatasetKind::Circle), playground({4, 2}));
    t.run(20);
    const Grid grid{{-6, 6, -4, 4}, 7, 5};
    std::vector<float> out(35);
    t.boundary(grid, out);
    Eigen::MatrixXf features(2, 35);
    for (int row = 0; row < 5; ++row)
        for (int col = 0; col < 7; ++col) {
            features(0, row * 7 + col) = -6.0f + (col + 0.5f) * 12.0f / 7.0f;
            features(1, row * 7 + col) = 4.0f - (row + 0.5f) * 8.0f / 5.0f;
        }
    const Eigen::MatrixXf expected = t.network().predict(features);
    for (int i = 0; i < 35; ++i)
        EXPECT_NEAR(out[i], expected(0, i), 1e-6f);
    std::vector<float> small(34);
    EXPECT_THROW(t.boundary(grid, small), std::invalid_argument);
}

TEST(Trainer, BoundaryWithEngineeredFeaturesAndSeveralOutputs)
{
    TrainerConfig c;
    c.protocol = Protocol::Standard;
    c.loss = LossKind::CategoricalCrossEntropy;
    c.features = {Feature::X1, Feature::X2, Feature::X1X2, Feature::SinX1, Feature::CosX2, Feature::X2Squared};
    Trainer t(data(DatasetKind::Blobs3, 300), c);
    t.run(5);
    const Grid grid{{-3, 5, -2, 6}, 300, 2}; // more cells than one evaluation block
    std::vector<float> out(600 * 3);
    t.boundary(grid, out);
    Eigen::MatrixXf features(6, 600);
    for (int cell = 0; cell < 600; ++cell) {
        const float x = -3.0f + (cell % 300 + 0.5f) * 8.0f / 300.0f;
        const float y = 6.0f - (cell / 300 + 0.5f) * 8.0f / 2.0f;
        for (std::size_t f = 0; f < c.features.size(); ++f)
            features(static_cast<Eigen::Index>(f), cell) = featureValue(c.features[f], x, y);
    }
    const Eigen::MatrixXf expected = t.network().predict(features);
    for (int cell = 0; cell < 600; ++cell)
        for (int k = 0; k < 3; ++k)
            ASSERT_NEAR(out[cell * 3 + k], expected(k, cell), 1e-5f);
}

TEST(Trainer, NeuronOutputsCoverInputsHiddenUnitsAndTheOutput)
{
    Trainer t(data(DatasetKind::Xor), playground({3, 2}));
    t.run(10);
    EXPECT_EQ(t.neuronCount(), 2 + 3 + 2 + 1);
    const Grid grid{t.dataset().extent, 10, 10};
    std::vector<float> planes(static_cast<std::size_t>(t.neuronCount()) * 100), boundary(100);
    t.neuronOutputs(grid, planes);
    t.boundary(grid, boundary);
    EXPECT_FLOAT_EQ(planes[0], -6.0f + 0.6f); // x1 at the top-left cell
    EXPECT_FLOAT_EQ(planes[100], 6.0f - 0.6f); // x2 there
    for (int i = 0; i < 100; ++i)
        EXPECT_EQ(planes[7 * 100 + i], boundary[i]);
    for (int i = 200; i < 700; ++i)
        EXPECT_LE(std::abs(planes[i]), 1.0f); // tanh units
}

TEST(Trainer, ConfigErrorsNameTheProblem)
{
    const Dataset d = data();
    const auto errorOf = [&](TrainerConfig c) -> std::string {
        try {
            checkTrainerConfig(c, d);
        } catch (const std::invalid_argument &e) {
            return e.what();
        }
        return "";
    };
    TrainerConfig c = playground({4});
    EXPECT_EQ(errorOf(c), "");
    c.optimizer.kind = OptimizerKind::Adam;
    EXPECT_EQ(errorOf(c), "the playground protocol trains with plain SGD");
    c = playground({4});
    c.loss = LossKind::BinaryCrossEntropy;
    c.output = Activation::Tanh;
    EXPECT_EQ(errorOf(c), "binary cross-entropy needs a sigmoid output layer");
    c = playground({4});
    c.hidden = {{4, Activation::Softmax}};
    EXPECT_EQ(errorOf(c), "softmax is only for an output layer of at least two units");
    c = playground({4});
    c.batchSize = 0;
    EXPECT_EQ(errorOf(c), "batch size must be between 1 and 100000 (got 0)");
    c = playground({4});
    c.batchSize = 251;
    EXPECT_EQ(errorOf(c), "the playground protocol needs a batch no larger than the training set");
    c = playground({4});
    c.classWeights = {1.0f};
    EXPECT_EQ(errorOf(c), "2 classes need 2 class weights, not 1");
    c = playground({4});
    c.features = {};
    EXPECT_EQ(errorOf(c), "choose at least one input feature");
    c = playground({0});
    EXPECT_EQ(errorOf(c), "layer 1: units must be between 1 and 256 (got 0)");
    EXPECT_THROW(Trainer(d, c), std::invalid_argument);
}

TEST(Trainer, SetParametersTakesATrainedNetwork)
{
    Trainer a(data(), playground({4})), b(data(), playground({4}));
    a.run(5);
    b.setParameters(a.network());
    EXPECT_EQ(b.network().parameters(), a.network().parameters());
    EXPECT_EQ(b.loss(Split::Test), a.loss(Split::Test));
    Trainer other(data(), playground({5}));
    EXPECT_THROW(other.setParameters(a.network()), std::invalid_argument);
}
