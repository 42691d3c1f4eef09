#include "loopwise/engine/network.h"
#include "loopwise/engine/config_error.h"

#include "batch.h"
#include "loopwise/engine/rng.h"

#include <cmath>
#include <stdexcept>
#include <string>

namespace loopwise::engine {

void checkNetworkConfig(const NetworkConfig &config)
{
    if (config.inputs < 1 || config.inputs > 64)
        throw ConfigError::outOfRange(Setting::Inputs, config.inputs, {1.0, 64.0});
    if (config.layers.empty() || config.layers.size() > 16)
        throw ConfigError::outOfRange(Setting::Layers, static_cast<double>(config.layers.size()), {1.0, 16.0});
    for (std::size_t l = 0; l < config.layers.size(); ++l) {
        const LayerSpec &spec = config.layers[l];
        if (spec.units < 1 || spec.units > 256)
            throw ConfigError::outOfRange(Setting::Units, spec.units, {1.0, 256.0}, static_cast<int>(l + 1));
        if (spec.activation == Activation::Softmax && (l + 1 != config.layers.size() || spec.units < 2))
            throw ConfigError(Setting::Activation, Rule::SoftmaxOnlyForOutput);
    }
}

Network::Network(const NetworkConfig &config, std::uint64_t seed)
    : config_(config)
{
    checkNetworkConfig(config_);
    std::size_t offset = 0;
    int inputs = config_.inputs;
    for (const LayerSpec &spec : config_.layers) {
        DenseLayer layer;
        layer.inputs = inputs;
        layer.units = spec.units;
        layer.activation = spec.activation;
        layer.weightStride = detail::roundUpToLanes(inputs);
        layer.weightOffset = offset;
        offset += static_cast<std::size_t>(spec.units * layer.weightStride);
        layer.biasOffset = offset;
        offset += static_cast<std::size_t>(detail::roundUpToLanes(spec.units));
        layers_.push_back(layer);
        inputs = spec.units;
    }
    parameters_.setZero(static_cast<Eigen::Index>(offset));
    initialize(seed);
}

ConstWeightsView Network::weights(int index) const
{
    const DenseLayer &l = layer(index);
    return {parameters_.data() + l.weightOffset, l.units, l.inputs, Eigen::OuterStride<>(l.weightStride)};
}

WeightsView Network::weights(int index)
{
    const DenseLayer &l = layer(index);
    return {parameters_.data() + l.weightOffset, l.units, l.inputs, Eigen::OuterStride<>(l.weightStride)};
}

Eigen::Map<const Eigen::VectorXf> Network::bias(int index) const
{
    const DenseLayer &l = layer(index);
    return {parameters_.data() + l.biasOffset, l.units};
}

Eigen::Map<Eigen::VectorXf> Network::bias(int index)
{
    const DenseLayer &l = layer(index);
    return {parameters_.data() + l.biasOffset, l.units};
}

void Network::initialize(std::uint64_t seed)
{
    Rng rng = makeRng(seed, RngStream::Weights);
    parameters_.setZero();
    for (int index = 0; index < layerCount(); ++index) {
        const DenseLayer &l = layer(index);
        const bool playground = config_.init == WeightInit::Playground;
        const bool relu = l.activation == Activation::Relu || l.activation == Activation::LeakyRelu;
        const double limit = playground ? 0.5
            : relu                      ? std::sqrt(6.0 / l.inputs)
                                        : std::sqrt(6.0 / (l.inputs + l.units));
        // Unit by unit, input by input: Playground's order of creating links.
        auto w = weights(index);
        for (int j = 0; j < l.units; ++j)
            for (int i = 0; i < l.inputs; ++i)
                w(j, i) = static_cast<float>(rng.uniform(-limit, limit));
        bias(index).setConstant(playground ? 0.1f : 0.0f);
    }
}

Eigen::MatrixXf Network::predict(const Eigen::MatrixXf &features) const
{
    if (features.rows() != inputs())
        throw std::invalid_argument("predict: expected " + std::to_string(inputs()) + " feature rows");
    const int n = static_cast<int>(features.cols());
    Eigen::MatrixXf result(outputs(), n);
    if (n == 0)
        return result;
    detail::Workspace ws;
    ws.reserve(*this, n);
    Eigen::Map<RowMajorMatrix, 0, Eigen::OuterStride<>> input(ws.input(), inputs(), n,
                                                              Eigen::OuterStride<>(ws.stride()));
    input = features;
    detail::forward(detail::kernels(), *this, ws.input(), ws.stride(), detail::vectorsFor(n), ws);
    result = Eigen::Map<const RowMajorMatrix, 0, Eigen::OuterStride<>>(ws.outputs(), outputs(), n,
                                                                       Eigen::OuterStride<>(ws.stride()));
    return result;
}

} // namespace loopwise::engine
