// The kernels for the baseline instruction set of the build.
#define LOOPWISE_KERNEL_NS generic
#include "kernels_impl.h"

namespace loopwise::engine::detail {

const Kernels& genericKernels() {
    static const Kernels k{&generic::forward, &generic::backward, "generic"};
    return k;
}

}  // namespace loopwise::engine::detail
