// The SGD step and the loss built for AVX without FMA (see sgd_impl.h); only entered when
// kernels() has chosen the AVX2 kernels, so the CPU has AVX.
#define LOOPWISE_SGD_NAME sgdStepAvx
#define LOOPWISE_LOSS_NAME squaredErrorAvx
#include "sgd_impl.h"
