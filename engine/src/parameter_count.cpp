#include "loopwise/engine/parameter_count.h"

namespace loopwise::engine {

ParameterCount parameterCount(const NetworkConfig &config)
{
    ParameterCount count;
    long inputs = config.inputs;
    for (const LayerSpec &spec : config.layers) {
        count.weights += inputs * spec.units;
        count.biases += spec.units;
        inputs = spec.units;
    }
    return count;
}

namespace learning {
int parameterCount(ModelKind model, int degree)
{
    return model == ModelKind::Curve ? degree + 1 : (degree + 1) * (degree + 2) / 2;
}
} // namespace learning

} // namespace loopwise::engine
