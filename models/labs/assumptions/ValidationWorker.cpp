#include "ValidationWorker.h"

#include <stdexcept>

namespace loopwise {

namespace assumptions = engine::assumptions;

void ValidationWorker::configure(const assumptions::ValidationConfig &config, bool allMethods, long generation)
{
    m_config = config;
    m_allMethods = allMethods;
    rebuild(generation);
}

bool ValidationWorker::build()
{
    m_experiments.clear();
    std::vector<assumptions::ValidationConfig> configs;
    if (m_allMethods) {
        for (int i = 0; i < assumptions::kValidationMethodCount; ++i) {
            configs.push_back(m_config);
            configs.back().method = static_cast<assumptions::ValidationMethod>(i);
        }
    } else {
        configs.push_back(m_config);
    }
    try {
        for (const assumptions::ValidationConfig &config : configs)
            m_experiments.emplace_back(config);
    } catch (const std::invalid_argument &error) {
        m_experiments.clear();
        refuse(error);
        return false;
    }
    return true;
}

int ValidationWorker::unitsDone() const
{
    int done = 0;
    for (const assumptions::ValidationExperiment &experiment : m_experiments)
        done += experiment.modelsTrained();
    return done;
}

int ValidationWorker::unitsTotal() const
{
    int total = 0;
    for (const assumptions::ValidationExperiment &experiment : m_experiments)
        total += experiment.modelsToTrain();
    return total;
}

void ValidationWorker::trainOne()
{
    for (assumptions::ValidationExperiment &experiment : m_experiments) {
        if (!experiment.finished()) {
            experiment.trainNext();
            return;
        }
    }
}

void ValidationWorker::sendSnapshot()
{
    auto snapshot = std::make_shared<ValidationSnapshot>();
    snapshot->progress = progress();
    for (const assumptions::ValidationExperiment &experiment : m_experiments)
        snapshot->rows.push_back({experiment.config().method, experiment.finished(), experiment.result()});
    snapshotSent();
    Q_EMIT snapshotReady(std::move(snapshot));
}

} // namespace loopwise
