// White-box tests of the SIMD kernels: every activation against its scalar definition,
// the tanh approximation against std::tanh, and the AVX2 build against the generic one.

#include "kernels.h"
#include "loopwise/engine/rng.h"

#include <gtest/gtest.h>

#include <cmath>
#include <vector>

using namespace loopwise::engine;
using namespace loopwise::engine::detail;

namespace {

std::vector<const Kernels*> allKernels() {
    std::vector<const Kernels*> k{&genericKernels()};
    if (avx2Kernels()) k.push_back(avx2Kernels());
    return k;
}

const Activation kElementwise[] = {Activation::Tanh, Activation::Sigmoid, Activation::Relu,
                                   Activation::LeakyRelu, Activation::Linear};

// A 1-input, 1-unit layer with weight 1 and bias 0 applies the activation to its input.
std::vector<float> applyActivation(const Kernels& k, Activation a, const std::vector<float>& z) {
    const float w = 1.0f;
    const DenseParams p{&w, 1, 1, nullptr, 1, 1, a};
    std::vector<float> out(z.size());
    k.forward(p, z.data(), static_cast<int>(z.size()), out.data(), static_cast<int>(z.size()),
              static_cast<int>(z.size()) / kLanes);
    return out;
}

}  // namespace

TEST(Kernels, ActivationsMatchTheirDefinitions) {
    std::vector<float> z;
    for (int i = -2000; i < 2000; ++i) z.push_back(i * 0.01f);  // -20 .. 20
    for (const Kernels* k : allKernels())
        for (Activation a : kElementwise) {
            SCOPED_TRACE(std::string(k->name) + " " + std::string(activationName(a)));
            const auto out = applyActivation(*k, a, z);
            for (std::size_t i = 0; i < z.size(); ++i) {
                const float expected = activate(a, z[i]);
                ASSERT_NEAR(out[i], expected, 2e-7f + 4e-7f * std::abs(expected)) << "z = " << z[i];
            }
        }
}

TEST(Kernels, TanhIsWithinAFewUlp) {
    std::vector<float> z;
    for (float x = 1e-6f; x < 12.0f; x *= 1.001f) {
        z.push_back(x);
        z.push_back(-x);
    }
    z.resize(z.size() / kLanes * kLanes);
    for (const Kernels* k : allKernels()) {
        const auto out = applyActivation(*k, Activation::Tanh, z);
        float worst = 0.0f;
        for (std::size_t i = 0; i < z.size(); ++i) {
            const float exact = std::tanh(z[i]);
            worst = std::max(worst, std::abs(out[i] - exact) / std::abs(exact));
        }
        EXPECT_LT(worst, 4 * 1.2e-7f) << k->name;  // a few float ulp
    }
}

TEST(Kernels, NanPropagates) {
    std::vector<float> z(kLanes, NAN);
    for (const Kernels* k : allKernels())
        for (Activation a : {Activation::Tanh, Activation::Sigmoid})
            EXPECT_TRUE(std::isnan(applyActivation(*k, a, z)[0])) << k->name;
}

// A random layer, run forward and backward by every kernel build and by plain loops.
TEST(Kernels, DenseLayerMatchesPlainLoops) {
    Rng rng(8);
    for (const int in : {1, 3, 8, 11})
        for (const int out : {1, 2, 8, 9, 17})
            for (const int examples : {1, 8, 10, 37})
                for (Activation a : kElementwise) {
                    SCOPED_TRACE(testing::Message() << in << "->" << out << " x" << examples << " "
                                                    << activationName(a));
                    const int vecs = (examples + kLanes - 1) / kLanes;
                    const int stride = vecs * kLanes;
                    const int wStride = roundUpToLanes(in);
                    std::vector<float> w(static_cast<std::size_t>(out * wStride), 0.0f);
                    std::vector<float> b(static_cast<std::size_t>(roundUpToLanes(out)), 0.0f);
                    std::vector<float> x(static_cast<std::size_t>(in * stride));
                    std::vector<float> dA(static_cast<std::size_t>(out * stride), 0.0f);
                    for (int j = 0; j < out; ++j) {
                        for (int i = 0; i < in; ++i) w[j * wStride + i] = float(rng.uniform(-1, 1));
                        b[j] = float(rng.uniform(-1, 1));
                        for (int c = 0; c < examples; ++c) dA[j * stride + c] = float(rng.uniform(-1, 1));
                    }
                    for (float& v : x) v = float(rng.uniform(-2, 2));
                    // Reference.
                    std::vector<double> y(static_cast<std::size_t>(out * examples)), gW(w.size(), 0.0),
                        gB(b.size(), 0.0);
                    for (int j = 0; j < out; ++j)
                        for (int c = 0; c < examples; ++c) {
                            double z = b[j];
                            for (int i = 0; i < in; ++i) z += double(w[j * wStride + i]) * x[i * stride + c];
                            const double act = activate(a, float(z));
                            y[j * examples + c] = act;
                            const double dz = dA[j * stride + c] * activationDerivative(a, float(act));
                            gB[j] += dz;
                            for (int i = 0; i < in; ++i) gW[j * wStride + i] += dz * x[i * stride + c];
                        }
                    for (const Kernels* k : allKernels()) {
                        const DenseParams p{w.data(), wStride, 1, b.data(), in, out, a};
                        std::vector<float> act(static_cast<std::size_t>(out * stride));
                        k->forward(p, x.data(), stride, act.data(), stride, vecs);
                        std::vector<float> d = dA, gw(w.size(), 0.0f), gb(b.size(), 0.0f);
                        k->backward(p, x.data(), stride, act.data(), d.data(), stride, gw.data(), wStride,
                                    gb.data(), vecs);
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

TEST(Kernels, TransposedWeightsPropagateGradients) {
    // W is 2x3; W^T d for d = (1, 2) is the column sums weighted by d.
    const float w[2 * 8] = {1, 2, 3, 0, 0, 0, 0, 0, 4, 5, 6, 0, 0, 0, 0, 0};
    std::vector<float> d(2 * kLanes, 0.0f), out(3 * kLanes, 0.0f);
    d[0] = 1.0f;
    d[kLanes] = 2.0f;
    for (const Kernels* k : allKernels()) {
        const DenseParams t{w, 1, 8, nullptr, 2, 3, Activation::Linear};
        k->forward(t, d.data(), kLanes, out.data(), kLanes, 1);
        EXPECT_EQ(out[0], 9.0f);
        EXPECT_EQ(out[kLanes], 12.0f);
        EXPECT_EQ(out[2 * kLanes], 15.0f);
    }
}
