// White-box tests of the SIMD kernels: every activation against its scalar definition,
// the tanh approximation against std::tanh, and the AVX2 build against the generic one.

#include "kernels.h"
#include "loopwise/engine/loss.h"
#include "loopwise/engine/rng.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <vector>

using namespace loopwise::engine;
using namespace loopwise::engine::detail;

namespace {

std::vector<const Kernels *> allKernels()
{
    std::vector<const Kernels *> k{&genericKernels()};
    if (avx2Kernels())
        k.push_back(avx2Kernels());
    return k;
}

const Activation kElementwise[]
    = {Activation::Tanh, Activation::Sigmoid, Activation::Relu, Activation::LeakyRelu, Activation::Linear};

// A 1-input, 1-unit layer with weight 1 and bias 0 applies the activation to its input.
std::vector<float> applyActivation(const Kernels &k, Activation a, const std::vector<float> &z)
{
    const float w = 1.0f;
    const DenseParams p{&w, 1, 1, nullptr, 1, 1, a};
    std::vector<float> out(z.size());
    k.forward(p, z.data(), static_cast<int>(z.size()), out.data(), static_cast<int>(z.size()),
              static_cast<int>(z.size()) / kLanes);
    return out;
}

// Two code paths that compute the same sums need not round alike: a compiler may fuse a
// multiply and an add in one and not in the other, and it does so differently from one
// build type to the next (the sixth digit differs between Release and RelWithDebInfo with
// sanitizers). They agree to 1e-4 of the largest value compared; a misplaced lane or a
// missing term is off by far more.
testing::AssertionResult closeEnough(const std::vector<float> &got, const std::vector<float> &want)
{
    if (got.size() != want.size())
        return testing::AssertionFailure() << got.size() << " values, expected " << want.size();
    float largest = 0.0f;
    for (float v : want)
        largest = std::max(largest, std::abs(v));
    const float tolerance = 1e-4f * std::max(largest, 1.0f);
    for (std::size_t i = 0; i < got.size(); ++i)
        if (!(std::abs(got[i] - want[i]) <= tolerance))
            return testing::AssertionFailure()
                << "value " << i << " is " << got[i] << ", expected " << want[i] << " within " << tolerance;
    return testing::AssertionSuccess();
}

testing::AssertionResult closeEnough(const std::vector<std::vector<float>> &got,
                                     const std::vector<std::vector<float>> &want)
{
    if (got.size() != want.size())
        return testing::AssertionFailure() << got.size() << " blocks, expected " << want.size();
    for (std::size_t b = 0; b < got.size(); ++b)
        if (auto result = closeEnough(got[b], want[b]); !result)
            return result << " in block " << b;
    return testing::AssertionSuccess();
}

} // namespace

TEST(Kernels, ActivationsMatchTheirDefinitions)
{
    std::vector<float> z;
    for (int i = -2000; i < 2000; ++i)
        z.push_back(i * 0.01f); // -20 .. 20
    for (const Kernels *k : allKernels())
        for (Activation a : kElementwise) {
            SCOPED_TRACE(std::string(k->name) + " " + std::string(activationName(a)));
            const auto out = applyActivation(*k, a, z);
            for (std::size_t i = 0; i < z.size(); ++i) {
                const float expected = activate(a, z[i]);
                ASSERT_NEAR(out[i], expected, 2e-7f + 4e-7f * std::abs(expected)) << "z = " << z[i];
            }
        }
}

TEST(Kernels, TanhIsWithinAFewUlp)
{
    std::vector<float> z;
    for (float x = 1e-6f; x < 12.0f; x *= 1.001f) {
        z.push_back(x);
        z.push_back(-x);
    }
    z.resize(z.size() / kLanes * kLanes);
    for (const Kernels *k : allKernels()) {
        const auto out = applyActivation(*k, Activation::Tanh, z);
        float worst = 0.0f;
        for (std::size_t i = 0; i < z.size(); ++i) {
            const float exact = std::tanh(z[i]);
            worst = std::max(worst, std::abs(out[i] - exact) / std::abs(exact));
        }
        EXPECT_LT(worst, 4 * 1.2e-7f) << k->name; // a few float ulp
    }
}

TEST(Kernels, NanPropagates)
{
    std::vector<float> z(kLanes, NAN);
    for (const Kernels *k : allKernels())
        for (Activation a : {Activation::Tanh, Activation::Sigmoid})
            EXPECT_TRUE(std::isnan(applyActivation(*k, a, z)[0])) << k->name;
}

