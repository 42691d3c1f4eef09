#pragma once
// "Attach to my decision note": takes a lab's current run (LabController::evidence()) and a
// picture of its main chart, and hands both to the progress store, which appends the run to
// the decision note's evidence and keeps the chart with the note. The chart is grabbed by the
// scene graph (asynchronously); the PNG is encoded and written on the store's thread.

#include <QObject>
#include <QPointer>
#include <QQuickItem>
#include <QSharedPointer>
#include <QtQml/qqmlregistration.h>

class QQuickItemGrabResult;

namespace loopwise {

class LabController;
class ProgressStore;

class LabEvidence : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(loopwise::LabController *lab READ lab WRITE setLab NOTIFY labChanged)
    // The lab's main chart, as the note shows it.
    Q_PROPERTY(QQuickItem *chart READ chart WRITE setChart NOTIFY chartChanged)
    // The store to use; the app's store (Progress.store) unless set.
    Q_PROPERTY(loopwise::ProgressStore *store READ store WRITE setStore NOTIFY storeChanged)
    // True when the lab has a run to attach and no attach is under way.
    Q_PROPERTY(bool canAttach READ canAttach NOTIFY stateChanged)
    // Why attach() cannot be used now, in one sentence; "" when it can.
    Q_PROPERTY(QString reason READ reason NOTIFY stateChanged)
    Q_PROPERTY(bool attaching READ attaching NOTIFY stateChanged)
    // What the last attach() did: the confirmation, or why the run was not attached.
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(bool succeeded READ succeeded NOTIFY messageChanged)

public:
    explicit LabEvidence(QObject *parent = nullptr);
    ~LabEvidence() override;

    LabController *lab() const { return m_lab; }
    void setLab(LabController *lab);
    QQuickItem *chart() const { return m_chart; }
    void setChart(QQuickItem *chart);
    ProgressStore *store() const;
    void setStore(ProgressStore *store);
    bool canAttach() const { return reason().isEmpty(); }
    QString reason() const;
    bool attaching() const { return !m_grab.isNull(); }
    QString message() const { return m_message; }
    bool succeeded() const { return m_succeeded; }

    // Grabs the chart, then attaches the run as it was when called. attached(id) or
    // failed(message) follows.
    Q_INVOKABLE void attach();

Q_SIGNALS:
    void labChanged();
    void chartChanged();
    void storeChanged();
    void stateChanged();
    void messageChanged();
    void attached(const QString &evidenceId);
    void failed(const QString &message);

private:
    void finish(const QString &evidenceId, const QString &error);
    void updateState();

    QPointer<LabController> m_lab;
    QPointer<QQuickItem> m_chart;
    QPointer<ProgressStore> m_store;
    QSharedPointer<QQuickItemGrabResult> m_grab;
    QMetaObject::Connection m_labConnection;
    QString m_message;
    bool m_succeeded = false;
    QString m_lastReason; // so stateChanged is emitted only when the state changes
};

} // namespace loopwise
