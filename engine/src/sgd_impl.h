// The steps of the training loop that must round as plain arithmetic, compiled once per
// instruction set: kernels_generic.cpp and sgd_avx.cpp include this file with
// LOOPWISE_SGD_NAME and LOOPWISE_LOSS_NAME set to distinct names. They are not in
// kernels_impl.h because that file's AVX2 build also enables FMA, and a fused multiply-add
// would round p - rate * g differently from Optimizer::step(), and a loss sum differently
// from Loss::accumulate(), which training must match bit for bit.

#if !defined(LOOPWISE_SGD_NAME) || !defined(LOOPWISE_LOSS_NAME)
#error "define LOOPWISE_SGD_NAME and LOOPWISE_LOSS_NAME before including sgd_impl.h"
#endif

#include <cstddef>
#include <cstring>

namespace loopwise::engine::detail {

#if defined(__GNUC__)
// Eight floats (one AVX register, two SSE ones) and four floats, by the compiler's vector
// extensions: the same operations on each lane as the scalar loops below.
typedef float Float8 __attribute__((vector_size(32)));
typedef float Float4 __attribute__((vector_size(16)));
#endif

// The two never overlap: __restrict spares the loop a run-time overlap check.
bool LOOPWISE_SGD_NAME(float *__restrict parameters, float *__restrict gradient, std::size_t n, float rate)
{
    std::size_t i = 0;
#if defined(__GNUC__)
    // p - p is 0 for a finite p and NaN for NaN and infinity: their sum is 0 exactly when
    // every parameter is finite (an add, where a compare needs a mask and an or).
    Float8 check = {};
#pragma GCC unroll 2
    for (; i + 8 <= n; i += 8) {
        Float8 p, g;
        std::memcpy(&p, parameters + i, sizeof p);
        std::memcpy(&g, gradient + i, sizeof g);
        p = p - rate * g;
        std::memcpy(parameters + i, &p, sizeof p);
        const Float8 zero = {};
        std::memcpy(gradient + i, &zero, sizeof zero);
        check += p - p;
    }
    const Float4 half
        = __builtin_shufflevector(check, check, 0, 1, 2, 3) + __builtin_shufflevector(check, check, 4, 5, 6, 7);
    const Float4 quarter = half + __builtin_shufflevector(half, half, 2, 3, 0, 1);
    int broken = !(quarter[0] + quarter[1] == 0.0f);
#else
    int broken = 0; // an int, not a bool: the loop vectorizes
#endif
    for (; i < n; ++i) {
        const float p = parameters[i] - rate * gradient[i];
        parameters[i] = p;
        gradient[i] = 0.0f;
        broken |= !(p - p == 0.0f); // p - p is NaN for NaN and infinity
    }
    return !broken;
}

float LOOPWISE_LOSS_NAME(const float *outputs, const float *targets, int n, int lanes, float *gradient)
{
#if defined(__GNUC__)
    // Lanes 0 and 1 hold the sums of the even and odd examples, as Loss::accumulate(),
    // each gaining its terms in the order of the scalar loop below; lanes 2 and 3 are
    // scratch. lanes is a multiple of eight. The example numbers are compared as floats
    // (exact for any batch): AVX without AVX2 compares eight ints only in two halves.
    Float4 sums = {};
    for (int c = 0; c < lanes; c += 8) {
        Float8 o, t;
        std::memcpy(&o, outputs + c, sizeof o);
        std::memcpy(&t, targets + c, sizeof t);
        const Float8 column = Float8{0, 1, 2, 3, 4, 5, 6, 7} + static_cast<float>(c);
        const Float8 d = column < static_cast<float>(n) ? o - t : Float8{};
        std::memcpy(gradient + c, &d, sizeof d);
        const Float8 e = 0.5f * d * d;
        const Float4 halves[2] = {__builtin_shufflevector(e, e, 0, 1, 2, 3), __builtin_shufflevector(e, e, 4, 5, 6, 7)};
        for (const Float4 &q : halves) {
            sums += q;
            sums += __builtin_shufflevector(q, q, 2, 3, 2, 3);
        }
    }
    return sums[0] + sums[1];
#else
    float sums[2] = {}; // even and odd examples, as Loss::accumulate()
    for (int c = 0; c < lanes; c += 2)
        for (int k = 0; k < 2; ++k) {
            // Padding adds zeros: sums of squares never hold -0, so they stay the same.
            const float d = c + k < n ? outputs[c + k] - targets[c + k] : 0.0f;
            gradient[c + k] = d;
            sums[k] += 0.5f * d * d;
        }
    return sums[0] + sums[1];
#endif
}

} // namespace loopwise::engine::detail
