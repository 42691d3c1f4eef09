#include "batch.h"

#include <algorithm>
#include <cmath>

namespace loopwise::engine::detail {

namespace {

DenseParams paramsOf(const Network& network, int index) {
    const DenseLayer& l = network.layer(index);
    const float* p = network.parameters().data();
    return {p + l.weightOffset, l.weightStride, 1,      p + l.biasOffset,
            l.inputs,           l.units,        l.activation};
}

// The same weights transposed, without bias or activation: propagates dLoss/dZ of a
// layer back to its inputs.
DenseParams transposedOf(const Network& network, int index) {
    const DenseLayer& l = network.layer(index);
    return {network.parameters().data() + l.weightOffset,
            1,
            l.weightStride,
            nullptr,
            l.units,
            l.inputs,
            Activation::Linear};
}

// Softmax down each column of a rows x (vecs * kLanes) block, stable against overflow.
void softmaxColumns(float* block, int rows, int stride, int columns) {
    for (int c = 0; c < columns; ++c) {
        float top = block[c];
        for (int k = 1; k < rows; ++k) top = std::max(top, block[k * stride + c]);
        float total = 0.0f;
        for (int k = 0; k < rows; ++k) {
            float& v = block[k * stride + c];
            v = std::exp(v - top);
            total += v;
        }
        for (int k = 0; k < rows; ++k) block[k * stride + c] /= total;
    }
}

}  // namespace

int vectorsFor(int examples) { return (examples + kLanes - 1) / kLanes; }

bool Workspace::builtFor(const Network& network) const {
    if (shape_.size() != static_cast<std::size_t>(network.layerCount() + 1) ||
        shape_[0] != network.inputs())
        return false;
    for (int l = 0; l < network.layerCount(); ++l)
        if (shape_[static_cast<std::size_t>(l + 1)] != network.layer(l).units) return false;
    return true;
}

void Workspace::reserve(const Network& network, int capacity) {
    capacity = roundUpToLanes(std::max(capacity, 1));
    if (capacity <= capacity_ && builtFor(network)) return;
    capacity_ = std::max(capacity, builtFor(network) ? capacity_ : 0);
    shape_.assign(1, network.inputs());
    // Zero-filled, so unused lanes hold finite values from the start.
    const auto block = [&](int rows) {
        return std::vector<float>(static_cast<std::size_t>(rows * capacity_), 0.0f);
    };
    input_ = block(network.inputs());
    activations_.clear();
    gradients_.clear();
    for (int l = 0; l < network.layerCount(); ++l) {
        shape_.push_back(network.layer(l).units);
        activations_.push_back(block(network.layer(l).units));
        gradients_.push_back(block(network.layer(l).units));
    }
}

void forward(const Kernels& k, const Network& network, const float* x, int xStride, int vecs,
             Workspace& ws) {
    const int stride = ws.stride();
    for (int l = 0; l < network.layerCount(); ++l) {
        const float* in = l == 0 ? x : ws.activations(l - 1);
        k.forward(paramsOf(network, l), in, l == 0 ? xStride : stride, ws.activations(l), stride,
                  vecs);
    }
    if (network.outputActivation() == Activation::Softmax)
        softmaxColumns(ws.outputs(), network.outputs(), stride, vecs * kLanes);
}

void backward(const Kernels& k, const Network& network, const float* x, int xStride, int vecs,
              bool outputGradientIsPreActivation, Workspace& ws, float* gradient) {
    const int stride = ws.stride();
    for (int l = network.layerCount() - 1; l >= 0; --l) {
        DenseParams p = paramsOf(network, l);
        if (l == network.layerCount() - 1 && outputGradientIsPreActivation)
            p.activation = Activation::Linear;
        const DenseLayer& layer = network.layer(l);
        const float* in = l == 0 ? x : ws.activations(l - 1);
        k.backward(p, in, l == 0 ? xStride : stride, ws.activations(l), ws.gradients(l), stride,
                   gradient + layer.weightOffset, layer.weightStride, gradient + layer.biasOffset,
                   vecs);
        if (l > 0)
            k.forward(transposedOf(network, l), ws.gradients(l), stride, ws.gradients(l - 1),
                      stride, vecs);
    }
}

}  // namespace loopwise::engine::detail
