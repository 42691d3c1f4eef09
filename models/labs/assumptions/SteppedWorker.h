#pragma once
// A worker whose experiment trains the ticket text model a gradient step per unit
// (ShortcutExperiment, CostExperiment): it keeps the configuration and the experiment and
// says how far its trainer is. The derived worker adds its snapshot.

#include "AssumptionsWorker.h"

#include <optional>

namespace loopwise {

template<typename Experiment, typename Config>
class SteppedWorker : public AssumptionsWorker
{
public:
    using AssumptionsWorker::AssumptionsWorker;

    // On the worker's thread: a new configuration, training from the start.
    void configure(const Config &config, long generation)
    {
        m_config = config;
        rebuild(generation);
    }

protected:
    bool build() override { return make(m_experiment, m_config); }
    bool built() const override { return m_experiment.has_value(); }
    int unitsDone() const override { return m_experiment->trainer().stepsDone(); }
    int unitsTotal() const override { return m_experiment->config().training.steps; }
    void trainOne() override { m_experiment->trainer().step(); }
    // The training loss before the last step (NaN before any).
    double lastLoss() const { return m_experiment->trainer().lastLoss(); }

    Config m_config;
    // mutable: the trainer is the experiment's, and reading figures does not change it.
    mutable std::optional<Experiment> m_experiment;
};

} // namespace loopwise
