#include "kernels.h"

namespace loopwise::engine::detail {

#if defined(LOOPWISE_HAVE_AVX2_KERNELS)
const Kernels &avx2KernelTable(); // kernels_avx2.cpp

const Kernels *avx2Kernels()
{
    __builtin_cpu_init(); // harmless when already done; required before static init ends
    static const bool supported = __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
    return supported ? &avx2KernelTable() : nullptr;
}
#else
const Kernels *avx2Kernels()
{
    return nullptr;
}
#endif

const Kernels &kernels()
{
    static const Kernels &best = avx2Kernels() ? *avx2Kernels() : genericKernels();
    return best;
}

} // namespace loopwise::engine::detail
