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

namespace loopwise::engine::detail {

// The two never overlap: __restrict spares the loop a run-time overlap check.
bool LOOPWISE_SGD_NAME(float* __restrict parameters, float* __restrict gradient, std::size_t n,
                       float rate) {
    int broken = 0;  // an int, not a bool: the loop vectorizes
    for (std::size_t i = 0; i < n; ++i) {
        const float p = parameters[i] - rate * gradient[i];
        parameters[i] = p;
        gradient[i] = 0.0f;
        broken |= !(p - p == 0.0f);  // p - p is NaN for NaN and infinity
    }
    return !broken;
}

float LOOPWISE_LOSS_NAME(const float* outputs, const float* targets, int n, int lanes,
                         float* gradient) {
    float sums[2] = {};  // even and odd examples, as Loss::accumulate()
    for (int c = 0; c < lanes; c += 2)
        for (int k = 0; k < 2; ++k) {
            // Padding adds zeros: sums of squares never hold -0, so they stay the same.
            const float d = c + k < n ? outputs[c + k] - targets[c + k] : 0.0f;
            gradient[c + k] = d;
            sums[k] += 0.5f * d * d;
        }
    return sums[0] + sums[1];
}

}  // namespace loopwise::engine::detail
