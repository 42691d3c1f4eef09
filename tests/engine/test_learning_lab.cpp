#include "loopwise/engine/config_error.h"
#include "loopwise/engine/learning_lab.h"
#include "loopwise/engine/simple_models.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <functional>
#include <numeric>

using namespace loopwise::engine;
using namespace loopwise::engine::learning;

namespace {

// A session of a preset trained for the preset's epochs.
LearningSession trained(const LabConfig &config, int epochs)
{
    LearningSession session(config);
    session.epochs(epochs);
    return session;
}
LearningSession trained(Preset preset)
{
    return trained(presetConfig(preset), presetEpochs(preset));
}

// The lowest loss a model of the session's degree can reach on its training data: the
// closed-form least-squares fit, which gradient descent approaches.
double leastSquaresLoss(const LearningSession &s, Split split)
{
    const auto fit = PolynomialRegression::leastSquares(s.train(), s.config().degree);
    return fit.meanSquaredError(split == Split::Train ? s.train() : s.validation());
}

double minValidation(const std::vector<EpochStats> &history)
{
    return std::min_element(history.begin(), history.end(),
                            [](const auto &a, const auto &b) { return a.validationLoss < b.validationLoss; })
        ->validationLoss;
}

bool allFinite(const std::vector<double> &values)
{
    return std::all_of(values.begin(), values.end(), [](double v) { return std::isfinite(v); });
}

// The model written out independently of the engine: Legendre terms by their recurrence.
std::vector<double> legendre(double t, int degree)
{
    std::vector<double> p{1.0, t};
    for (int k = 1; k < degree; ++k)
        p.push_back(((2 * k + 1) * t * p[k] - k * p[k - 1]) / (k + 1));
    p.resize(static_cast<std::size_t>(degree) + 1);
    return p;
}
double modelF(const LabConfig &c, const std::vector<double> &a, const Point &p)
{
    if (c.model == ModelKind::Curve) {
        const auto t = legendre(p.x1, c.degree);
        return std::inner_product(a.begin(), a.end(), t.begin(), 0.0);
    }
    const auto u = legendre(p.x1 / 6.0f, c.degree), v = legendre(p.x2 / 6.0f, c.degree);
    double f = 0.0;
    std::size_t n = 0;
    for (int total = 0; total <= c.degree; ++total)
        for (int i = total; i >= 0; --i)
            f += a[n++] * u[static_cast<std::size_t>(i)] * v[static_cast<std::size_t>(total - i)];
    return f;
}
double batchLoss(const LabConfig &c, const std::vector<double> &a, const std::vector<Point> &batch)
{
    double total = 0.0;
    for (const Point &p : batch) {
        const double f = modelF(c, a, p);
        total += c.model == ModelKind::Curve ? (f - p.label) * (f - p.label) : std::log1p(std::exp(f)) - p.label * f;
    }
    return total / static_cast<double>(batch.size());
}

} // namespace

