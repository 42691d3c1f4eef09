#include "AssumptionsWorker.h"

#include "EngineErrorText.h"

#include <algorithm>

namespace loopwise {

void AssumptionsWorker::play()
{
    if (!built() || isTraining() || unitsDone() >= unitsTotal())
        return;
    m_runUntil = -1;
    startTraining();
    sendSnapshot();
}

void AssumptionsWorker::pause()
{
    if (!isTraining())
        return;
    stop();
    sendSnapshot();
}

void AssumptionsWorker::stepUnit()
{
    if (!built() || isTraining() || unitsDone() >= unitsTotal())
        return;
    trainOne();
    sendSnapshot();
}

void AssumptionsWorker::runUnits(int units)
{
    stop();
    if (!built() || unitsDone() >= unitsTotal()) {
        ++m_runsDone; // nothing left to train: done at once
        sendSnapshot();
        return;
    }
    m_countsAsRun = true;
    m_runUntil = std::min(unitsTotal(), unitsDone() + std::max(1, units));
    startTraining();
    sendSnapshot();
}

void AssumptionsWorker::reset(long generation)
{
    rebuild(generation);
}

void AssumptionsWorker::rebuild(long generation)
{
    stop();
    if (!build())
        return;
    m_generation = generation;
    sendSnapshot();
}

void AssumptionsWorker::refuse(const std::invalid_argument &error)
{
    Q_EMIT failed(EngineErrorText::of(error));
}

ExperimentProgress AssumptionsWorker::progress() const
{
    return {m_generation, m_runsDone, isTraining(), built() ? unitsDone() : 0, built() ? unitsTotal() : 1};
}

bool AssumptionsWorker::trainUnit()
{
    if (!built())
        return false;
    trainOne();
    const int end = m_runUntil >= 0 ? m_runUntil : unitsTotal();
    if (unitsDone() >= end) {
        stop();
        return false;
    }
    return true;
}

void AssumptionsWorker::stop()
{
    stopTraining();
    m_runUntil = -1;
    if (!m_countsAsRun)
        return;
    m_countsAsRun = false;
    ++m_runsDone;
}

} // namespace loopwise
