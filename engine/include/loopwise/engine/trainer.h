#pragma once
// Training a network on a dataset: steps, epochs, progress callbacks, a stop flag,
// divergence detection, metrics, the decision boundary and neuron thumbnails.
//
// A Trainer is used from one thread at a time (the stop flag may be set from any thread).
// After construction, step(), epoch() and run() allocate no memory.

#include "loopwise/engine/activation.h"
#include "loopwise/engine/dataset.h"
#include "loopwise/engine/features.h"
#include "loopwise/engine/loss.h"
#include "loopwise/engine/network.h"
#include "loopwise/engine/optimizer.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

namespace loopwise::engine {

enum class Protocol {
    Standard,
    // Trains exactly as Playground's nn.ts: squared error 0.5 (o - t)^2 per example,
    // gradients summed over a batch and divided by its size, plain SGD, Playground's
    // initial weights, the training set in a fixed order, batches counted from the start
    // of each epoch with a short last batch carried into the next epoch's first, and L1
    // regularization freezing the weights it zeroes. The config must agree (see
    // checkTrainerConfig).
    Playground,
};

// Names: standard, playground.
std::string_view protocolName(Protocol protocol);
std::optional<Protocol> protocolFromName(std::string_view name);

struct TrainerConfig
{
    FeatureSet features{Feature::X1, Feature::X2};
    std::vector<LayerSpec> hidden{{4, Activation::Tanh}, {2, Activation::Tanh}};
    // Output activation; by default linear for regression, softmax for more than two
    // classes, sigmoid with binary cross-entropy, softmax with categorical cross-entropy,
    // else tanh (Playground).
    std::optional<Activation> output;
    LossKind loss = LossKind::SquaredError;
    OptimizerConfig optimizer;
    WeightInit init = WeightInit::Playground;
    int batchSize = 10;
    bool shuffle = false; // reshuffle the training set before every epoch
    Protocol protocol = Protocol::Playground;
    std::vector<float> classWeights; // empty, or one per class
    // A batch whose mean loss exceeds this many times the initial loss (at least 1)
    // counts as divergence, as do NaN and infinity.
    float divergenceFactor = 1e4f;
    std::uint64_t seed = 1; // initial weights and shuffling
};

// Throws ConfigError (config_error.h) naming the setting and the rule it breaks.
void checkTrainerConfig(const TrainerConfig &config, const Dataset &data);
// The network a config builds for a dataset (inputs, hidden layers, output layer).
NetworkConfig networkConfigFor(const TrainerConfig &config, const Dataset &data);

enum class Split { Train, Validation, Test };

struct Metrics
{
    int count = 0; // examples in the split; the rest is 0 when it is empty
    double loss = 0.0; // mean loss per example
    double accuracy = 0; // classification: share predicted right
    double r2 = 0.0; // regression: coefficient of determination
    int classes = 0; // classification: size of the confusion matrix
    std::vector<int> confusion; // classes x classes, row = true class, column = predicted
};

// A grid of width x height cells over an extent; cell (row, col) is sampled at its centre,
// row 0 at the top (largest x2), and stored at index row * width + col.
struct Grid
{
    Extent extent;
    int width = 100;
    int height = 100;
};

struct Progress
{
    long epoch = 0; // completed epochs
    long step = 0; // batches trained
    double batchLoss = 0.0; // mean loss of the last batch
};

enum class StopReason { Finished, Stopped, Diverged };

class Trainer
{
public:
    // Throws ConfigError (see checkTrainerConfig).
    Trainer(Dataset data, TrainerConfig config);
    ~Trainer();
    Trainer(Trainer &&) noexcept;
    Trainer &operator=(Trainer &&) noexcept;

    const TrainerConfig &config() const;
    const Dataset &dataset() const;
    const Network &network() const;
    const Loss &loss() const;

    // Trains one batch (or the rest of the epoch, if shorter). Returns false, doing
    // nothing, once diverged.
    bool step();
    // Trains to the end of the current epoch; false once diverged.
    bool epoch();
    // Trains until `epochs` more epochs are done, the stop flag is set, the callback
    // returns false or training diverges. The callback gets progress every
    // `callbackEvery` steps (0: never).
    StopReason run(long epochs, const std::function<bool(const Progress &)> &callback = {}, long callbackEvery = 0,
                   const std::atomic<bool> *stop = nullptr);

    // Fresh weights (from config().seed, or the given seed) and optimizer state; clears
    // divergence and the counters.
    void reset();
    void reset(std::uint64_t seed);
    // Takes the parameters of a network of the same shape (e.g. a loaded model).
    void setParameters(const Network &trained);

    long epochs() const; // completed epochs
    long steps() const; // batches trained
    // After divergence the network keeps the parameters of the last completed epoch (or
    // the initial ones), so every number read from it stays finite.
    bool diverged() const;
    Progress progress() const;

    double loss(Split split);
    Metrics metrics(Split split);

    // The network's outputs at the grid's cells: width * height * outputs values, the
    // outputs of a cell next to each other. `out` must have at least that many.
    void boundary(const Grid &grid, std::span<float> out);
    // Inputs (features) and units in order: features, then each layer's units.
    int neuronCount() const;
    // Every neuron's output over the grid: neuronCount() planes of width * height values.
    void neuronOutputs(const Grid &grid, std::span<float> out);

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

} // namespace loopwise::engine