TEST(LearningLab, CheckLabConfigNamesTheBadField)
{
    EXPECT_NO_THROW(checkLabConfig(LabConfig{}));
    for (Preset p : kPresets)
        EXPECT_NO_THROW(checkLabConfig(presetConfig(p))) << presetName(p);
    struct Bad
    {
        std::function<void(LabConfig &)> spoil;
        Setting setting;
        double min, max;
        std::string english; // what loopwise-train would print
    };
    const std::vector<Bad> bad{
        {[](LabConfig &c) { c.learningRate = 0.0; }, Setting::LearningRate, 1e-4, 10.0,
         "learning rate must be between 0.0001 and 10 (got 0)"},
        {[](LabConfig &c) { c.learningRate = 11.0; }, Setting::LearningRate, 1e-4, 10.0, "(got 11)"},
        {[](LabConfig &c) { c.learningRate = NAN; }, Setting::LearningRate, 1e-4, 10.0, "(got nan)"},
        {[](LabConfig &c) { c.points = 9; }, Setting::PointCount, 10, 1000,
         "point count must be between 10 and 1000 (got 9)"},
        {[](LabConfig &c) { c.points = 1001; }, Setting::PointCount, 10, 1000, "point count"},
        {[](LabConfig &c) { c.noise = -0.1; }, Setting::Noise, 0, 1, "noise must be between 0 and 1"},
        {[](LabConfig &c) { c.noise = 1.5; }, Setting::Noise, 0, 1, "noise"},
        {[](LabConfig &c) { c.degree = 0; }, Setting::Degree, 1, 15, "degree must be between 1 and 15"},
        {[](LabConfig &c) { c.degree = 16; }, Setting::Degree, 1, 15, "degree"},
        {[](LabConfig &c) { c.batchSize = -1; }, Setting::BatchSize, 0, 100, "batch size"},
        {[](LabConfig &c) { c.batchSize = c.points + 1; }, Setting::BatchSize, 0, 100, "batch size"},
        {[](LabConfig &c) { c.validationRatio = 0.05; }, Setting::ValidationRatio, 0.1, 0.5,
         "validation ratio must be between 0.1 and 0.5"},
        {[](LabConfig &c) { c.validationRatio = 0.6; }, Setting::ValidationRatio, 0.1, 0.5, "validation ratio"},
    };
    for (const Bad &b : bad) {
        LabConfig c;
        b.spoil(c);
        try {
            checkLabConfig(c);
            ADD_FAILURE() << "accepted: " << b.english;
        } catch (const ConfigError &e) {
            EXPECT_EQ(e.setting(), b.setting) << e.what();
            EXPECT_EQ(e.rule(), Rule::OutOfRange) << e.what();
            EXPECT_EQ(e.range().min, b.min) << e.what();
            EXPECT_EQ(e.range().max, b.max) << e.what();
            EXPECT_TRUE(e.range().minIncluded && e.range().maxIncluded) << e.what();
            EXPECT_NE(std::string(e.what()).find(b.english), std::string::npos) << e.what();
        }
        EXPECT_THROW(LearningSession{c}, ConfigError);
    }
    LearningSession session(LabConfig{});
    try {
        session.setLearningRate(20.0);
        ADD_FAILURE() << "a learning rate of 20 was taken";
    } catch (const ConfigError &e) {
        EXPECT_EQ(e.setting(), Setting::LearningRate);
        EXPECT_EQ(e.value(), 20.0);
    }
    EXPECT_THROW(session.setBatchSize(-2), ConfigError);
    EXPECT_EQ(session.config().learningRate, LabConfig{}.learningRate);
}

TEST(LearningLab, PresetNamesRoundTrip)
{
    for (Preset p : kPresets) {
        EXPECT_EQ(presetFromName(presetName(p)), p);
        EXPECT_GT(presetEpochs(p), 0);
    }
    EXPECT_EQ(presetName(Preset::TooHighRate), "too-high");
    EXPECT_EQ(presetName(Preset::MoreDataCures), "more-data");
    EXPECT_FALSE(presetFromName("overfitting"));
    EXPECT_EQ(phaseName(Phase::TooSlow), "too-slow");
}

TEST(LearningLab, SameConfigGivesBitIdenticalRuns)
{
    for (Preset p : {Preset::GoodFit, Preset::NoisyLabels}) {
        LabConfig c = presetConfig(p);
        c.batchSize = 7;
        const auto a = trained(c, 40), b = trained(c, 40);
        EXPECT_EQ(a.history(), b.history());
        EXPECT_EQ(a.parameters(), b.parameters());
        EXPECT_EQ(a.train(), b.train());
        c.initSeed = 2;
        EXPECT_NE(trained(c, 40).parameters(), a.parameters());
    }
}

TEST(LearningLab, ResetKeepsTheDataAndNewDataReplacesIt)
{
    LearningSession session(presetConfig(Preset::GoodFit));
    const auto initial = session.parameters();
    const auto history = session.history();
    const auto train = session.train();
    ASSERT_EQ(history.size(), 1u); // epoch 0, before training
    EXPECT_EQ(history[0].epoch, 0);
    session.epochs(5);
    session.step();
    EXPECT_EQ(session.epochsDone(), 5);
    EXPECT_EQ(session.stepInEpoch(), 1);
    session.reset();
    EXPECT_EQ(session.parameters(), initial);
    EXPECT_EQ(session.history(), history);
    EXPECT_EQ(session.train(), train);
    EXPECT_EQ(session.stepInEpoch(), 0);
    session.newData(9);
    EXPECT_NE(session.train(), train);
    EXPECT_EQ(session.config().dataSeed, 9u);
    EXPECT_EQ(session.parameters(), initial); // fresh parameters, same initSeed
    EXPECT_EQ(session.train().size() + session.validation().size(), 100u);
    EXPECT_EQ(session.validation().size(), 30u);
}

