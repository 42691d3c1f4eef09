#include "LabWorker.h"

namespace loopwise {

LabWorker::LabWorker(QObject *parent)
    : QObject(parent)
    , m_timer(this)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &LabWorker::tick);
}

void LabWorker::startTraining()
{
    m_training = true;
    m_sinceSnapshot.start();
    m_timer.start(0);
}

void LabWorker::stopTraining()
{
    m_training = false;
    m_timer.stop();
}

void LabWorker::snapshotSent()
{
    m_snapshotPending.store(true);
    m_sinceSnapshot.restart();
}

void LabWorker::tick()
{
    if (!m_training)
        return;
    if (m_unitsPerFrame > 0) {
        for (int i = 0; i < m_unitsPerFrame && trainUnit(); ++i) {}
        sendSnapshot();
        if (m_training)
            m_timer.start(kFrameMs);
        return;
    }
    QElapsedTimer slice;
    slice.start();
    while (trainUnit() && slice.elapsed() < kSliceMs) {}
    // A snapshot the UI has not taken yet is not followed by another: training goes on.
    if (!m_training || (m_sinceSnapshot.elapsed() >= kFrameMs && !m_snapshotPending.load()))
        sendSnapshot();
    if (m_training)
        m_timer.start(0);
}

} // namespace loopwise
