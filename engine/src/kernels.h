#pragma once
// Batched dense-layer kernels: the only code on the hot path of training and of the
// decision-boundary grid.
//
// Layout: a block of activations is a row-major matrix with one row per neuron and one
// column per example, each row padded to whole SIMD vectors of kLanes examples. A kernel
// call works on `vecs` vectors (vecs * kLanes examples) of every row, so one instruction
// handles kLanes examples of one neuron, and no work goes to padding neurons. Lanes past
// the real examples carry finite filler values; the caller gives them zero loss gradient,
// so they contribute nothing to any parameter gradient.

#include "loopwise/engine/activation.h"

#include <cstddef>

namespace loopwise::engine::detail {

inline constexpr int kLanes = 8;

constexpr int roundUpToLanes(int n)
{
    return (n + kLanes - 1) / kLanes * kLanes;
}

struct DenseParams
{
    // W(j, i), the weight from input i to output j, is weights[j * rowStride + i * colStride].
    const float *weights = nullptr;
    int rowStride = 0;
    int colStride = 0;
    const float *bias = nullptr; // out values, or nullptr for no bias
    int in = 0;
    int out = 0;
    Activation activation = Activation::Linear; // element-wise activations; Softmax -> Linear
};

// Layers of at most kLanes inputs and units, with a bias, on batches of one or two vectors
// have kernels of their own (kernels_impl.h), in a table by activation, number of vectors
// and number of inputs. smallLayer() is a layer's place in it for one vector (those for two
// follow kLanes places later), or -1 for a layer they cannot take.
constexpr int smallKernel(Activation a, int in)
{
    return static_cast<int>(a) * 2 * kLanes + in - 1;
}
constexpr int smallLayer(const DenseParams &p)
{
    return p.in <= kLanes && p.out <= kLanes && p.colStride == 1 && p.bias ? smallKernel(p.activation, p.in) : -1;
}
inline constexpr int kSmallUnknown = -2;

// One layer of a network in the whole-network passes: its parameters, its blocks in a
// workspace (rows `stride` floats apart) and where its parameter gradient goes in a vector
// laid out as Network::parameters().
struct LayerPass
{
    DenseParams params;
    float *activations = nullptr; // out rows
    float *gradients = nullptr; // out rows: dLoss/dA, turned into dLoss/dZ by backward
    std::size_t weightOffset = 0; // gradient of W: out rows of params.rowStride floats
    std::size_t biasOffset = 0;
    // smallLayer(params), worked out once with the passes instead of in every pass, or
    // kSmallUnknown for the passes to work it out.
    int small = kSmallUnknown;
};

// A layer's small kernels (smallLayer()) for one length of batch, chosen once for a network
// (Kernels::planSmall): a training step then calls them one after the other with no choice
// left to make per layer.
struct SmallCalls
{
    void (*forward)(const DenseParams &p, const float *x, int xStride, float *y, int yStride);
    // backwardNetwork()'s pass of the layer, from dLoss/dA (or dLoss/dZ for a linear output)
    // in layer.gradients, its input gradient into dx; built for a dx or for none.
    void (*backward)(const LayerPass &layer, const float *x, int xStride, int stride, float *gradient, float *dx);
};

struct Kernels
{
    // y(j, :) = activation(sum_i W(j, i) x(i, :) + b(j)) on the first `vecs` vectors of the
    // rows. x rows are xStride floats apart, y rows yStride floats apart.
    void (*forward)(const DenseParams &p, const float *x, int xStride, float *y, int yStride, int vecs);
    // a is the layer's output block and d (same stride) holds dLoss/dA on entry and
    // dLoss/dZ on exit. Adds dZ x^T to gradWeights (row-major, out rows of gradStride
    // floats, gradStride a multiple of kLanes) and the row sums of dZ to gradBias (out
    // values, with room for a multiple of kLanes); the padding of both gains zeros. The
    // gradient for the layer's input is a forward() through the transposed weights, done
    // by the caller.
    void (*backward)(const DenseParams &p, const float *x, int xStride, const float *a, float *d, int stride,
                     float *gradWeights, int gradStride, float *gradBias, int vecs);
    // forward() through every layer in turn, the first reading x (rows xStride apart).
    // One call per pass: small networks would otherwise spend more time between the
    // layers than in them.
    void (*forwardNetwork)(const LayerPass *layers, int count, const float *x, int xStride, int stride, int vecs);
    // backward() through every layer from the last, each layer's input gradient going into
    // the gradients of the layer before, adding the parameter gradient to `gradient`. The
    // last layer's gradients hold dLoss/dZ on entry when outputIsPreActivation, else dLoss/dA.
    void (*backwardNetwork)(const LayerPass *layers, int count, const float *x, int xStride, int stride, int vecs,
                            bool outputIsPreActivation, float *gradient);
    // For networks whose layers all have small kernels, on batches of `vecs` vectors: fills
    // calls (count of them) so that forwardNetwork() is calls[l].forward(layers[l].params, ...)
    // for each layer in turn and backwardNetwork() calls[l].backward(layers[l], ...) from the
    // last, the first layer's without an input gradient. False, filling nothing, for other
    // networks and batches.
    bool (*planSmall)(const LayerPass *layers, int count, int vecs, bool outputIsPreActivation, SmallCalls *calls);
    // The plain SGD step: parameters -= rate * gradient over n values, then gradient = 0.
    // False when a parameter is no longer finite. Rounds exactly as Optimizer::step().
    bool (*sgdStep)(float *parameters, float *gradient, std::size_t n, float rate);
    // Loss::accumulate() for the squared error of a single output without class weights,
    // given each example's target: 0.5 (o - t)^2 summed as Loss does, gradient o - t for the
    // n examples and zeros in the rest of the `lanes` (a multiple of kLanes). targets has
    // room for `lanes` values.
    float (*squaredError)(const float *outputs, const float *targets, int n, int lanes, float *gradient);
    const char *name;
};

// The portable kernels, built for the baseline instruction set.
const Kernels &genericKernels();
// AVX2 + FMA kernels when this build has them and the CPU supports them, else nullptr.
const Kernels *avx2Kernels();
// The fastest kernels usable on this CPU, chosen once.
const Kernels &kernels();

} // namespace loopwise::engine::detail