TEST(LearningLab, StepsWalkTheTrainingSetInBatches)
{
    LabConfig c = presetConfig(Preset::GoodFit); // 70 training points
    c.batchSize = 30;
    LearningSession session(c);
    EXPECT_EQ(session.stepsPerEpoch(), 3); // 30, 30, 10
    EXPECT_EQ(session.traceStep().batch.size(), 30u);
    EXPECT_EQ(session.traceStep().batch.size(), 30u);
    const LoopTrace last = session.traceStep();
    EXPECT_EQ(last.batch.size(), 10u);
    EXPECT_TRUE(last.epochEnded);
    EXPECT_EQ(last.epoch, 1);
    EXPECT_EQ(last.step, 2);
    EXPECT_EQ(session.epochsDone(), 1);
    session.setBatchSize(0);
    EXPECT_EQ(session.stepsPerEpoch(), 1);
    EXPECT_EQ(session.traceStep().batch.size(), 70u);
}

// The loop a learner sees: every number of a step agrees with the others and with an
// independent computation of the model.
TEST(LearningLab, LoopTraceIsConsistent)
{
    LabConfig curve = presetConfig(Preset::GoodFit);
    curve.batchSize = 4;
    LabConfig classes = presetConfig(Preset::NoisyLabels);
    classes.degree = 3;
    classes.batchSize = 8;
    for (const LabConfig &c : {curve, classes}) {
        LearningSession session(c), twin(c);
        session.epochs(2);
        twin.epochs(2);
        const LoopTrace t = session.traceStep();
        twin.step();
        EXPECT_EQ(session.parameters(), twin.parameters()); // the same update as step()
        EXPECT_EQ(t.parametersAfter, session.parameters());
        EXPECT_EQ(t.epoch, 3);
        EXPECT_EQ(t.step, 0);
        EXPECT_FALSE(t.diverged);
        EXPECT_EQ(t.learningRate, c.learningRate);
        ASSERT_EQ(t.batch.size(), static_cast<std::size_t>(c.batchSize));
        ASSERT_EQ(t.predictions.size(), t.batch.size());
        EXPECT_TRUE(std::equal(t.batch.begin(), t.batch.end(), session.train().begin()));

        const std::size_t n = t.parametersBefore.size();
        ASSERT_EQ(t.gradient.size(), n);
        ASSERT_EQ(t.update.size(), n);
        ASSERT_EQ(t.parametersAfter.size(), n);
        EXPECT_EQ(session.parameterNames().size(), n);
        double fromPredictions = 0.0;
        for (std::size_t i = 0; i < t.batch.size(); ++i) {
            const double f = modelF(c, t.parametersBefore, t.batch[i]);
            const double y = t.batch[i].label, p = t.predictions[i];
            if (c.model == ModelKind::Curve) {
                EXPECT_NEAR(p, f, 1e-12);
                fromPredictions += (p - y) * (p - y);
            } else {
                EXPECT_NEAR(p, 1.0 / (1.0 + std::exp(-f)), 1e-12);
                fromPredictions -= y * std::log(p) + (1.0 - y) * std::log(1.0 - p);
            }
        }
        EXPECT_NEAR(t.loss, fromPredictions / static_cast<double>(t.batch.size()), 1e-12);
        EXPECT_NEAR(t.loss, batchLoss(c, t.parametersBefore, t.batch), 1e-12);
        for (std::size_t k = 0; k < n; ++k) {
            EXPECT_DOUBLE_EQ(t.update[k], -t.learningRate * t.gradient[k]);
            EXPECT_DOUBLE_EQ(t.parametersAfter[k], t.parametersBefore[k] + t.update[k]);
            auto plus = t.parametersBefore, minus = t.parametersBefore;
            plus[k] += 1e-6;
            minus[k] -= 1e-6;
            const double numeric = (batchLoss(c, plus, t.batch) - batchLoss(c, minus, t.batch)) / 2e-6;
            EXPECT_NEAR(t.gradient[k], numeric, 1e-6) << "parameter " << k;
        }
    }
}

