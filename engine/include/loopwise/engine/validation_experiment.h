#pragma once
// "Check the assumptions", experiment 2: validation is separate. A logistic model on a
// small noisy set, validated five ways, each beside the same model's accuracy on a fresh
// "production" sample from the same source. Validations that are not separate from
// training (the training data itself, near-duplicates on both sides of the split, feature
// selection fitted on all the data before splitting) flatter themselves; a held-out split
// and the correct pipeline do not. On pure noise (signal 0) with many noise features,
// selecting features before the split scores far above chance: the pitfall scikit-learn
// documents.
//
// The models are trained one at a time (trainNext()), each in a few milliseconds, so a
// worker can report progress and stop between them. Deterministic for the config.

#include "loopwise/engine/text_model.h"

#include <Eigen/Core>

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace loopwise::engine::assumptions {

// A small set of cases, each with signal features (the label depends on their sum) and
// noise features (the label never does), all standard normal. A case may come as several
// near-duplicates (the same case with a little jitter, the same label), as when one
// customer sends the same ticket again.
struct NoisySetConfig
{
    int items = 60; // distinct cases, 20 .. 2000
    int copiesPerItem = 3; // rows per case, 1 .. 5 (1: no near-duplicates)
    int signalFeatures = 5; // 0 .. 50
    int noiseFeatures = 40; // 0 .. 5000
    double signal = 2.0; // 0 .. 5; 0: the labels depend on nothing
    double labelNoise = 0.1; // share of labels flipped, 0 .. 0.5
    double copyJitter = 0.1; // standard deviation added to each copy, 0 .. 1
    std::uint64_t seed = 1;
    friend bool operator==(const NoisySetConfig &, const NoisySetConfig &) = default;
};

enum class ValidationMethod {
    TrainingData, // scored on the rows it was trained on
    HeldOut, // a held-out share of the cases (copies stay together)
    SharedNearDuplicates, // a held-out share of the rows: copies of a case on both sides
    SelectionBeforeSplit, // features chosen on all rows, then cross-validated by case
    CorrectPipeline, // cross-validated by case, features chosen inside each fold
};
inline constexpr int kValidationMethodCount = 5;
// training-data, held-out, shared-near-duplicates, selection-before-split, correct-pipeline.
std::string_view methodName(ValidationMethod method);
std::optional<ValidationMethod> methodFromName(std::string_view name);

struct ValidationConfig
{
    NoisySetConfig data;
    ValidationMethod method = ValidationMethod::HeldOut;
    int selectedFeatures = 0; // 0: all; else keep this many with the largest |correlation|
    double heldOutShare = 0.3; // HeldOut, SharedNearDuplicates: 0.1 .. 0.5
    int folds = 5; // the cross-validated methods: 2 .. 10
    int productionItems = 1000; // the fresh sample, 100 .. 20000
    text::TrainConfig training{0.05, 1e-3, 200, 1.0, 1.0};
    friend bool operator==(const ValidationConfig &, const ValidationConfig &) = default;
};

// Throws std::invalid_argument naming the field and its allowed range.
void checkValidationConfig(const ValidationConfig &config);

struct ValidationResult
{
    double validationAccuracy = 0.0; // the method's estimate
    double productionAccuracy = 0.0; // the model fitted on all the data, on the fresh sample
    double chance = 0.0; // the share of the fresh sample's most common label
    std::vector<double> foldAccuracies; // one per validation model
    std::vector<int> selected; // the production model's features (0-based columns;
                               // signal features first), all when no selection
};

class ValidationExperiment
{
public:
    explicit ValidationExperiment(const ValidationConfig &config);

    const ValidationConfig &config() const { return config_; }
    // The validation models (one per fold or split) and then the production model, which
    // is also the validation model of TrainingData.
    int modelsToTrain() const { return static_cast<int>(plans_.size()); }
    int modelsTrained() const { return trained_; }
    bool finished() const { return trained_ == modelsToTrain(); }
    void trainNext(); // nothing once finished()
    // The figures so far; complete once finished().
    ValidationResult result() const;

private:
    struct Plan
    {
        std::vector<int> fitRows, scoreRows;
        bool selectOnAllRows = false;
    };
    ValidationConfig config_;
    Eigen::MatrixXd x_; // one row per example
    Eigen::VectorXd y_;
    Eigen::MatrixXd productionSignal_; // the fresh sample's signal features; noise on demand
    Eigen::VectorXd productionY_;
    std::vector<Plan> plans_; // the last is the production model
    int trained_ = 0;
    std::vector<int> scored_; // per validation model: examples scored
    std::vector<int> correct_;
    double productionAccuracy_ = 0.0;
    std::vector<int> productionFeatures_;
};

ValidationResult runValidation(const ValidationConfig &config);

} // namespace loopwise::engine::assumptions
