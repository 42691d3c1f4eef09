#include "LabController.h"

#include "LabWorker.h"
#include "Labs.h"

#include <QClipboard>
#include <QGuiApplication>

namespace loopwise {

LabController::LabController(const QString &labId, QObject *parent)
    : QObject(parent)
    , m_labId(labId)
    , m_lossHistory(this)
{}

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
        setBusy(true); // from a configuration the learner has already left
        return false;
    }
    return true;
}

void LabController::attachWorker(LabWorker *worker)
{
    m_worker = worker;
    connect(worker, &LabWorker::failed, this, [this](const QString &problem) {
        setMessage(problem);
        setBusy(false);
    });
}

bool LabController::refuseLink(const QStringList &problems)
{
    //: %1 what is wrong with a pasted lab link, one sentence per problem
    setMessage(tr("That link cannot be used: %1").arg(problems.join(QLatin1Char(' '))));
    return false;
}

void LabController::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged();
}

QVariantMap LabController::evidence() const
{
    return {};
}

QVariantMap LabController::evidenceOf(const QStringList &settings, const QStringList &figures) const
{
    const LabEntry *lab = findLab(m_labId);
    const QString title = lab ? QCoreApplication::translate("loopwise::LabRegistry", lab->title) : m_labId;
    return {
        {QStringLiteral("title"), title}, {QStringLiteral("settings"), settings}, {QStringLiteral("figures"), figures}};
}

QString LabController::choiceLabel(const QVariantList &choices, const QVariant &id)
{
    for (const QVariant &choice : choices) {
        const QVariantMap map = choice.toMap();
        if (map.value(QStringLiteral("id")) == id)
            return map.value(QStringLiteral("label")).toString();
    }
    return id.toString();
}

void LabController::setMessage(const QString &text)
{
    m_message = text;
    Q_EMIT messageChanged();
}

} // namespace loopwise