// A random layer, run forward and backward by every kernel build and by plain loops.
TEST(Kernels, DenseLayerMatchesPlainLoops)
{
    Rng rng(8);
    for (const int in : {1, 3, 8, 11})
        for (const int out : {1, 2, 8, 9, 17})
            for (const int examples : {1, 8, 10, 37})
                for (Activation a : kElementwise) {
                    SCOPED_TRACE(testing::Message()
                                 << in << "->" << out << " x" << examples << " " << activationName(a));
                    const int vecs = (examples + kLanes - 1) / kLanes;
                    const int stride = vecs * kLanes;
                    const int wStride = roundUpToLanes(in);
                    std::vector<float> w(static_cast<std::size_t>(out * wStride), 0.0f);
                    std::vector<float> b(static_cast<std::size_t>(roundUpToLanes(out)), 0.0f);
                    std::vector<float> x(static_cast<std::size_t>(in * stride));
                    std::vector<float> dA(static_cast<std::size_t>(out * stride), 0.0f);
                    for (int j = 0; j < out; ++j) {
                        for (int i = 0; i < in; ++i)
                            w[j * wStride + i] = float(rng.uniform(-1, 1));
                        b[j] = float(rng.uniform(-1, 1));
                        for (int c = 0; c < examples; ++c)
                            dA[j * stride + c] = float(rng.uniform(-1, 1));
                    }
                    for (float &v : x)
                        v = float(rng.uniform(-2, 2));
                    // Reference.
                    std::vector<double> y(static_cast<std::size_t>(out * examples)), gW(w.size(), 0.0),
                        gB(b.size(), 0.0);
                    for (int j = 0; j < out; ++j)
                        for (int c = 0; c < examples; ++c) {
                            double z = b[j];
                            for (int i = 0; i < in; ++i)
                                z += double(w[j * wStride + i]) * x[i * stride + c];
                            const double act = activate(a, float(z));
                            y[j * examples + c] = act;
                            const double dz = dA[j * stride + c] * activationDerivative(a, float(act));
                            gB[j] += dz;
                            for (int i = 0; i < in; ++i)
                                gW[j * wStride + i] += dz * x[i * stride + c];
                        }
                    for (const Kernels *k : allKernels()) {
                        const DenseParams p{w.data(), wStride, 1, b.data(), in, out, a};
                        std::vector<float> act(static_cast<std::size_t>(out * stride));
                        k->forward(p, x.data(), stride, act.data(), stride, vecs);
                        std::vector<float> d = dA, gw(w.size(), 0.0f), gb(b.size(), 0.0f);
                        k->backward(p, x.data(), stride, act.data(), d.data(), stride, gw.data(), wStride, gb.data(),
                                    vecs);
                        for (int j = 0; j < out; ++j) {
                            for (int c = 0; c < examples; ++c)
                                ASSERT_NEAR(act[j * stride + c], y[j * examples + c], 1e-5) << k->name;
                            ASSERT_NEAR(gb[j], gB[j], 1e-4) << k->name;
                            for (int i = 0; i < wStride; ++i)
                                ASSERT_NEAR(gw[j * wStride + i], gW[j * wStride + i], 1e-4) << k->name;
                        }
                    }
                }
}

TEST(Kernels, TransposedWeightsPropagateGradients)
{
    // W is 2x3; W^T d for d = (1, 2) is the column sums weighted by d.
    const float w[2 * 8] = {1, 2, 3, 0, 0, 0, 0, 0, 4, 5, 6, 0, 0, 0, 0, 0};
    std::vector<float> d(2 * kLanes, 0.0f), out(3 * kLanes, 0.0f);
    d[0] = 1.0f;
    d[kLanes] = 2.0f;
    for (const Kernels *k : allKernels()) {
        const DenseParams t{w, 1, 8, nullptr, 2, 3, Activation::Linear};
        k->forward(t, d.data(), kLanes, out.data(), kLanes, 1);
        EXPECT_EQ(out[0], 9.0f);
        EXPECT_EQ(out[kLanes], 12.0f);
        EXPECT_EQ(out[2 * kLanes], 15.0f);
    }
}