TEST(LearningLab, GoodFitConvergesToTheLeastSquaresFit)
{
    LearningSession early(presetConfig(Preset::GoodFit));
    EXPECT_EQ(early.status().phase, Phase::NotStarted);
    early.epoch();
    EXPECT_EQ(early.status().phase, Phase::Improving);

    const auto s = trained(Preset::GoodFit);
    const EpochStats &last = s.history().back();
    EXPECT_EQ(last.epoch, presetEpochs(Preset::GoodFit));
    EXPECT_LT(last.trainLoss, 1.05 * leastSquaresLoss(s, Split::Train));
    EXPECT_LT(last.validationLoss, 1.1 * leastSquaresLoss(s, Split::Validation));
    // It beats the baseline (always the mean) by far.
    EXPECT_LT(last.validationLoss, 0.5 * s.baseline().validationLoss);
    EXPECT_LT(last.trainLoss, 1.5 * noiseFloor(s.config()));
    EXPECT_EQ(s.status().phase, Phase::Converged);

    // Written in powers of x, the model is the same polynomial, close to the closed form.
    PolynomialRegression powers(s.config().degree);
    const auto c = s.powerCoefficients();
    powers.setCoefficients(Eigen::Map<const Eigen::VectorXd>(c.data(), static_cast<Eigen::Index>(c.size())));
    const auto ys = s.curve(11);
    const auto best = PolynomialRegression::leastSquares(s.train(), s.config().degree);
    for (int i = 0; i <= 10; ++i) {
        const float x = static_cast<float>(-1.0 + 0.2 * i); // curve() samples at float x
        EXPECT_NEAR(ys[static_cast<std::size_t>(i)], powers.predict(x), 1e-9);
        EXPECT_NEAR(ys[static_cast<std::size_t>(i)], best.predict(x), 0.05);
    }
}

TEST(LearningLab, UnderfitLevelsOffFarAboveWhatMoreCapacityReaches)
{
    const auto s = trained(Preset::Underfit);
    const auto &h = s.history();
    LabConfig richer = s.config();
    richer.degree = 5;
    const auto r = trained(richer, presetEpochs(Preset::Underfit));
    EXPECT_GT(h.back().trainLoss, 10.0 * r.history().back().trainLoss);
    EXPECT_GT(h.back().validationLoss, 10.0 * r.history().back().validationLoss);
    // Flat: the last 100 epochs changed it by under 1 %, and it sits at its own best.
    EXPECT_LT(std::abs(h.back().trainLoss - h[h.size() - 101].trainLoss), 0.01 * h.back().trainLoss);
    EXPECT_LT(h.back().trainLoss, 1.01 * leastSquaresLoss(s, Split::Train));
    EXPECT_EQ(s.status().phase, Phase::Underfitting);
    EXPECT_EQ(r.status().phase, Phase::Converged);
}

TEST(LearningLab, OverfitValidationLossRisesWhileTrainingLossFalls)
{
    const auto s = trained(Preset::Overfit);
    const auto &h = s.history();
    const double best = minValidation(h);
    const Status status = s.status();
    EXPECT_GE(h.back().validationLoss, 1.5 * best);
    EXPECT_LT(h.back().trainLoss, h[h.size() - 101].trainLoss); // still falling at the end
    EXPECT_LT(h.back().trainLoss, noiseFloor(s.config())); // it is fitting the noise
    EXPECT_EQ(status.phase, Phase::Overfitting);
    EXPECT_LT(status.bestValidationEpoch, 100);
    EXPECT_EQ(h[static_cast<std::size_t>(status.bestValidationEpoch)].validationLoss, best);
}

