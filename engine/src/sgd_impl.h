// The plain SGD step of the training loop, compiled once per instruction set:
// kernels_generic.cpp and sgd_avx.cpp include this file with LOOPWISE_SGD_NAME set to a
// distinct name. It is not in kernels_impl.h because that file's AVX2 build also enables
// FMA, and a fused multiply-add would round p - rate * g differently from
// Optimizer::step(), which training must match bit for bit.

#ifndef LOOPWISE_SGD_NAME
#error "define LOOPWISE_SGD_NAME before including sgd_impl.h"
#endif

#include <cstddef>

namespace loopwise::engine::detail {

bool LOOPWISE_SGD_NAME(float* parameters, float* gradient, std::size_t n, float rate) {
    int broken = 0;  // an int, not a bool: the loop vectorizes
    for (std::size_t i = 0; i < n; ++i) {
        const float p = parameters[i] - rate * gradient[i];
        parameters[i] = p;
        gradient[i] = 0.0f;
        broken |= !(p - p == 0.0f);  // p - p is NaN for NaN and infinity
    }
    return !broken;
}

}  // namespace loopwise::engine::detail
