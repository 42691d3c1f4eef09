// "Validation is separate": each validation beside the model's accuracy on a fresh sample,
// over the seeds 1, 2 and 3, with the figures printed (the worst case is the one asserted).

#include "loopwise/engine/validation_experiment.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <iomanip>
#include <iostream>
#include <sstream>

using namespace loopwise::engine::assumptions;

namespace {

constexpr std::uint64_t kSeeds[] = {1, 2, 3};

ValidationResult runAndPrint(const char *set, const ValidationConfig &config)
{
    const ValidationResult r = runValidation(config);
    std::ostringstream line;
    line << std::fixed << std::setprecision(1) << "seed " << config.data.seed << "  " << set << "  " << std::setw(22)
         << std::left << methodName(config.method) << std::right << " validation " << 100 * r.validationAccuracy
         << " %, production " << 100 * r.productionAccuracy << " %, chance " << 100 * r.chance << " %\n";
    std::cout << line.str();
    return r;
}

// The small noisy set: 60 cases in three near-copies each, 5 signal and 40 noise features.
ValidationConfig smallSet(ValidationMethod method, std::uint64_t seed)
{
    ValidationConfig config;
    config.method = method;
    config.data.seed = seed;
    return config;
}

// Pure noise: 400 cases, 4000 features none of which the labels depend on; 20 chosen.
ValidationConfig pureNoise(ValidationMethod method, std::uint64_t seed)
{
    ValidationConfig config;
    config.method = method;
    config.data.seed = seed;
    config.data.items = 400;
    config.data.copiesPerItem = 1;
    config.data.signal = 0.0;
    config.data.noiseFeatures = 4000;
    config.selectedFeatures = 20;
    return config;
}

double points(double a, double b)
{
    return 100.0 * (a - b);
}

} // namespace

TEST(ValidationExperiment, SelectionBeforeTheSplitFindsSignalInPureNoise)
{
    double worstLeak = 1e9, worstCorrect = 0.0;
    for (std::uint64_t seed : kSeeds) {
        const ValidationResult leaky
            = runAndPrint("pure noise", pureNoise(ValidationMethod::SelectionBeforeSplit, seed));
        const ValidationResult correct = runAndPrint("pure noise", pureNoise(ValidationMethod::CorrectPipeline, seed));
        worstLeak = std::min(worstLeak, points(leaky.validationAccuracy, leaky.chance));
        worstCorrect = std::max(worstCorrect, std::abs(points(correct.validationAccuracy, correct.chance)));
        EXPECT_GE(points(leaky.validationAccuracy, leaky.chance), 15.0) << "seed " << seed;
        EXPECT_LE(std::abs(points(correct.validationAccuracy, correct.chance)), 5.0) << "seed " << seed;
        // The same model goes to production either way, and it knows nothing.
        EXPECT_EQ(leaky.productionAccuracy, correct.productionAccuracy);
        EXPECT_LE(std::abs(points(leaky.productionAccuracy, leaky.chance)), 5.0) << "seed " << seed;
    }
    std::cout << "worst: selection before the split " << worstLeak << " points above chance; correct pipeline at most "
              << worstCorrect << " points from it\n";
}

TEST(ValidationExperiment, TrainingDataAndSharedCopiesFlatterThemselves)
{
    double worstTraining = 1e9, worstShared = 1e9;
    for (std::uint64_t seed : kSeeds) {
        const ValidationResult training = runAndPrint("small set", smallSet(ValidationMethod::TrainingData, seed));
        const ValidationResult shared
            = runAndPrint("small set", smallSet(ValidationMethod::SharedNearDuplicates, seed));
        const ValidationResult heldOut = runAndPrint("small set", smallSet(ValidationMethod::HeldOut, seed));
        const ValidationResult correct = runAndPrint("small set", smallSet(ValidationMethod::CorrectPipeline, seed));
        worstTraining = std::min(worstTraining, points(training.validationAccuracy, training.productionAccuracy));
        worstShared = std::min(worstShared, points(shared.validationAccuracy, shared.productionAccuracy));
        EXPECT_GE(points(training.validationAccuracy, training.productionAccuracy), 30.0) << "seed " << seed;
        EXPECT_GE(points(shared.validationAccuracy, shared.productionAccuracy), 20.0) << "seed " << seed;
        // Kept apart, the copies no longer flatter: the separate validations sit far below.
        EXPECT_GE(points(shared.validationAccuracy, heldOut.validationAccuracy), 10.0) << "seed " << seed;
        EXPECT_GE(points(shared.validationAccuracy, correct.validationAccuracy), 10.0) << "seed " << seed;
        EXPECT_EQ(correct.foldAccuracies.size(), 5u);
    }
    std::cout << "worst: training data " << worstTraining << " points above production, shared "
              << "near-duplicates " << worstShared << " points above it\n";
}

TEST(ValidationExperiment, StepByStepReportsEachModel)
{
    ValidationExperiment experiment(smallSet(ValidationMethod::CorrectPipeline, 1));
    EXPECT_EQ(experiment.modelsToTrain(), 6); // five folds, then the production model
    int steps = 0;
    while (!experiment.finished()) {
        experiment.trainNext();
        ++steps;
        EXPECT_EQ(experiment.modelsTrained(), steps);
    }
    experiment.trainNext(); // nothing more to train
    EXPECT_EQ(experiment.modelsTrained(), 6);
    const ValidationResult stepped = experiment.result();
    const ValidationResult once = runValidation(smallSet(ValidationMethod::CorrectPipeline, 1));
    EXPECT_EQ(stepped.validationAccuracy, once.validationAccuracy);
    EXPECT_EQ(stepped.productionAccuracy, once.productionAccuracy);
    EXPECT_EQ(stepped.selected.size(), 45u); // no selection: every feature
    // On its training data the production model is its own validation.
    EXPECT_EQ(ValidationExperiment(smallSet(ValidationMethod::TrainingData, 1)).modelsToTrain(), 1);
}

TEST(ValidationExperiment, NamesRoundTripAndBadConfigsSaySo)
{
    for (int m = 0; m < kValidationMethodCount; ++m) {
        const auto method = static_cast<ValidationMethod>(m);
        EXPECT_EQ(methodFromName(methodName(method)), method);
    }
    EXPECT_FALSE(methodFromName("k-fold"));
    ValidationConfig config;
    config.selectedFeatures = 46; // more than the 45 features
    try {
        ValidationExperiment{config};
        FAIL() << "no exception";
    } catch (const std::invalid_argument &e) {
        EXPECT_NE(std::string(e.what()).find("selectedFeatures"), std::string::npos) << e.what();
    }
}
