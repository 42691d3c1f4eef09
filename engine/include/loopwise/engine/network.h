#pragma once
// A dense feed-forward network: shape, parameters and initialisation.

#include "loopwise/engine/activation.h"

#include <Eigen/Core>

#include <cstddef>
#include <cstdint>
#include <vector>

namespace loopwise::engine {

struct LayerSpec
{
    int units = 1;
    Activation activation = Activation::Tanh;
    friend bool operator==(const LayerSpec &, const LayerSpec &) = default;
};

enum class WeightInit {
    Playground, // as Playground's nn.ts: weights uniform in [-0.5, 0.5), biases 0.1
    Glorot, // uniform +-sqrt(6 / (in + out)) (He's +-sqrt(6 / in) for ReLUs), biases 0
};

struct NetworkConfig
{
    int inputs = 2;
    std::vector<LayerSpec> layers; // the hidden layers, then the output layer
    WeightInit init = WeightInit::Playground;
    friend bool operator==(const NetworkConfig &, const NetworkConfig &) = default;
};

// Throws ConfigError unless: 1..64 inputs, 1..16 layers of 1..256 units,
// softmax only on an output layer of at least two units.
void checkNetworkConfig(const NetworkConfig &config);

// Where one layer's parameters live in the network's flat parameter vector.
struct DenseLayer
{
    int inputs = 0;
    int units = 0;
    Activation activation = Activation::Tanh;
    std::size_t weightOffset = 0; // units rows of weightStride floats, row-major
    int weightStride = 0; // inputs rounded up to whole SIMD vectors
    std::size_t biasOffset = 0; // units floats, then zero padding
};

using RowMajorMatrix = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
using WeightsView = Eigen::Map<RowMajorMatrix, 0, Eigen::OuterStride<>>;
using ConstWeightsView = Eigen::Map<const RowMajorMatrix, 0, Eigen::OuterStride<>>;

class Network
{
public:
    Network(const NetworkConfig &config, std::uint64_t seed);

    const NetworkConfig &config() const { return config_; }
    int inputs() const { return config_.inputs; }
    int outputs() const { return layers_.back().units; }
    Activation outputActivation() const { return layers_.back().activation; }
    int layerCount() const { return static_cast<int>(layers_.size()); }
    const DenseLayer &layer(int index) const { return layers_[static_cast<std::size_t>(index)]; }

    // W(j, i): the weight from input i to unit j of layer `index`.
    ConstWeightsView weights(int index) const;
    WeightsView weights(int index);
    Eigen::Map<const Eigen::VectorXf> bias(int index) const;
    Eigen::Map<Eigen::VectorXf> bias(int index);

    // All parameters as one vector: per layer its padded weight rows, then its padded
    // biases. Padding entries are zero and must stay zero.
    const Eigen::VectorXf &parameters() const { return parameters_; }
    Eigen::VectorXf &parameters() { return parameters_; }

    // Draws fresh parameters for the seed, as config().init says.
    void initialize(std::uint64_t seed);

    // Outputs for a block of examples (features x n, one column each): outputs() x n.
    // Convenient, allocates; the trainer uses the batched internals instead.
    Eigen::MatrixXf predict(const Eigen::MatrixXf &features) const;

private:
    NetworkConfig config_;
    std::vector<DenseLayer> layers_;
    Eigen::VectorXf parameters_;
};

} // namespace loopwise::engine
