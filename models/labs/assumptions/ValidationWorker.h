#pragma once
// Trains the "validation is separate" experiment of "Check the assumptions" on its own
// thread, a model per unit: one validation method, or all five on the same data one after
// another, each with its validation and production accuracy.

#include "AssumptionsWorker.h"

#include "loopwise/engine/validation_experiment.h"

#include <memory>
#include <vector>

namespace loopwise {

struct ValidationRow
{
    engine::assumptions::ValidationMethod method;
    bool finished = false;
    engine::assumptions::ValidationResult result; // complete once finished
};

struct ValidationSnapshot
{
    ExperimentProgress progress;
    std::vector<ValidationRow> rows; // one per method run, in the order they run
};

class ValidationWorker : public AssumptionsWorker
{
    Q_OBJECT

public:
    using AssumptionsWorker::AssumptionsWorker;

    // `allMethods`: the five methods on config's data; else config's method alone.
    void configure(const engine::assumptions::ValidationConfig &config, bool allMethods, long generation);

Q_SIGNALS:
    void snapshotReady(std::shared_ptr<const ValidationSnapshot> snapshot);

protected:
    bool build() override;
    bool built() const override { return !m_experiments.empty(); }
    int unitsDone() const override;
    int unitsTotal() const override;
    void trainOne() override;
    void sendSnapshot() override;

private:
    engine::assumptions::ValidationConfig m_config;
    bool m_allMethods = false;
    std::vector<engine::assumptions::ValidationExperiment> m_experiments;
};

} // namespace loopwise