// The whole-network passes must give what the single-layer kernels give, layer by layer
// (to rounding: see closeEnough), with the input gradients through forward() on the
// transposed weights: short batches fold that product into the backward rows, longer ones
// do not.
TEST(Kernels, NetworkPassesMatchLayerByLayer)
{
    Rng rng(11);
    // Up to 16 examples through layers of at most eight inputs and units take the small-layer
    // kernels: {7, 3, 8, 1} has a bias gradient summed in the weights' last lane, a layer
    // of eight units and one of eight inputs (both summing their bias gradients apart).
    const std::vector<std::vector<int>> shapes = {{2, 4, 2, 1}, {2, 8, 8, 1}, {7, 3, 8, 1}, {3, 9, 17, 2}, {11, 1, 5}};
    for (const auto &shape : shapes)
        for (const int examples : {1, 5, 8, 10, 16, 17, 37})
            for (Activation a : kElementwise) {
                SCOPED_TRACE(testing::Message()
                             << shape.size() - 1 << " layers x" << examples << " " << activationName(a));
                const int vecs = (examples + kLanes - 1) / kLanes;
                const int stride = vecs * kLanes;
                const int count = static_cast<int>(shape.size()) - 1;
                // Parameters laid out as Network::parameters(), with an offset per layer.
                std::vector<std::size_t> weightOffset, biasOffset;
                std::size_t size = 0;
                for (int l = 0; l < count; ++l) {
                    weightOffset.push_back(size);
                    size += static_cast<std::size_t>(shape[l + 1] * roundUpToLanes(shape[l]));
                    biasOffset.push_back(size);
                    size += static_cast<std::size_t>(roundUpToLanes(shape[l + 1]));
                }
                std::vector<float> params(size, 0.0f);
                for (int l = 0; l < count; ++l)
                    for (int j = 0; j < shape[l + 1]; ++j) {
                        for (int i = 0; i < shape[l]; ++i)
                            params[weightOffset[l] + j * roundUpToLanes(shape[l]) + i] = float(rng.uniform(-1, 1));
                        params[biasOffset[l] + j] = float(rng.uniform(-1, 1));
                    }
                std::vector<float> x(static_cast<std::size_t>(shape[0] * stride));
                for (float &v : x)
                    v = float(rng.uniform(-2, 2));
                std::vector<float> dOut(static_cast<std::size_t>(shape.back() * stride), 0.0f);
                for (int k = 0; k < shape.back(); ++k)
                    for (int c = 0; c < examples; ++c)
                        dOut[k * stride + c] = float(rng.uniform(-1, 1));

                for (const Kernels *k : allKernels()) {
                    // Every run gets blocks of its own: activations, then gradients.
                    // How: 0 layer by layer, 1 the whole-network passes, 2 the small kernels
                    // planSmall() chose (false when it chose none).
                    const auto run = [&](int how, std::vector<std::vector<float>> &act,
                                         std::vector<std::vector<float>> &grad, std::vector<float> &gradient) {
                        std::vector<LayerPass> layers(static_cast<std::size_t>(count));
                        for (int l = 0; l < count; ++l) {
                            act.emplace_back(static_cast<std::size_t>(shape[l + 1] * stride), 0.0f);
                            grad.emplace_back(static_cast<std::size_t>(shape[l + 1] * stride), 0.0f);
                            layers[l].params = {params.data() + weightOffset[l],
                                                roundUpToLanes(shape[l]),
                                                1,
                                                params.data() + biasOffset[l],
                                                shape[l],
                                                shape[l + 1],
                                                a};
                            layers[l].activations = act[l].data();
                            layers[l].gradients = grad[l].data();
                            layers[l].weightOffset = weightOffset[l];
                            layers[l].biasOffset = biasOffset[l];
                        }
                        gradient.assign(size, 0.0f);
                        if (how == 2) {
                            std::vector<SmallCalls> calls(static_cast<std::size_t>(count));
                            if (!k->planSmall(layers.data(), count, vecs, false, calls.data()))
                                return false;
                            const float *in = x.data();
                            for (int l = 0; l < count; ++l) {
                                calls[l].forward(layers[l].params, in, stride, layers[l].activations, stride);
                                in = layers[l].activations;
                            }
                            grad.back() = dOut;
                            for (int l = count - 1; l >= 0; --l)
                                calls[l].backward(layers[l], l ? act[l - 1].data() : x.data(), stride, stride,
                                                  gradient.data(), l ? grad[l - 1].data() : nullptr);
                            return true;
                        }
                        if (how == 1) {
                            k->forwardNetwork(layers.data(), count, x.data(), stride, stride, vecs);
                            grad.back() = dOut;
                            k->backwardNetwork(layers.data(), count, x.data(), stride, stride, vecs, false,
                                               gradient.data());
                            return true;
                        }
                        for (int l = 0; l < count; ++l)
                            k->forward(layers[l].params, l ? act[l - 1].data() : x.data(), stride, act[l].data(),
                                       stride, vecs);
                        grad.back() = dOut;
                        for (int l = count - 1; l >= 0; --l) {
                            const DenseParams &p = layers[l].params;
                            k->backward(p, l ? act[l - 1].data() : x.data(), stride, act[l].data(), grad[l].data(),
                                        stride, gradient.data() + weightOffset[l], p.rowStride,
                                        gradient.data() + biasOffset[l], vecs);
                            if (l == 0)
                                continue;
                            const DenseParams t{p.weights, p.colStride, p.rowStride,       nullptr,
                                                p.out,     p.in,        Activation::Linear};
                            k->forward(t, grad[l].data(), stride, grad[l - 1].data(), stride, vecs);
                        }
                        return true;
                    };
                    std::vector<std::vector<float>> act1, grad1, act2, grad2, act3, grad3;
                    std::vector<float> gradient1, gradient2, gradient3;
                    run(1, act1, grad1, gradient1);
                    run(0, act2, grad2, gradient2);
                    ASSERT_TRUE(closeEnough(act1, act2)) << k->name;
                    ASSERT_TRUE(closeEnough(grad1, grad2)) << k->name;
                    ASSERT_TRUE(closeEnough(gradient1, gradient2)) << k->name;
                    const bool small = vecs <= 2
                        && std::all_of(shape.begin(), shape.end(), [](int units) { return units <= kLanes; });
                    ASSERT_EQ(run(2, act3, grad3, gradient3), small) << k->name;
                    if (!small)
                        continue;
                    ASSERT_TRUE(closeEnough(act3, act2)) << k->name;
                    ASSERT_TRUE(closeEnough(grad3, grad2)) << k->name;
                    ASSERT_TRUE(closeEnough(gradient3, gradient2)) << k->name;
                }
            }
}