TEST(LearningLab, MoreDataCuresTheOverfit)
{
    const auto over = trained(Preset::Overfit);
    const auto more = trained(Preset::MoreDataCures);
    LabConfig expected = presetConfig(Preset::Overfit);
    expected.points = more.config().points;
    EXPECT_EQ(more.config(), expected); // the same model, only more points
    EXPECT_GE(more.config().points, 20 * over.config().points);
    const EpochStats &o = over.history().back();
    const EpochStats &m = more.history().back();
    EXPECT_LT(m.validationLoss, 1.1 * minValidation(more.history()));
    EXPECT_LT(m.validationLoss - m.trainLoss, 0.1 * (o.validationLoss - o.trainLoss));
    EXPECT_LT(m.validationLoss, 0.5 * o.validationLoss);
    EXPECT_EQ(more.status().phase, Phase::Converged);
}

TEST(LearningLab, TooHighRateDivergesAndKeepsFiniteParameters)
{
    LearningSession s(presetConfig(Preset::TooHighRate));
    LoopTrace t;
    for (int i = 0; i < 50 * s.stepsPerEpoch() && !t.diverged; ++i)
        t = s.traceStep();
    ASSERT_TRUE(s.diverged());
    EXPECT_LE(s.epochsDone(), 50);
    EXPECT_EQ(s.status().phase, Phase::Diverged);
    // The diverging step was not applied: the model is back at the last recorded epoch.
    EXPECT_EQ(t.parametersAfter, s.parameters());
    EXPECT_TRUE(allFinite(t.gradient) && allFinite(t.update) && allFinite(t.predictions));
    EXPECT_TRUE(std::isfinite(t.loss));
    EXPECT_TRUE(allFinite(s.parameters()));
    EXPECT_TRUE(allFinite(s.curve(200)));
    for (const EpochStats &e : s.history())
        EXPECT_TRUE(std::isfinite(e.trainLoss) && std::isfinite(e.validationLoss));
    EXPECT_EQ(s.loss(Split::Train), s.history().back().trainLoss);
    EXPECT_FALSE(s.step());
    EXPECT_FALSE(s.epochs(3));
    EXPECT_TRUE(s.traceStep().diverged);
    s.reset();
    EXPECT_FALSE(s.diverged());

    // Raising the learning rate of a good fit mid-run diverges it too, as fast.
    LearningSession good(presetConfig(Preset::GoodFit));
    good.epochs(20);
    good.setLearningRate(10.0);
    EXPECT_FALSE(good.epochs(10));
    EXPECT_TRUE(allFinite(good.parameters()));
}

TEST(LearningLab, TooLowRateCrawls)
{
    const auto s = trained(Preset::TooLowRate);
    const auto &h = s.history();
    EXPECT_GT(h.back().trainLoss, 10.0 * leastSquaresLoss(s, Split::Train));
    for (std::size_t i = 1; i < h.size(); ++i)
        EXPECT_LT(h[i].trainLoss, h[i - 1].trainLoss);
    EXPECT_EQ(s.status().phase, Phase::TooSlow);
    // The same model at the good fit's rate gets there.
    LabConfig faster = s.config();
    faster.learningRate = presetConfig(Preset::GoodFit).learningRate;
    EXPECT_LT(trained(faster, presetEpochs(Preset::TooLowRate)).history().back().trainLoss,
              1.05 * leastSquaresLoss(s, Split::Train));
}

TEST(LearningLab, NoisyLabelsAreWorseThanCleanOnes)
{
    const auto noisy = trained(Preset::NoisyLabels);
    LabConfig c = presetConfig(Preset::NoisyLabels);
    c.noise = 0.0;
    const auto clean = trained(c, presetEpochs(Preset::NoisyLabels));
    EXPECT_GT(clean.accuracy(Split::Validation), 0.95);
    EXPECT_LT(noisy.accuracy(Split::Validation), clean.accuracy(Split::Validation) - 0.1);
    EXPECT_GT(noisy.history().back().validationLoss, clean.history().back().validationLoss + 0.2);
    // Both beat the majority-class baseline.
    EXPECT_GT(noisy.accuracy(Split::Validation), *noisy.baseline().validationAccuracy + 0.1);
    EXPECT_LT(noisy.history().back().validationLoss, noisy.baseline().validationLoss);
}

