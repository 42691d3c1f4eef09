#include "PacedLab.h"

#include "LabSpeed.h"
#include "LabWorker.h"

namespace loopwise {

PacedLab::PacedLab(const QString &labId, int speed, QObject *parent)
    : LabController(labId, parent)
    , m_speed(LabSpeed::clampIndex(speed))
{}

void PacedLab::attachPacedWorker(LabWorker *worker)
{
    attachWorker(worker);
    m_pacedWorker = worker;
    postSpeed();
}

void PacedLab::setSpeed(int index)
{
    index = LabSpeed::clampIndex(index);
    if (index == m_speed)
        return;
    m_speed = index;
    postSpeed();
    Q_EMIT speedChanged();
}

QVariantList PacedLab::speedChoices() const
{
    return LabSpeed::choices();
}

void PacedLab::postSpeed()
{
    QMetaObject::invokeMethod(m_pacedWorker, [worker = m_pacedWorker, epochs = LabSpeed::epochsPerFrame(m_speed)] {
        worker->setEpochsPerFrame(epochs);
    });
}

} // namespace loopwise
