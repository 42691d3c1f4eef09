// Kernel bodies, compiled once per instruction set: kernels_generic.cpp and
// kernels_avx2.cpp include this file with LOOPWISE_KERNEL_NS set to a distinct name.
// Everything except the entry points at the end has internal linkage, so the builds for
// different instruction sets never share (and never mix up) a symbol.

#ifndef LOOPWISE_KERNEL_NS
#error "define LOOPWISE_KERNEL_NS before including kernels_impl.h"
#endif

#include "kernels.h"

#include <array>
#include <cstring>
#include <type_traits>
#include <utility>

namespace loopwise::engine::detail::LOOPWISE_KERNEL_NS {
namespace {

// Vec: kLanes floats as kParts native vectors. Native is one AVX register where the build
// enables AVX, else one SSE/NEON register (GCC and Clang lower the comparisons of wider
// vectors to scalar code), else a plain float.
#if defined(__GNUC__) && defined(__AVX__)
typedef float Native __attribute__((vector_size(32)));
#elif defined(__GNUC__)
typedef float Native __attribute__((vector_size(16)));
#else
typedef float Native;
#endif
constexpr int kNativeLanes = sizeof(Native) / sizeof(float);
constexpr int kParts = kLanes / kNativeLanes;

struct Vec
{
    Native part[kParts];
};

#define LOOPWISE_VEC_OP(op)                                                                                            \
    inline Vec operator op(Vec a, Vec b)                                                                               \
    {                                                                                                                  \
        for (int k = 0; k < kParts; ++k)                                                                               \
            a.part[k] = a.part[k] op b.part[k];                                                                        \
        return a;                                                                                                      \
    }                                                                                                                  \
    inline Vec operator op(Vec a, float b)                                                                             \
    {                                                                                                                  \
        for (int k = 0; k < kParts; ++k)                                                                               \
            a.part[k] = a.part[k] op b;                                                                                \
        return a;                                                                                                      \
    }                                                                                                                  \
    inline Vec operator op(float a, Vec b)                                                                             \
    {                                                                                                                  \
        for (int k = 0; k < kParts; ++k)                                                                               \
            b.part[k] = a op b.part[k];                                                                                \
        return b;                                                                                                      \
    }                                                                                                                  \
    inline Vec &operator op##=(Vec &a, Vec b)                                                                          \
    {                                                                                                                  \
        return a = a op b;                                                                                             \
    }
LOOPWISE_VEC_OP(+)
LOOPWISE_VEC_OP(-)
LOOPWISE_VEC_OP(*)
LOOPWISE_VEC_OP(/)
#undef LOOPWISE_VEC_OP

inline Vec splat(float x)
{
    Vec r;
    for (Native &p : r.part)
        p = Native{} + x;
    return r;
}
// Unaligned loads and stores: callers' buffers need no special alignment.
inline Vec load(const float *p)
{
    Vec v;
    std::memcpy(&v, p, sizeof v);
    return v;
}
inline void store(float *p, Vec v)
{
    std::memcpy(p, &v, sizeof v);
}

// Element-wise clamps. A NaN fails every comparison, so it propagates instead of being
// clamped into a finite value (divergence must stay visible). On x86 these are exactly
// MINPS / MAXPS with the limit first, one instruction instead of a compare and a blend.
inline Vec minv(Vec x, float limit)
{
    for (Native &p : x.part) {
#if defined(__GNUC__) && defined(__AVX__)
        p = __builtin_ia32_minps256(Native{} + limit, p);
#elif defined(__GNUC__) && defined(__SSE__)
        p = __builtin_ia32_minps(Native{} + limit, p);
#else
        p = limit < p ? Native{} + limit : p;
#endif
    }
    return x;
}
inline Vec maxv(Vec x, float limit)
{
    for (Native &p : x.part) {
#if defined(__GNUC__) && defined(__AVX__)
        p = __builtin_ia32_maxps256(Native{} + limit, p);
#elif defined(__GNUC__) && defined(__SSE__)
        p = __builtin_ia32_maxps(Native{} + limit, p);
#else
        p = limit > p ? Native{} + limit : p;
#endif
    }
    return x;
}
// Element-wise "x > 0 ? yes : no".
inline Vec ifPositive(Vec x, Vec yes, Vec no)
{
    for (int k = 0; k < kParts; ++k)
        yes.part[k] = x.part[k] > 0.0f ? yes.part[k] : no.part[k];
    return yes;
}

// Sum of all lanes, as a tree of adds rather than one long dependency chain.
inline float sum(Vec v)
{
    Native n = v.part[0];
    for (int k = 1; k < kParts; ++k)
        n += v.part[k];
#if defined(__GNUC__)
#if defined(__AVX__)
    const auto h = __builtin_shufflevector(n, n, 0, 1, 2, 3) + __builtin_shufflevector(n, n, 4, 5, 6, 7);
#else
    const Native h = n;
#endif
    const auto h2 = h + __builtin_shufflevector(h, h, 2, 3, 0, 1);
    return h2[0] + h2[1];
#else
    return n;
#endif
}

// r[k] = sum of all lanes of v[k], for k < kLanes: kLanes horizontal sums for the price of
// a few shuffles each.
inline Vec sums(const Vec *v)
{
#if defined(__GNUC__) && defined(__AVX__)
    // Pairwise adds inside each 128-bit half, then across the halves.
    const auto hadd = [](Native a, Native b) {
        return __builtin_shufflevector(a, b, 0, 2, 8, 10, 4, 6, 12, 14)
            + __builtin_shufflevector(a, b, 1, 3, 9, 11, 5, 7, 13, 15);
    };
    const Native lo = hadd(hadd(v[0].part[0], v[1].part[0]), hadd(v[2].part[0], v[3].part[0]));
    const Native hi = hadd(hadd(v[4].part[0], v[5].part[0]), hadd(v[6].part[0], v[7].part[0]));
    return Vec{{__builtin_shufflevector(lo, hi, 0, 1, 2, 3, 8, 9, 10, 11)
                + __builtin_shufflevector(lo, hi, 4, 5, 6, 7, 12, 13, 14, 15)}};
#elif defined(__GNUC__)
    const auto hadd = [](Native a, Native b) {
        return __builtin_shufflevector(a, b, 0, 2, 4, 6) + __builtin_shufflevector(a, b, 1, 3, 5, 7);
    };
    Native folded[kLanes];
    for (int k = 0; k < kLanes; ++k) {
        folded[k] = v[k].part[0];
        for (int q = 1; q < kParts; ++q)
            folded[k] += v[k].part[q];
    }
    Vec r;
    for (int q = 0; q < kParts; ++q) {
        const Native *f = folded + q * kNativeLanes;
        r.part[q] = hadd(hadd(f[0], f[1]), hadd(f[2], f[3]));
    }
    return r;
#else
    Vec r;
    for (int k = 0; k < kLanes; ++k)
        r.part[k] = sum(v[k]);
    return r;
#endif
}

// r[k] = sum(v[k]) for k < kLanes: bit for bit the same tree of adds as sum(), done for
// eight vectors at once by transposing as it goes.
inline Vec sumEach(const Vec *v)
{
#if defined(__GNUC__) && defined(__AVX__)
    // h[k]: the half sums (lane m plus lane m + 4) of v[k] in its low half, of v[k + 4] in
    // its high half.
    Native h[4];
    for (int k = 0; k < 4; ++k) {
        const Native a = v[k].part[0], b = v[k + 4].part[0];
        h[k] = __builtin_shufflevector(a, b, 0, 1, 2, 3, 8, 9, 10, 11)
            + __builtin_shufflevector(a, b, 4, 5, 6, 7, 12, 13, 14, 15);
    }
    // Then sum()'s h[0] + h[2] and h[1] + h[3], for two vectors per half ...
    const auto fold = [](Native a, Native b) {
        return __builtin_shufflevector(a, b, 0, 1, 8, 9, 4, 5, 12, 13)
            + __builtin_shufflevector(a, b, 2, 3, 10, 11, 6, 7, 14, 15);
    };
    const Native q01 = fold(h[0], h[1]), q23 = fold(h[2], h[3]);
    // ... and the last add, which also puts the results in order.
    return Vec{{__builtin_shufflevector(q01, q23, 0, 2, 8, 10, 4, 6, 12, 14)
                + __builtin_shufflevector(q01, q23, 1, 3, 9, 11, 5, 7, 13, 15)}};
#elif defined(__GNUC__)
    static_assert(kParts == 2);
    Native h[kLanes];
    for (int k = 0; k < kLanes; ++k)
        h[k] = v[k].part[0] + v[k].part[1];
    const auto fold = [](Native a, Native b) {
        return __builtin_shufflevector(a, b, 0, 1, 4, 5) + __builtin_shufflevector(a, b, 2, 3, 6, 7);
    };
    const auto last = [](Native a, Native b) {
        return __builtin_shufflevector(a, b, 0, 2, 4, 6) + __builtin_shufflevector(a, b, 1, 3, 5, 7);
    };
    return Vec{{last(fold(h[0], h[1]), fold(h[2], h[3])), last(fold(h[4], h[5]), fold(h[6], h[7]))}};
#else
    Vec r;
    for (int k = 0; k < kLanes; ++k)
        r.part[k] = sum(v[k]);
    return r;
#endif
}

// tanh's coefficients, as whole vectors (see tanhv()).
alignas(32) constexpr float kTanhCoefficients[11][kLanes] = {
#define LOOPWISE_SPLAT(c)                                                                                              \
    {                                                                                                                  \
        c, c, c, c, c, c, c, c                                                                                         \
    }
    LOOPWISE_SPLAT(-2.76076847742355e-16f), LOOPWISE_SPLAT(2.00018790482477e-13f),
    LOOPWISE_SPLAT(-8.60467152213735e-11f), LOOPWISE_SPLAT(5.12229709037114e-08f),
    LOOPWISE_SPLAT(1.48572235717979e-05f),  LOOPWISE_SPLAT(6.37261928875436e-04f),
    LOOPWISE_SPLAT(4.89352455891786e-03f),  LOOPWISE_SPLAT(1.19825839466702e-06f),
    LOOPWISE_SPLAT(1.18534705686654e-04f),  LOOPWISE_SPLAT(2.26843463243900e-03f),
    LOOPWISE_SPLAT(4.89352518554385e-03f)};
#undef LOOPWISE_SPLAT

// tanh by the rational approximation Eigen uses for float, within a few ulp of std::tanh, on
// N vectors in step: N independent dependency chains side by side, so the processor can
// overlap them (one tanh after another, it waits on each one's chain of multiply-adds and
// its division). The compiler keeps the coefficients in registers, broadcast before a
// kernel's loops. With Opaque, it reads them through a pointer it cannot see through, so
// they stay memory operands of the multiply-adds: the small kernels then spend nothing on
// them per call, and keep their inputs in registers; the big loops are faster with them in
// registers.
template<bool Opaque, int N>
inline void tanhEach(Vec *z)
{
#if defined(__FMA__)
    constexpr float kClamp = 7.99881172180175781f; // where the fused evaluation reaches 1
#else
    constexpr float kClamp = 7.90531110763549805f;
#endif
    const float *c = kTanhCoefficients[0];
#if defined(__GNUC__)
    if constexpr (Opaque)
        asm("" : "+r"(c));
#endif
    const auto k = [c](int i) { return load(c + i * kLanes); };
    Vec x[N], x2[N], p[N], q[N];
#pragma GCC unroll 8
    for (int n = 0; n < N; ++n)
        x[n] = maxv(minv(z[n], kClamp), -kClamp);
#pragma GCC unroll 8
    for (int n = 0; n < N; ++n)
        x2[n] = x[n] * x[n];
    // r = the polynomial in x2 with coefficients k(first) (highest power) to k(last), by
    // Horner's rule.
    const auto horner = [&](Vec *r, int first, int last) {
#pragma GCC unroll 8
        for (int n = 0; n < N; ++n)
            r[n] = x2[n] * k(first) + k(first + 1);
#pragma GCC unroll 8
        for (int i = first + 2; i <= last; ++i)
#pragma GCC unroll 8
            for (int n = 0; n < N; ++n)
                r[n] = x2[n] * r[n] + k(i);
    };
    horner(p, 0, 6);
#pragma GCC unroll 8
    for (int n = 0; n < N; ++n)
        p[n] = x[n] * p[n];
    horner(q, 7, 10);
#pragma GCC unroll 8
    for (int n = 0; n < N; ++n)
        z[n] = p[n] / q[n];
}

template<bool Opaque>
inline Vec tanhv(Vec z)
{
    tanhEach<Opaque, 1>(&z);
    return z;
}

template<Activation A, bool Opaque = false> // Opaque: see tanhv()
inline Vec activate(Vec z)
{
    if constexpr (A == Activation::Tanh) {
        return tanhv<Opaque>(z);
    } else if constexpr (A == Activation::Sigmoid) {
        return 0.5f + 0.5f * tanhv<Opaque>(0.5f * z); // an identity, and one approximation less
    } else if constexpr (A == Activation::Relu) {
        return ifPositive(z, z, splat(0.0f));
    } else if constexpr (A == Activation::LeakyRelu) {
        return ifPositive(z, z, z * kLeakyReluSlope);
    } else {
        return z;
    }
}

// activate() on N vectors, tanh's chains side by side (see tanhEach()).
template<Activation A, bool Opaque, int N>
inline void activateEach(Vec *z)
{
    if constexpr (A == Activation::Tanh) {
        tanhEach<Opaque, N>(z);
    } else if constexpr (A == Activation::Sigmoid) {
#pragma GCC unroll 8
        for (int n = 0; n < N; ++n)
            z[n] = 0.5f * z[n];
        tanhEach<Opaque, N>(z);
#pragma GCC unroll 8
        for (int n = 0; n < N; ++n)
            z[n] = 0.5f + 0.5f * z[n];
    } else {
#pragma GCC unroll 8
        for (int n = 0; n < N; ++n)
            z[n] = activate<A>(z[n]);
    }
}

// Derivative from the activation's output a (see activationDerivative()).
template<Activation A>
inline Vec derivative(Vec a)
{
    if constexpr (A == Activation::Tanh) {
        return 1.0f - a * a;
    } else if constexpr (A == Activation::Sigmoid) {
        return a * (1.0f - a);
    } else if constexpr (A == Activation::Relu) {
        return ifPositive(a, splat(1.0f), splat(0.0f));
    } else {
        return ifPositive(a, splat(1.0f), splat(kLeakyReluSlope));
    }
}

// Output rows j0..j0+J-1 on R vectors: each input vector is loaded once for J rows, each
// weight broadcast once for R vectors, and the J*R independent sums keep the multiply-add
// units busy instead of waiting on one accumulation chain.
template<Activation A, int R, int J>
inline void forwardTile(const DenseParams &p, int j0, const float *x, int xStride, float *y, int yStride)
{
    Vec z[J][R];
    for (int jj = 0; jj < J; ++jj) {
        const Vec b = splat(p.bias ? p.bias[j0 + jj] : 0.0f);
        for (int r = 0; r < R; ++r)
            z[jj][r] = b;
    }
    for (int i = 0; i < p.in; ++i) {
        Vec xi[R];
        for (int r = 0; r < R; ++r)
            xi[r] = load(x + i * xStride + r * kLanes);
        for (int jj = 0; jj < J; ++jj) {
            const float w = p.weights[(j0 + jj) * p.rowStride + i * p.colStride];
            for (int r = 0; r < R; ++r)
                z[jj][r] += xi[r] * w;
        }
    }
    for (int jj = 0; jj < J; ++jj)
        for (int r = 0; r < R; ++r)
            store(y + (j0 + jj) * yStride + r * kLanes, activate<A>(z[jj][r]));
}

// Rows from j0 on, in tiles of J rows, then of J/2, ... for the remainder.
template<Activation A, int R, int J>
inline void forwardRows(const DenseParams &p, int j0, const float *x, int xStride, float *y, int yStride)
{
    for (; j0 + J <= p.out; j0 += J)
        forwardTile<A, R, J>(p, j0, x, xStride, y, yStride);
    if constexpr (J > 1)
        forwardRows<A, R, J / 2>(p, j0, x, xStride, y, yStride);
}

template<Activation A>
void forwardAs(const DenseParams &p, const float *x, int xStride, float *y, int yStride, int vecs)
{
    // Eight accumulators per tile: R vectors times J rows.
    int v = 0;
    for (; v + 4 <= vecs; v += 4)
        forwardRows<A, 4, 2>(p, 0, x + v * kLanes, xStride, y + v * kLanes, yStride);
    if (v + 2 <= vecs) {
        forwardRows<A, 2, 4>(p, 0, x + v * kLanes, xStride, y + v * kLanes, yStride);
        v += 2;
    }
    if (v < vecs)
        forwardRows<A, 1, 8>(p, 0, x + v * kLanes, xStride, y + v * kLanes, yStride);
}

// out[k] += the lane sum of row(k) for k < min(count, kLanes), row(k) giving a Vec.
// A whole chunk sums with sums(), a partial one with sumEach(), the padding of out gaining
// zeros: one vector add either way. The loop over k unrolls fully, so the eight sums stay
// in registers.
template<typename Row>
inline void addLaneSums(float *out, int count, Row row)
{
    Vec acc[kLanes];
#pragma GCC unroll 8
    for (int k = 0; k < kLanes; ++k)
        acc[k] = k < count ? row(k) : splat(0.0f);
    store(out, load(out) + (count >= kLanes ? sums(acc) : sumEach(acc)));
}

// gradBias[j] += the sum of dLoss/dZ over the batch, for the `out` rows of d.
inline void addBiasGradients(const float *d, int stride, int out, float *gradBias, int vecs)
{
    for (int j = 0; j < out; j += kLanes)
        addLaneSums(gradBias + j, out - j, [&](int k) {
            Vec acc = splat(0.0f);
            for (int v = 0; v < vecs; ++v)
                acc += load(d + (j + k) * stride + v * kLanes);
            return acc;
        });
}

// dLoss/dZ row by row with its weight gradients and, when dx is given, its share of
// dx = W^T dZ (the gradient for the layer's input), then the bias gradients. Folding that
// product into the rows saves a pass but keeps the partial sums in memory, so it pays only
// for short batches through few rows. V > 0 says vecs == V: batches of up to 16 examples,
// the common case in training, get their loops over vectors unrolled.
template<Activation A, int V>
void backwardAs(const DenseParams &p, const float *x, int xStride, const float *a, float *d, int stride,
                float *gradWeights, int gradStride, float *gradBias, float *dx, int vecs)
{
    if constexpr (V > 0)
        vecs = V;
    const auto dz = [=](int j, int v) { return load(d + j * stride + v * kLanes); };
    for (int j = 0; j < p.out; ++j) {
        if constexpr (A != Activation::Linear) {
            for (int v = 0; v < vecs; ++v) {
                float *dj = d + j * stride + v * kLanes;
                store(dj, load(dj) * derivative<A>(load(a + j * stride + v * kLanes)));
            }
        }
        float *g = gradWeights + j * gradStride;
        for (int i = 0; i < p.in; i += kLanes)
            addLaneSums(g + i, p.in - i, [&](int k) {
                Vec acc = splat(0.0f);
                for (int v = 0; v < vecs; ++v)
                    acc += dz(j, v) * load(x + (i + k) * xStride + v * kLanes);
                return acc;
            });
        if (!dx)
            continue;
        // The same sums, in the same order, as forward() through the transposed weights.
        const float *w = p.weights + j * p.rowStride;
        for (int i = 0; i < p.in; ++i) {
            const float wi = w[i * p.colStride];
            for (int v = 0; v < vecs; ++v) {
                float *t = dx + i * stride + v * kLanes;
                store(t, (j == 0 ? splat(0.0f) : load(t)) + dz(j, v) * wi);
            }
        }
    }
    addBiasGradients(d, stride, p.out, gradBias, vecs);
}

// f(std::integral_constant<Activation, A>{}) for the kernel variant of activation a.
template<typename F>
inline auto withActivation(Activation a, F f)
{
    using std::integral_constant;
    switch (a) {
    case Activation::Tanh:
        return f(integral_constant<Activation, Activation::Tanh>{});
    case Activation::Sigmoid:
        return f(integral_constant<Activation, Activation::Sigmoid>{});
    case Activation::Relu:
        return f(integral_constant<Activation, Activation::Relu>{});
    case Activation::LeakyRelu:
        return f(integral_constant<Activation, Activation::LeakyRelu>{});
    case Activation::Linear:
    case Activation::Softmax: // the caller applies softmax to the linear outputs
        break;
    }
    return f(integral_constant<Activation, Activation::Linear>{});
}

// The layer's weights transposed, without bias or activation: takes dLoss/dZ of a layer
// back to its inputs.
inline DenseParams transposed(const DenseParams &p)
{
    return {p.weights, p.colStride, p.rowStride, nullptr, p.out, p.in, Activation::Linear};
}

// Layers of at most kLanes inputs and units on batches of V <= 2 vectors: Playground's
// networks in training. With the number of inputs known at compile time, a layer's inputs
// and its input gradient stay in registers and its loops over inputs and vectors unroll.
// The sums are forward()'s and backward()'s, in the same order. A layer's place among them
// (smallLayer()) comes from its pass when the pass has it.
inline int smallLayer(const LayerPass &layer)
{
    return layer.small != kSmallUnknown ? layer.small : smallLayer(layer.params);
}
// The place of the layer's kernels in the tables below for `vecs` vectors, or -1.
inline int smallVariant(const LayerPass &layer, int vecs)
{
    const int small = smallLayer(layer);
    return small >= 0 && vecs >= 1 && vecs <= 2 ? small + (vecs - 1) * kLanes : -1;
}

template<Activation A, int V, int In>
void forwardSmall(const DenseParams &params, const float *x, int xStride, float *y, int yStride)
{
    // A copy whose address never escapes: the stores (memcpy, which may alias anything)
    // then do not make the compiler read the parameters again for every row.
    const DenseParams p = params;
    Vec xi[In][V];
    for (int i = 0; i < In; ++i)
        for (int v = 0; v < V; ++v)
            xi[i][v] = load(x + i * xStride + v * kLanes);
    for (int j = 0; j < p.out; ++j) {
        const float *w = p.weights + j * p.rowStride;
        Vec z[V];
        for (int v = 0; v < V; ++v)
            z[v] = splat(p.bias[j]);
        for (int i = 0; i < In; ++i)
            for (int v = 0; v < V; ++v)
                z[v] += xi[i][v] * w[i];
        for (int v = 0; v < V; ++v)
            store(y + j * yStride + v * kLanes, activate<A, true>(z[v]));
    }
}

// Rows j0 to j0 + J - 1 of a layer of In inputs on R vectors, from its weights w[j][i] and
// biases b[j] as whole vectors: forwardTile()'s sums, in the same order, each multiply-add
// taking its weight from memory instead of a broadcast. The J * R sums and then their
// activations, four at a time, run side by side.
template<Activation A, int In, int J, int R>
inline void longTile(const Vec (*w)[In], const Vec *b, const float *x, int xStride, float *y, int yStride)
{
    Vec z[J * R];
    for (int jj = 0; jj < J; ++jj)
        for (int r = 0; r < R; ++r)
            z[jj * R + r] = b[jj];
    for (int i = 0; i < In; ++i) {
        Vec xi[R];
        for (int r = 0; r < R; ++r)
            xi[r] = load(x + i * xStride + r * kLanes);
        for (int jj = 0; jj < J; ++jj)
            for (int r = 0; r < R; ++r)
                z[jj * R + r] += xi[r] * w[jj][i];
    }
    constexpr int G = J * R < 4 ? J * R : 4;
    for (int g = 0; g < J * R; g += G)
        activateEach<A, true, G>(z + g);
    for (int jj = 0; jj < J; ++jj)
        for (int r = 0; r < R; ++r)
            store(y + jj * yStride + r * kLanes, z[jj * R + r]);
}

// longTile() over `vecs` vectors, R = kLanes / J at a time.
template<Activation A, int In, int J>
inline void longRows(const Vec (*w)[In], const Vec *b, const float *x, int xStride, float *y, int yStride, int vecs)
{
    constexpr int R = kLanes / J;
    int v = 0;
    for (; v + R <= vecs; v += R)
        longTile<A, In, J, R>(w, b, x + v * kLanes, xStride, y + v * kLanes, yStride);
    if constexpr (R > 1)
        for (; v < vecs; ++v)
            longTile<A, In, J, 1>(w, b, x + v * kLanes, xStride, y + v * kLanes, yStride);
}

// forwardSmall() for longer blocks (metrics, the decision boundary), in tiles of eight
// independent sums (see longTile()), its weights and biases first set out as whole vectors.
template<Activation A, int In>
void forwardSmallLong(const DenseParams &params, const float *x, int xStride, float *y, int yStride, int vecs)
{
    const DenseParams p = params; // see forwardSmall()
    Vec w[kLanes][In], b[kLanes];
    for (int j = 0; j < p.out; ++j) {
        b[j] = splat(p.bias[j]);
        for (int i = 0; i < In; ++i)
            w[j][i] = splat(p.weights[j * p.rowStride + i]);
    }
    if (p.out == kLanes)
        return longRows<A, In, kLanes>(w, b, x, xStride, y, yStride, vecs);
    int j = 0;
    if (p.out - j >= 4) {
        longRows<A, In, 4>(w, b, x, xStride, y, yStride, vecs);
        j += 4;
    }
    if (p.out - j >= 2) {
        longRows<A, In, 2>(w + j, b + j, x, xStride, y + j * yStride, yStride, vecs);
        j += 2;
    }
    if (p.out - j >= 1)
        longRows<A, In, 1>(w + j, b + j, x, xStride, y + j * yStride, yStride, vecs);
}

// One sumEach() for a row's weight gradients (In of them, from weightSum) and its bias
// gradient (from biasSum, in lane In): adds the weights' to g, whose padding only gains
// zeros, and returns the bias's.
template<int In, typename Row>
inline float addWeightSums(float *g, Row weightSum, Vec biasSum)
{
    static_assert(In < kLanes);
#if defined(__GNUC__) && defined(__AVX__)
    if constexpr (In < 4) {
        // Four sums at most: sumEach()'s adds in 128-bit halves, without its second half of
        // shuffles for vectors that are all zero.
        typedef float Half __attribute__((vector_size(16)));
        Half h[4];
#pragma GCC unroll 4
        for (int k = 0; k < 4; ++k) {
            const Native v = k < In ? weightSum(k).part[0] : k == In ? biasSum.part[0] : Native{};
            h[k] = __builtin_shufflevector(v, v, 0, 1, 2, 3) + __builtin_shufflevector(v, v, 4, 5, 6, 7);
        }
        const auto fold = [](Half a, Half b) {
            return __builtin_shufflevector(a, b, 0, 1, 4, 5) + __builtin_shufflevector(a, b, 2, 3, 6, 7);
        };
        const Half f01 = fold(h[0], h[1]), f23 = fold(h[2], h[3]);
        Half q = __builtin_shufflevector(f01, f23, 0, 2, 4, 6) + __builtin_shufflevector(f01, f23, 1, 3, 5, 7);
        const float sum = q[In];
        q[In] = 0.0f;
        store(g, load(g) + Vec{{__builtin_shufflevector(q, Half{}, 0, 1, 2, 3, 4, 5, 6, 7)}});
        return sum;
    }
#endif
    Vec acc[kLanes];
#pragma GCC unroll 8
    for (int k = 0; k < kLanes; ++k)
        acc[k] = k < In ? weightSum(k) : splat(0.0f);
    acc[In] = biasSum;
    Vec r = sumEach(acc);
    float &bias = r.part[In / kNativeLanes][In % kNativeLanes];
    const float sum = bias;
    bias = 0.0f;
    store(g, load(g) + r);
    return sum;
}

// dx = W^T dZ for G inputs from i0 of a layer of Out rows whose dLoss/dZ is in d: the sums
// of backwardAs(), in the same order (row 0 first), with only these inputs' sums in
// registers.
template<int V, int G, int Out>
inline void inputGradient(const DenseParams &p, int i0, const float *d, int stride, float *dx)
{
    // p is read before the first store.
    Vec s[G][V];
    for (int g = 0; g < G; ++g)
        for (int v = 0; v < V; ++v)
            s[g][v] = splat(0.0f);
    const float *w = p.weights + i0;
    const std::ptrdiff_t rowStride = p.rowStride;
    const float *dj = d;
    for (int j = 0; j < Out; ++j, w += rowStride, dj += stride) {
        Vec dz[V];
        for (int v = 0; v < V; ++v)
            dz[v] = load(dj + v * kLanes);
        for (int g = 0; g < G; ++g) {
            const float wg = w[g];
            for (int v = 0; v < V; ++v)
                s[g][v] += dz[v] * wg;
        }
    }
    for (int g = 0; g < G; ++g)
        for (int v = 0; v < V; ++v)
            store(dx + (i0 + g) * stride + v * kLanes, s[g][v]);
}

// inputGradient() for all In inputs, four at a time (eight sums and a row's dLoss/dZ in
// registers).
template<int V, int In, int Out>
void inputGradients(const DenseParams &p, const float *d, int stride, float *dx)
{
    constexpr int G = 4;
    inputGradient<V, G, Out>(p, 0, d, stride, dx);
    if constexpr (In > G)
        inputGradient<V, In - G, Out>(p, G, d, stride, dx);
}
template<int V, int In, int... Out>
constexpr auto inputGradientTable(std::integer_sequence<int, Out...>)
{
    return std::array{&inputGradients<V, In, Out + 1>...};
}
// inputGradients() for 1 to kLanes rows, found by the number of rows less one.
template<int V, int In>
constexpr auto kInputGradients = inputGradientTable<V, In>(std::make_integer_sequence<int, kLanes>{});

// backwardAs() with the input gradient (into dx when HasDx) summed in registers, or for
// layers with many inputs by inputGradient() after the rows. FoldBias: the layer has fewer
// than kLanes inputs and rows (see below).
template<Activation A, int V, int In, bool FoldBias, bool HasDx>
[[gnu::always_inline]] inline void backwardSmallAs(const LayerPass &layer, const float *x, int xStride, int stride,
                                                   float *gradient, float *dx)
{
    const DenseParams &params = layer.params;
    const DenseParams p = params; // see forwardSmall()
    const float *const a = layer.activations;
    float *const d = layer.gradients;
    float *const gradWeights = gradient + layer.weightOffset;
    float *const gradBias = gradient + layer.biasOffset;
    // With fewer than kLanes rows, addBiasGradients() sums like sumEach() (see
    // addLaneSums()), so the bias gradient can share the weights' reduction.
    constexpr bool foldBias = FoldBias;
    static_assert(!foldBias || In < kLanes);
    // With many inputs, the input gradient's sums would not fit in registers beside the
    // inputs: they are then taken after the rows, input by input, from dLoss/dZ in d.
    constexpr bool dxAfterRows = V == 2 && In > 4;
    constexpr bool dxInRows = HasDx && !dxAfterRows;
    Vec xi[In][V], t[In][V];
    for (int i = 0; i < In; ++i)
        for (int v = 0; v < V; ++v) {
            xi[i][v] = load(x + i * xStride + v * kLanes);
            if constexpr (dxInRows)
                t[i][v] = splat(0.0f);
        }
    // Without foldBias, each row's bias gradient over the vectors, summed across the rows
    // at the end as addBiasGradients() would, without reading dLoss/dZ again.
    Vec biasRows[kLanes];
    // A layer has at least one row: with no way around the loop, the input gradient's sums
    // would wait in memory for the stores after it instead of going there from registers.
    int j = 0;
    do {
        Vec dz[V];
        for (int v = 0; v < V; ++v) {
            float *dj = d + j * stride + v * kLanes;
            dz[v] = load(dj);
            if constexpr (A != Activation::Linear) {
                dz[v] = dz[v] * derivative<A>(load(a + j * stride + v * kLanes));
                store(dj, dz[v]);
            }
        }
        const auto weightSum = [&](int k) {
            Vec acc = splat(0.0f);
            for (int v = 0; v < V; ++v)
                acc += dz[v] * xi[k][v];
            return acc;
        };
        float *g = gradWeights + j * p.rowStride;
        if constexpr (In < kLanes) {
            if (foldBias) {
                Vec biasSum = splat(0.0f);
                for (int v = 0; v < V; ++v)
                    biasSum += dz[v];
                gradBias[j] += addWeightSums<In>(g, weightSum, biasSum);
            }
        }
        if (!foldBias) {
            addLaneSums(g, In, weightSum);
            Vec biasSum = splat(0.0f);
            for (int v = 0; v < V; ++v)
                biasSum += dz[v];
            biasRows[j] = biasSum;
        }
        if constexpr (dxInRows) {
            const float *w = p.weights + j * p.rowStride;
            for (int i = 0; i < In; ++i)
                for (int v = 0; v < V; ++v)
                    t[i][v] += dz[v] * w[i];
        }
    } while (++j < p.out);
    if (!foldBias) {
#pragma GCC unroll 8
        for (int k = 1; k < kLanes; ++k)
            if (k >= p.out)
                biasRows[k] = splat(0.0f);
        store(gradBias, load(gradBias) + (p.out >= kLanes ? sums(biasRows) : sumEach(biasRows)));
    }
    if constexpr (dxInRows) {
        for (int i = 0; i < In; ++i)
            for (int v = 0; v < V; ++v)
                store(dx + i * stride + v * kLanes, t[i][v]);
    } else if constexpr (HasDx) {
        kInputGradients<V, In>[static_cast<std::size_t>(p.out - 1)](params, d, stride, dx);
    }
}

// backwardSmallAs() for a layer and dx (nullptr for no input gradient), its loop over rows
// built apart for each way of summing the bias gradient and with and without the input
// gradient: a test for dx in the loop would keep the input gradient's sums out of
// registers. Six arguments, all passed in registers. Each way is a function of its own,
// which planSmall() picks directly: only the other way's rows need room on the stack for
// their bias gradients, and the frame for it cost the folded way's calls too.
template<Activation A, int V, int In, bool FoldBias, bool HasDx>
[[gnu::noinline]] void backwardSmallWay(const LayerPass &layer, const float *x, int xStride, int stride,
                                        float *gradient, float *dx)
{
    backwardSmallAs<A, V, In, FoldBias, HasDx>(layer, x, xStride, stride, gradient, dx);
}
// Whether backwardSmallAs() can fold a layer's bias gradient into its weights' reductions.
inline bool foldsBias(const DenseParams &p)
{
    return p.in < kLanes && p.out < kLanes;
}
template<Activation A, int V, int In, bool HasDx>
void backwardSmallWith(const LayerPass &layer, const float *x, int xStride, int stride, float *gradient, float *dx)
{
    if constexpr (In < kLanes) {
        if (foldsBias(layer.params))
            return backwardSmallWay<A, V, In, true, HasDx>(layer, x, xStride, stride, gradient, dx);
    }
    backwardSmallWay<A, V, In, false, HasDx>(layer, x, xStride, stride, gradient, dx);
}
template<Activation A, int V, int In>
void backwardSmall(const LayerPass &layer, const float *x, int xStride, int stride, float *gradient, float *dx)
{
    if (dx)
        return backwardSmallWith<A, V, In, true>(layer, x, xStride, stride, gradient, dx);
    backwardSmallWith<A, V, In, false>(layer, x, xStride, stride, gradient, dx);
}

// The small-layer kernels for every activation, V and In, in the order of smallKernel():
// one lookup instead of a switch per template argument on every pass. Softmax layers run
// as linear ones (the caller applies softmax).
constexpr int kActivations = static_cast<int>(Activation::Softmax) + 1;
constexpr Activation smallActivation(int n)
{
    const auto a = static_cast<Activation>(n / (2 * kLanes));
    return a == Activation::Softmax ? Activation::Linear : a;
}
template<int... N>
constexpr auto forwardSmallTable(std::integer_sequence<int, N...>)
{
    return std::array{&forwardSmall<smallActivation(N), N / kLanes % 2 + 1, N % kLanes + 1>...};
}
template<int... N>
constexpr auto backwardSmallTable(std::integer_sequence<int, N...>)
{
    return std::array{&backwardSmall<smallActivation(N), N / kLanes % 2 + 1, N % kLanes + 1>...};
}
template<int... N>
constexpr auto forwardSmallLongTable(std::integer_sequence<int, N...>)
{
    return std::array{&forwardSmallLong<smallActivation(N / kLanes * 2 * kLanes), N % kLanes + 1>...};
}
template<bool FoldBias, bool HasDx, int... N>
constexpr auto backwardSmallWayTable(std::integer_sequence<int, N...>)
{
    // Layers of kLanes inputs never fold their bias gradient.
    return std::array{&backwardSmallWay < smallActivation(N), N / kLanes % 2 + 1, N % kLanes + 1,
                      FoldBias && N % kLanes + 1 < kLanes, HasDx > ...};
}
using SmallVariants = std::make_integer_sequence<int, kActivations * 2 * kLanes>;
constexpr auto kForwardSmall = forwardSmallTable(SmallVariants{});
constexpr auto kBackwardSmall = backwardSmallTable(SmallVariants{});
// backwardSmallWay() for planSmall(), by whether the layer folds its bias gradient and has
// an input gradient.
constexpr std::array<std::array<decltype(kBackwardSmall), 2>, 2> kBackwardSmallWays = {{
    {backwardSmallWayTable<false, false>(SmallVariants{}), backwardSmallWayTable<false, true>(SmallVariants{})},
    {backwardSmallWayTable<true, false>(SmallVariants{}), backwardSmallWayTable<true, true>(SmallVariants{})},
}};
// forwardSmallLong() by activation and number of inputs: smallLayer() without its places
// for two vectors.
constexpr auto kForwardSmallLong = forwardSmallLongTable(std::make_integer_sequence<int, kActivations * kLanes>{});
constexpr std::size_t smallLongVariant(int small)
{
    return static_cast<std::size_t>(small - small / (2 * kLanes) * kLanes);
}

static_assert(smallKernel(Activation::Softmax, kLanes) + kLanes + 1 == kForwardSmall.size());

} // namespace

void forward(const DenseParams &p, const float *x, int xStride, float *y, int yStride, int vecs)
{
    // Choosing a plain function and calling it with plain arguments: a capturing lambda
    // per variant costs more than a small layer's work.
    withActivation(p.activation, [](auto a) { return &forwardAs<decltype(a)::value>; })(p, x, xStride, y, yStride,
                                                                                        vecs);
}

namespace {

// backwardAs() for the layer's activation and the batch's length.
void backwardLayer(const DenseParams &p, const float *x, int xStride, const float *a, float *d, int stride,
                   float *gradWeights, int gradStride, float *gradBias, float *dx, int vecs)
{
    const auto variant = withActivation(p.activation, [vecs](auto act) {
        constexpr Activation A = decltype(act)::value;
        return vecs == 1 ? &backwardAs<A, 1> : vecs == 2 ? &backwardAs<A, 2> : &backwardAs<A, 0>;
    });
    variant(p, x, xStride, a, d, stride, gradWeights, gradStride, gradBias, dx, vecs);
}

// backwardNetwork()'s step for a layer too big for backwardSmall(), with activation a. Not
// inlined, so its registers stay out of the loop over small layers.
[[gnu::noinline]] void backwardLarge(const LayerPass &layer, Activation a, const float *x, int xStride, int stride,
                                     int vecs, float *gradient, float *dx)
{
    DenseParams p = layer.params;
    p.activation = a;
    // See backwardAs(); with more rows the register tiles of forward() win.
    const bool fused = vecs <= 2 && p.out <= 4;
    backwardLayer(p, x, xStride, layer.activations, layer.gradients, stride, gradient + layer.weightOffset, p.rowStride,
                  gradient + layer.biasOffset, fused ? dx : nullptr, vecs);
    if (dx && !fused)
        forwardAs<Activation::Linear>(transposed(p), layer.gradients, stride, dx, stride, vecs);
}

} // namespace

void backward(const DenseParams &p, const float *x, int xStride, const float *a, float *d, int stride,
              float *gradWeights, int gradStride, float *gradBias, int vecs)
{
    backwardLayer(p, x, xStride, a, d, stride, gradWeights, gradStride, gradBias, nullptr, vecs);
}

void forwardNetwork(const LayerPass *layers, int count, const float *x, int xStride, int stride, int vecs)
{
    for (int l = 0; l < count; ++l) {
        const DenseParams &p = layers[l].params;
        const int small = smallVariant(layers[l], vecs);
        if (small >= 0) {
            kForwardSmall[static_cast<std::size_t>(small)](p, x, xStride, layers[l].activations, stride);
        } else if (const int s = smallLayer(layers[l]); s >= 0) {
            kForwardSmallLong[smallLongVariant(s)](p, x, xStride, layers[l].activations, stride, vecs);
        } else {
            forward(p, x, xStride, layers[l].activations, stride, vecs);
        }
        x = layers[l].activations;
        xStride = stride;
    }
}

namespace {

// The place in the small kernels' tables of layer l's backward pass (see backwardNetwork()).
int smallBackwardVariant(const LayerPass *layers, int l, int count, int vecs, bool outputIsPreActivation)
{
    const Activation a = layers[l].params.activation;
    const int small = smallVariant(layers[l], vecs);
    return small >= 0 && l == count - 1 && outputIsPreActivation
        ? small + smallKernel(Activation::Linear, 1) - smallKernel(a, 1)
        : small;
}

} // namespace

bool planSmall(const LayerPass *layers, int count, int vecs, bool outputIsPreActivation, SmallCalls *calls)
{
    for (int l = 0; l < count; ++l)
        if (smallVariant(layers[l], vecs) < 0)
            return false;
    for (int l = 0; l < count; ++l) {
        const auto back = static_cast<std::size_t>(smallBackwardVariant(layers, l, count, vecs, outputIsPreActivation));
        calls[l].forward = kForwardSmall[static_cast<std::size_t>(smallVariant(layers[l], vecs))];
        calls[l].backward = kBackwardSmallWays[foldsBias(layers[l].params)][l > 0][back];
    }
    return true;
}

void backwardNetwork(const LayerPass *layers, int count, const float *x, int xStride, int stride, int vecs,
                     bool outputIsPreActivation, float *gradient)
{
    // Layer l, whose input is `in` (rows inStride apart) and whose input gradient goes to dx.
    const auto pass = [&](int l, const float *in, int inStride, float *dx) {
        const LayerPass &layer = layers[l];
        const int small = smallBackwardVariant(layers, l, count, vecs, outputIsPreActivation);
        if (small >= 0) {
            kBackwardSmall[static_cast<std::size_t>(small)](layer, in, inStride, stride, gradient, dx);
        } else {
            const bool linear = l == count - 1 && outputIsPreActivation;
            backwardLarge(layer, linear ? Activation::Linear : layer.params.activation, in, inStride, stride, vecs,
                          gradient, dx);
        }
    };
    // The first layer apart: it reads x and has no input gradient to give.
    for (int l = count - 1; l > 0; --l)
        pass(l, layers[l - 1].activations, stride, layers[l - 1].gradients);
    pass(0, x, xStride, nullptr);
}

} // namespace loopwise::engine::detail::LOOPWISE_KERNEL_NS