TEST(LearningLab, BaselinesAndDrawing)
{
    LearningSession curve(presetConfig(Preset::GoodFit));
    EXPECT_FALSE(curve.baseline().trainAccuracy);
    // The baseline always predicts the mean of the training targets.
    double mean = 0.0;
    for (const Point &p : curve.train())
        mean += p.label;
    mean /= static_cast<double>(curve.train().size());
    double squares = 0.0;
    for (const Point &p : curve.validation())
        squares += (p.label - mean) * (p.label - mean);
    EXPECT_NEAR(curve.baseline().validationLoss, squares / static_cast<double>(curve.validation().size()), 1e-9);
    EXPECT_EQ(curve.baseline().constantTrainLoss, curve.baseline().trainLoss);
    // The overfit preset's baseline is a figure that fits on the chart (the least-squares fit
    // of its degree scored 1.856 × 10⁷ on validation data).
    LearningSession overfit(presetConfig(Preset::Overfit));
    EXPECT_LT(overfit.baseline().validationLoss, 2.0);
    EXPECT_EQ(curve.extent().xMin, -1.0f);
    EXPECT_EQ(curve.extent().xMax, 1.0f);
    EXPECT_EQ(curve.curve(50).size(), 50u);
    EXPECT_THROW(curve.curve(1), std::invalid_argument);
    EXPECT_THROW(curve.probabilityGrid(10, 10), std::logic_error);
    EXPECT_THROW(curve.accuracy(Split::Train), std::logic_error);
    EXPECT_EQ(curve.parameterNames()[0], "1");
    EXPECT_EQ(curve.parameterNames()[3], "P3(x)");

    LabConfig c = presetConfig(Preset::NoisyLabels);
    c.noise = 0.0;
    LearningSession classes(c);
    const Baseline &b = classes.baseline();
    ASSERT_TRUE(b.trainAccuracy && b.validationAccuracy);
    EXPECT_NEAR(*b.trainAccuracy, 0.5, 0.1);
    EXPECT_NEAR(b.trainLoss, std::log(2.0), 0.02);
    EXPECT_EQ(b.constantTrainLoss, b.trainLoss);
    EXPECT_THROW(classes.curve(10), std::logic_error);
    EXPECT_THROW(classes.powerCoefficients(), std::logic_error);
    const std::vector<std::string> names{"1", "P1(x1)", "P1(x2)", "P2(x1)", "P1(x1)·P1(x2)", "P2(x2)"};
    EXPECT_EQ(classes.parameterNames(), names);
    classes.epochs(200);
    const auto grid = classes.probabilityGrid(3, 5);
    ASSERT_EQ(grid.size(), 15u);
    EXPECT_GT(grid[2 * 3 + 1], 0.9); // the centre is inside the circle: class 1
    EXPECT_LT(grid[0], 0.1); // the top-left corner is outside
    EXPECT_TRUE(std::all_of(grid.begin(), grid.end(), [](double p) { return p >= 0.0 && p <= 1.0; }));
    EXPECT_THROW(classes.probabilityGrid(0, 5), std::invalid_argument);
}

// The presets do not depend on lucky seeds: "new data" still shows each phenomenon.
TEST(LearningLab, PresetsShowTheirPhaseOnOtherSeeds)
{
    const std::vector<std::pair<Preset, Phase>> expected{
        {Preset::GoodFit, Phase::Converged},      {Preset::Underfit, Phase::Underfitting},
        {Preset::Overfit, Phase::Overfitting},    {Preset::TooHighRate, Phase::Diverged},
        {Preset::TooLowRate, Phase::TooSlow},     {Preset::NoisyLabels, Phase::Converged},
        {Preset::MoreDataCures, Phase::Converged}};
    for (const auto &[preset, phase] : expected)
        for (std::uint64_t seed = 2; seed <= 6; ++seed) {
            LabConfig c = presetConfig(preset);
            c.dataSeed = c.initSeed = seed;
            EXPECT_EQ(trained(c, presetEpochs(preset)).status().phase, phase) << presetName(preset) << " seed " << seed;
        }
}

// classify() on synthetic histories: every phase, including those no preset shows.
class Classify : public ::testing::Test
{
protected:
    LabConfig config; // Curve, noise 0.2: noise floor 0.01
    Baseline baseline;
    void SetUp() override { baseline.constantTrainLoss = 0.5; }

