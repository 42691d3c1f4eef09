// The SGD step built for AVX without FMA (see sgd_impl.h); only entered when kernels()
// has chosen the AVX2 kernels, so the CPU has AVX.
#define LOOPWISE_SGD_NAME sgdStepAvx
#include "sgd_impl.h"
