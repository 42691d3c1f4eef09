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

namespace loopwise::engine::detail {

inline constexpr int kLanes = 8;

constexpr int roundUpToLanes(int n) { return (n + kLanes - 1) / kLanes * kLanes; }

struct DenseParams {
    // W(j, i), the weight from input i to output j, is weights[j * rowStride + i * colStride].
    const float* weights = nullptr;
    int rowStride = 0;
    int colStride = 0;
    const float* bias = nullptr;  // out values, or nullptr for no bias
    int in = 0;
    int out = 0;
    Activation activation = Activation::Linear;  // element-wise activations; Softmax -> Linear
};

struct Kernels {
    // y(j, :) = activation(sum_i W(j, i) x(i, :) + b(j)) on the first `vecs` vectors of the
    // rows. x rows are xStride floats apart, y rows yStride floats apart.
    void (*forward)(const DenseParams& p, const float* x, int xStride, float* y, int yStride,
                    int vecs);
    // a is the layer's output block and d (same stride) holds dLoss/dA on entry and
    // dLoss/dZ on exit. Adds dZ x^T to gradWeights (row-major, out rows of gradStride
    // floats, gradStride a multiple of kLanes) and the row sums of dZ to gradBias (out
    // values, with room for a multiple of kLanes). The gradient for the layer's input is
    // a forward() through the transposed weights, done by the caller.
    void (*backward)(const DenseParams& p, const float* x, int xStride, const float* a,
                     float* d, int stride, float* gradWeights, int gradStride,
                     float* gradBias, int vecs);
    const char* name;
};

// The portable kernels, built for the baseline instruction set.
const Kernels& genericKernels();
// AVX2 + FMA kernels when this build has them and the CPU supports them, else nullptr.
const Kernels* avx2Kernels();
// The fastest kernels usable on this CPU, chosen once.
const Kernels& kernels();

}  // namespace loopwise::engine::detail
