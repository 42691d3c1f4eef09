#include "LabEvidence.h"

#include "LabController.h"
#include "Progress.h"
#include "ProgressStore.h"
#include "StoreMessages.h"

#include <QQuickItemGrabResult>

namespace loopwise {

LabEvidence::LabEvidence(QObject *parent)
    : QObject(parent)
{}

LabEvidence::~LabEvidence() = default;

void LabEvidence::setLab(LabController *lab)
{
    if (lab == m_lab)
        return;
    disconnect(m_labConnection);
    m_lab = lab;
    if (lab)
        m_labConnection = connect(lab, &LabController::snapshotChanged, this, &LabEvidence::updateState);
    Q_EMIT labChanged();
    updateState();
}

void LabEvidence::setChart(QQuickItem *chart)
{
    if (chart == m_chart)
        return;
    m_chart = chart;
    Q_EMIT chartChanged();
}

ProgressStore *LabEvidence::store() const
{
    return m_store ? m_store.data() : Progress::instance()->store();
}

void LabEvidence::setStore(ProgressStore *store)
{
    if (store == m_store)
        return;
    m_store = store;
    Q_EMIT storeChanged();
}

QString LabEvidence::reason() const
{
    if (attaching())
        return tr("The run is being attached…");
    if (!m_lab || m_lab->evidence().isEmpty())
        //: why "Attach to my decision note" cannot be pressed yet
        return tr("Train the model first: there is no run to attach yet.");
    return {};
}

void LabEvidence::updateState()
{
    const QString now = reason();
    if (now == m_lastReason)
        return;
    m_lastReason = now;
    Q_EMIT stateChanged();
}

void LabEvidence::attach()
{
    if (!canAttach()) {
        finish({}, reason());
        return;
    }
    const QVariantMap evidence = m_lab->evidence();
    if (evidence.isEmpty()) {
        finish({}, reason());
        return;
    }
    EvidenceRun run{m_lab->labId(),
                    evidence.value(QStringLiteral("title")).toString(),
                    evidence.value(QStringLiteral("settings")).toStringList(),
                    evidence.value(QStringLiteral("figures")).toStringList(),
                    m_lab->link(),
                    QImage()};
    // Asked before the chart is grabbed: the learner hears at once that it is there already.
    if (store()->hasEvidence(ProgressStore::evidenceKey(run))) {
        finish({}, Messages::evidenceAlreadyAttached());
        return;
    }
    m_grab = m_chart ? m_chart->grabToImage() : nullptr;
    if (!m_grab) {
        finish({}, Messages::evidenceWithoutChart());
        return;
    }
    updateState();
    connect(m_grab.data(), &QQuickItemGrabResult::ready, this, [this, run]() mutable {
        run.chart = m_grab->image();
        m_grab.reset();
        const QString id = store()->attachEvidence(run);
        finish(id, id.isEmpty() ? store()->lastError() : QString());
    });
}

void LabEvidence::finish(const QString &evidenceId, const QString &error)
{
    updateState();
    m_succeeded = !evidenceId.isEmpty();
    //: the confirmation after "Attach to my decision note"
    m_message = m_succeeded ? tr("Added to your decision note's evidence.") : error;
    Q_EMIT messageChanged();
    if (m_succeeded)
        Q_EMIT attached(evidenceId);
    else
        Q_EMIT failed(m_message);
}

} // namespace loopwise