TEST(Kernels, SquaredErrorMatchesLoss)
{
    Rng rng(13);
    const Loss classification(LossKind::SquaredError, Activation::Tanh, 1, Task::Classification, 2);
    const Loss regression(LossKind::SquaredError, Activation::Linear, 1, Task::Regression, 0);
    for (const Loss *loss : {&classification, &regression})
        for (const int n : {1, 7, 10, 16, 17}) {
            const int lanes = roundUpToLanes(n);
            std::vector<float> outputs(static_cast<std::size_t>(lanes)), labels(outputs.size());
            std::vector<float> targets(outputs.size(), 0.0f);
            for (int c = 0; c < lanes; ++c)
                outputs[c] = float(rng.uniform(-1, 1));
            for (int c = 0; c < n; ++c) {
                labels[c] = loss == &regression ? float(rng.uniform(-2, 2)) : float(rng.below(2));
                targets[c] = loss->target(labels[c], 0);
            }
            std::vector<float> expected(outputs.size(), 1.0f);
            const float expectedSum = loss->accumulate(outputs.data(), lanes, labels.data(), n, lanes, expected.data());
            for (const Kernels *k : allKernels()) {
                std::vector<float> gradient(outputs.size(), 1.0f);
                const float sum = k->squaredError(outputs.data(), targets.data(), n, lanes, gradient.data());
                EXPECT_EQ(sum, expectedSum) << k->name << " n=" << n;
                EXPECT_EQ(gradient, expected) << k->name << " n=" << n;
            }
        }
}

TEST(Kernels, SgdStepRoundsAsPlainArithmetic)
{
    Rng rng(12);
    for (const Kernels *k : allKernels())
        for (const std::size_t n : {1u, 7u, 8u, 80u, 83u}) {
            std::vector<float> p(n), g(n);
            for (std::size_t i = 0; i < n; ++i) {
                p[i] = float(rng.uniform(-1, 1));
                g[i] = float(rng.uniform(-3, 3));
            }
            const float rate = 0.03f * (1.0f / 7.0f);
            std::vector<float> expected(n);
            for (std::size_t i = 0; i < n; ++i) {
                const volatile float step = rate * g[i]; // rounded on its own, never fused
                expected[i] = p[i] - step;
            }
            EXPECT_TRUE(k->sgdStep(p.data(), g.data(), n, rate)) << k->name;
            EXPECT_EQ(p, expected) << k->name;
            EXPECT_EQ(g, std::vector<float>(n, 0.0f)) << k->name;
            // A parameter that stops being finite is reported, wherever it is.
            g[n - 1] = INFINITY;
            EXPECT_FALSE(k->sgdStep(p.data(), g.data(), n, rate)) << k->name;
            p[n - 1] = 0.0f;
            g[0] = NAN;
            EXPECT_FALSE(k->sgdStep(p.data(), g.data(), n, rate)) << k->name;
        }
}
