// The kernels built for AVX2 + FMA (x86-64-v3). This file alone gets -mavx2 -mfma; it is
// only ever entered after kernels() has checked that the CPU supports both.
#define LOOPWISE_KERNEL_NS avx2
#include "kernels_impl.h"

namespace loopwise::engine::detail {

// sgd_avx.cpp
bool sgdStepAvx(float *parameters, float *gradient, std::size_t n, float rate);
float squaredErrorAvx(const float *outputs, const float *targets, int n, int lanes, float *gradient);

const Kernels &avx2KernelTable()
{
    static const Kernels k{&avx2::forward,   &avx2::backward, &avx2::forwardNetwork, &avx2::backwardNetwork,
                           &avx2::planSmall, &sgdStepAvx,     &squaredErrorAvx,      "avx2"};
    return k;
}

} // namespace loopwise::engine::detail
