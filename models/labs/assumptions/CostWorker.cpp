#include "CostWorker.h"

namespace loopwise {

namespace assumptions = engine::assumptions;

void CostWorker::sendSnapshot()
{
    auto snapshot = std::make_shared<CostSnapshot>();
    snapshot->progress = progress();
    if (m_experiment) {
        snapshot->loss = lastLoss();
        if (snapshot->progress.finished())
            snapshot->result = m_experiment->result();
    }
    snapshotSent();
    Q_EMIT snapshotReady(std::move(snapshot));
}

} // namespace loopwise