    static std::vector<EpochStats> history(const std::vector<double> &train, const std::vector<double> &validation)
    {
        std::vector<EpochStats> h;
        for (std::size_t i = 0; i < train.size(); ++i)
            h.push_back({static_cast<int>(i), train[i], validation.empty() ? train[i] : validation[i]});
        return h;
    }
    // value(epoch) for epochs 0 .. epochs
    static std::vector<double> curve(int epochs, const std::function<double(int)> &value)
    {
        std::vector<double> v;
        for (int e = 0; e <= epochs; ++e)
            v.push_back(value(e));
        return v;
    }
    Phase phase(const std::vector<EpochStats> &h, bool diverged = false) const
    {
        return classify(h, diverged, baseline, config).phase;
    }
};

TEST_F(Classify, EveryPhase)
{
    EXPECT_EQ(phase({}), Phase::NotStarted);
    EXPECT_EQ(phase(history({0.6}, {})), Phase::NotStarted);
    EXPECT_EQ(phase(history({0.6, 0.5}, {}), true), Phase::Diverged);
    EXPECT_EQ(phase(history({0.6}, {}), true), Phase::Diverged); // collapsed in its first epoch
    EXPECT_EQ(phase(history({0.6, 0.5, 0.45}, {})), Phase::Improving); // too few to judge
    // 5 % less per epoch, still far from the floor.
    EXPECT_EQ(phase(history(curve(30, [](int e) { return 0.6 * std::pow(0.95, e); }), {})), Phase::Improving);
    // Levelled off at the noise floor.
    const auto converged = curve(200, [](int e) { return 0.011 + 0.5 * std::exp(-e / 10.0); });
    EXPECT_EQ(phase(history(converged, {})), Phase::Converged);
    // Levelled off at 0.2, far above it.
    EXPECT_EQ(phase(history(curve(200, [](int e) { return 0.2 + 0.3 * std::exp(-e / 10.0); }), {})),
              Phase::Underfitting);
    // A straight crawl: 0.6 to 0.55 in 100 epochs.
    EXPECT_EQ(phase(history(curve(100, [](int e) { return 0.6 - 0.0005 * e; }), {})), Phase::TooSlow);
    // Up and down by 30 % every epoch.
    EXPECT_EQ(phase(history(curve(40, [](int e) { return e % 2 ? 0.3 : 0.4; }), {})), Phase::Oscillating);
    // Training keeps falling; validation bottoms out at epoch 20 and climbs back up.
    const auto train = curve(200, [](int e) { return 0.005 + 0.5 * std::exp(-e / 10.0); });
    const auto validation
        = curve(200, [](int e) { return 0.05 + 0.5 * std::exp(-e / 5.0) + 0.005 * std::max(0, e - 20); });
    const auto h = history(train, validation);
    const Status s = classify(h, false, baseline, config);
    EXPECT_EQ(s.phase, Phase::Overfitting);
    EXPECT_GE(s.bestValidationEpoch, 15);
    EXPECT_LE(s.bestValidationEpoch, 25);
    // Diverged wins over everything.
    EXPECT_EQ(phase(h, true), Phase::Diverged);
}

TEST_F(Classify, SmallWigglesAreNotOscillationNorOverfitting)
{
    // A converged run with 0.5 % noise on both losses.
    const auto train = curve(300, [](int e) { return (0.011 + 0.5 * std::exp(-e / 10.0)) * (e % 2 ? 1.005 : 0.995); });
    const auto validation
        = curve(300, [](int e) { return (0.013 + 0.5 * std::exp(-e / 10.0)) * (e % 3 ? 1.005 : 0.995); });
    EXPECT_EQ(phase(history(train, validation)), Phase::Converged);
    // An underfitting model whose validation loss drifts up does not count as overfitting.
    const auto flat = curve(300, [](int e) { return 0.2 + 0.3 * std::exp(-e / 5.0) - 1e-5 * e; });
    const auto drifting = curve(300, [](int e) { return 0.15 + 0.0005 * e; });
    EXPECT_EQ(phase(history(flat, drifting)), Phase::Underfitting);
}
