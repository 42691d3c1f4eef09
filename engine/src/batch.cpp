#include "batch.h"

#include <algorithm>
#include <cmath>

namespace loopwise::engine::detail {

void softmaxColumns(float *block, int rows, int stride, int columns)
{
    for (int c = 0; c < columns; ++c) {
        float top = block[c];
        for (int k = 1; k < rows; ++k)
            top = std::max(top, block[k * stride + c]);
        float total = 0.0f;
        for (int k = 0; k < rows; ++k) {
            float &v = block[k * stride + c];
            v = std::exp(v - top);
            total += v;
        }
        for (int k = 0; k < rows; ++k)
            block[k * stride + c] /= total;
    }
}

bool Workspace::builtFor(const Network &network) const
{
    if (shape_.size() != static_cast<std::size_t>(network.layerCount() + 1) || shape_[0] != network.inputs())
        return false;
    for (int l = 0; l < network.layerCount(); ++l)
        if (shape_[static_cast<std::size_t>(l + 1)] != network.layer(l).units)
            return false;
    return true;
}

void Workspace::reserve(const Network &network, int capacity)
{
    capacity = roundUpToLanes(std::max(capacity, 1));
    if (capacity <= capacity_ && builtFor(network))
        return;
    capacity_ = std::max(capacity, builtFor(network) ? capacity_ : 0);
    shape_.assign(1, network.inputs());
    // Zero-filled, so unused lanes hold finite values from the start.
    const auto block = [&](int rows) { return std::vector<float>(static_cast<std::size_t>(rows * capacity_), 0.0f); };
    input_ = block(network.inputs());
    activations_.clear();
    gradients_.clear();
    for (int l = 0; l < network.layerCount(); ++l) {
        shape_.push_back(network.layer(l).units);
        activations_.push_back(block(network.layer(l).units));
        gradients_.push_back(block(network.layer(l).units));
    }
    passes_.resize(activations_.size());
    passesFor_ = nullptr;
}

const LayerPass *Workspace::buildPasses(const Network &network)
{
    const float *parameters = network.parameters().data();
    for (int l = 0; l < network.layerCount(); ++l) {
        const DenseLayer &layer = network.layer(l);
        LayerPass &pass = passes_[static_cast<std::size_t>(l)];
        pass.params = {parameters + layer.weightOffset,
                       layer.weightStride,
                       1,
                       parameters + layer.biasOffset,
                       layer.inputs,
                       layer.units,
                       layer.activation};
        pass.activations = activations(l);
        pass.gradients = gradients(l);
        pass.weightOffset = layer.weightOffset;
        pass.biasOffset = layer.biasOffset;
        pass.small = smallLayer(pass.params);
    }
    passesFor_ = parameters;
    return passes_.data();
}

} // namespace loopwise::engine::detail
