#pragma once
// How many numbers training learns in the labs' models: the capacity a learner sets,
// as a number.

#include "loopwise/engine/learning_lab.h"
#include "loopwise/engine/network.h"

namespace loopwise::engine {

// A dense network: one weight per connection (inputs x units per layer) and one bias per
// unit. The padding Network keeps for SIMD is not counted.
struct ParameterCount
{
    long weights = 0;
    long biases = 0;
    long total() const { return weights + biases; }
    friend bool operator==(const ParameterCount &, const ParameterCount &) = default;
};
ParameterCount parameterCount(const NetworkConfig &config);

namespace learning {
// The learning lab's model: one coefficient per term, d + 1 for Curve, (d + 1)(d + 2) / 2
// for Classes (see ModelKind); the first of them is the bias (the constant term).
int parameterCount(ModelKind model, int degree);
} // namespace learning

} // namespace loopwise::engine
