#pragma once
// Forward and backward passes of a Network on blocks of examples, through the kernels.
// A block is row-major, one row per feature or unit and one column per example, with
// rows padded to whole SIMD vectors (see kernels.h).

#include "kernels.h"
#include "loopwise/engine/loss.h"
#include "loopwise/engine/network.h"

#include <vector>

namespace loopwise::engine::detail {

// Activation and gradient blocks for up to `capacity` examples of one network shape.
// Allocates only in reserve().
class Workspace
{
public:
    void reserve(const Network &network, int capacity);
    int capacity() const { return capacity_; }
    int stride() const { return capacity_; }

    // Input block: features x capacity.
    float *input() { return input_.data(); }
    float *activations(int layer) { return activations_[static_cast<std::size_t>(layer)].data(); }
    const float *activations(int layer) const { return activations_[static_cast<std::size_t>(layer)].data(); }
    float *gradients(int layer) { return gradients_[static_cast<std::size_t>(layer)].data(); }
    float *outputs() { return activations_.back().data(); }
    float *outputGradients() { return gradients_.back().data(); }

    // The network's layers over these blocks, for the whole-network kernels. Rebuilt only
    // when asked for another network's parameters.
    const LayerPass *passes(const Network &network)
    {
        return network.parameters().data() == passesFor_ ? passes_.data() : buildPasses(network);
    }

private:
    bool builtFor(const Network &network) const;
    const LayerPass *buildPasses(const Network &network);

    int capacity_ = 0;
    std::vector<int> shape_; // inputs, then the units of each layer
    std::vector<float> input_;
    std::vector<std::vector<float>> activations_;
    std::vector<std::vector<float>> gradients_;
    std::vector<LayerPass> passes_;
    const float *passesFor_ = nullptr; // the parameters passes_ point into
};

inline int vectorsFor(int examples)
{
    return (examples + kLanes - 1) / kLanes;
}

// Softmax down each column of a rows x columns block, stable against overflow.
void softmaxColumns(float *block, int rows, int stride, int columns);

// Runs `vecs` vectors of examples through the network: x holds the inputs (rows xStride
// apart); the activations land in the workspace, softmax included. Inline, as backward()
// is: a call around the kernel's call costs a small network's training step more than the
// test for softmax.
inline void forward(const Kernels &k, const Network &network, const float *x, int xStride, int vecs, Workspace &ws)
{
    k.forwardNetwork(ws.passes(network), network.layerCount(), x, xStride, ws.stride(), vecs);
    if (network.outputActivation() == Activation::Softmax)
        softmaxColumns(ws.outputs(), network.outputs(), ws.stride(), vecs * kLanes);
}

// Adds the parameter gradient (same layout as Network::parameters()) of the examples last
// run forward, given the output-layer gradient in ws.outputGradients(): dLoss/dZ when
// outputGradientIsPreActivation, else dLoss/dA.
inline void backward(const Kernels &k, const Network &network, const float *x, int xStride, int vecs,
                     bool outputGradientIsPreActivation, Workspace &ws, float *gradient)
{
    k.backwardNetwork(ws.passes(network), network.layerCount(), x, xStride, ws.stride(), vecs,
                      outputGradientIsPreActivation, gradient);
}

// lossAndGradient() (gradient.h) with the given kernels.
double lossAndGradient(const Kernels &k, const Network &network, const Loss &loss, const Eigen::MatrixXf &features,
                       const std::vector<float> &labels, Eigen::VectorXf &gradient);

} // namespace loopwise::engine::detail
