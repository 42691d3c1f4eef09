#include "LabController.h"

#include "LabWorker.h"

#include <QClipboard>
#include <QGuiApplication>

namespace loopwise {

LabController::LabController(const QString &labId, QObject *parent)
    : QObject(parent)
    , m_labId(labId)
    , m_lossHistory(this)
{
}

LabController::~LabController() = default;

void LabController::togglePlay()
{
    if (running())
        pause();
    else
        play();
}

void LabController::runEpochs(int epochs)
{
    ++m_runsRequested;
    m_runsPending = true;
    setBusy(true);
    postRun(epochs);
}

void LabController::copyLink() const
{
    QGuiApplication::clipboard()->setText(link());
}

long LabController::nextGeneration()
{
    setBusy(true);
    return ++m_generation;
}

bool LabController::acceptSnapshot(long generation, long runsDone)
{
    m_worker->snapshotTaken();
    m_runsPending = runsDone < m_runsRequested;
    if (generation != m_generation) {
        setBusy(true);  // from a configuration the learner has already left
        return false;
    }
    return true;
}

void LabController::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged();
}

void LabController::setMessage(const QString &text)
{
    m_message = text;
    Q_EMIT messageChanged();
}

} // namespace loopwise
