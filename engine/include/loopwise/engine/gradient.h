#pragma once
// The gradient of a loss with respect to all network parameters, for inspecting a network
// and for gradient checks. Allocates; training uses the batched internals directly.

#include "loopwise/engine/loss.h"
#include "loopwise/engine/network.h"

#include <Eigen/Core>

#include <vector>

namespace loopwise::engine {

// Mean loss over the examples (features x n, one column each, with their labels), and
// its gradient in the layout of Network::parameters() (zero on padding entries).
double lossAndGradient(const Network &network, const Loss &loss, const Eigen::MatrixXf &features,
                       const std::vector<float> &labels, Eigen::VectorXf &gradient);

} // namespace loopwise::engine
