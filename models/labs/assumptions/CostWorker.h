#pragma once
// Trains the "loss matches the decision" experiment of "Check the assumptions" on its own
// thread, a gradient step per unit, and sends the cost curve, the chosen threshold and the
// test figures when it is done.

#include "SteppedWorker.h"

#include "loopwise/engine/cost_experiment.h"

#include <memory>
#include <optional>

namespace loopwise {

struct CostSnapshot
{
    ExperimentProgress progress;
    double loss = 0.0; // the training loss before the last step
    std::optional<engine::assumptions::CostResult> result; // once every step is done
};

class CostWorker : public SteppedWorker<engine::assumptions::CostExperiment, engine::assumptions::CostConfig>
{
    Q_OBJECT

public:
    using SteppedWorker::SteppedWorker;

Q_SIGNALS:
    void snapshotReady(std::shared_ptr<const CostSnapshot> snapshot);

protected:
    void sendSnapshot() override;
};

} // namespace loopwise
