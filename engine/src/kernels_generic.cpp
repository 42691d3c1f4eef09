// The kernels for the baseline instruction set of the build.
#define LOOPWISE_KERNEL_NS generic
#include "kernels_impl.h"
#define LOOPWISE_SGD_NAME sgdStepGeneric
#define LOOPWISE_LOSS_NAME squaredErrorGeneric
#include "sgd_impl.h"

namespace loopwise::engine::detail {

const Kernels &genericKernels()
{
    static const Kernels k{&generic::forward,   &generic::backward, &generic::forwardNetwork, &generic::backwardNetwork,
                           &generic::planSmall, &sgdStepGeneric,    &squaredErrorGeneric,     "generic"};
    return k;
}

} // namespace loopwise::engine::detail
