#pragma once
// Everything the learner sets in the "Build a neural network" lab, as plain data: what the
// lab link carries, what a saved run records, and what becomes the engine's configuration.

#include "loopwise/engine/dataset.h"
#include "loopwise/engine/features.h"
#include "loopwise/engine/network.h"
#include "loopwise/engine/optimizer.h"
#include "loopwise/engine/trainer.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace loopwise {

struct NetworkLabSettings
{
    Q_DECLARE_TR_FUNCTIONS(loopwise::NetworkLabSettings)

public:
    static constexpr int kMaxHiddenLayers = 6;
    static constexpr int kMaxUnits = 8;
    static constexpr int kMaxCustomPoints = 1000;
    static constexpr int kPoints = 500; // generated points, as Playground

    // A generator's name (engine::datasetName) or "custom" for the learner's own points.
    QString dataset = QStringLiteral("circle");
    int noisePercent = 0; // 0..50
    int trainPercent = 50; // 10..90
    int batchSize = 10; // 1..30
    engine::FeatureSet features{engine::Feature::X1, engine::Feature::X2};
    std::vector<engine::LayerSpec> hidden{{4, engine::Activation::Tanh}, {2, engine::Activation::Tanh}};
    float learningRate = 0.03f;
    engine::Regularization regularization = engine::Regularization::None;
    float regularizationRate = 0.0f;
    engine::OptimizerKind optimizer = engine::OptimizerKind::Sgd;
    bool crossEntropy = false; // else squared error; more than two classes always use cross-entropy
    std::uint64_t seed = 1; // data and initial weights
    bool showTestData = false;
    bool discretize = false;
    long epochLimit = 0; // 0: none
    double targetLoss = 0; // test loss at which training stops; 0: none
    std::vector<engine::Point> customPoints; // used when dataset is "custom"

    bool isCustom() const { return dataset == QLatin1String("custom"); }
    bool isRegression() const;
    int classes() const; // 0 for regression

    // The lab link: "dataset=spiral&hidden=8,8,8,8&activation=tanh&lr=0.03&...". Every
    // setting that differs from the defaults is written; custom points as x:y:class;...
    QString toQuery() const;
    // Reads a link (or a bare query) over the defaults. Unknown keys, bad values and settings
    // the engine cannot train are problems, one sentence each; with any problem nothing is
    // returned. The command line checks --open links with it too (labLinkProblems()).
    static std::optional<NetworkLabSettings> fromQuery(const QString &query, QStringList *problems);

    // What the engine trains with. Throws std::invalid_argument if the engine refuses it.
    engine::Dataset makeDataset() const;
    engine::TrainerConfig trainerConfig(const engine::Dataset &data) const;

    friend bool operator==(const NetworkLabSettings &, const NetworkLabSettings &) = default;
};

// The lab's input features, the one table the chooser, the link reader and the diagram
// read: the link's name (engine::featureName), the label shown, and whether the chooser
// offers it (cos x₁ and cos x₂ come only through a link, as in Playground).
struct NetworkFeature
{
    engine::Feature feature;
    QString id;
    QString label;
    bool offered;
};
const std::vector<NetworkFeature> &networkFeatures();
// The feature's label ("x₁²"), or its id if the table lacks it.
QString networkFeatureLabel(engine::Feature feature);

// The choices the lab offers, in the order it offers them.
const std::vector<float> &networkLearningRates();
const std::vector<float> &networkRegularizationRates();
QStringList networkDatasetNames(); // classification sets, then regression sets, then custom

} // namespace loopwise
