#pragma once
// What every lab's controller offers QML, whatever it trains: busy, running, epoch and the
// learner's messages; play, pause, step, reset and runs of many epochs; the lab link to copy
// and to apply; whether a prediction may be made now; the loss history the charts draw.
// A lab derives from it (NetworkLab, LearningLab) and adds its own settings and views.

#include "LossHistoryModel.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <optional>

namespace loopwise {

class LabWorker;

class LabController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("A lab's controller is its own type, e.g. NetworkLab")

    Q_PROPERTY(QString labId READ labId CONSTANT)
    Q_PROPERTY(QString link READ link NOTIFY settingsChanged)
    Q_PROPERTY(bool running READ running NOTIFY snapshotChanged)
    Q_PROPERTY(int epoch READ epoch NOTIFY snapshotChanged)
    // True until the first snapshot of a configuration, and during runEpochs().
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(bool canPredict READ canPredict NOTIFY predictionChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(loopwise::LossHistoryModel *lossHistory READ lossHistory CONSTANT)

public:
    ~LabController() override;

    QString labId() const { return m_labId; }
    // lab/<id>?<the settings>
    QString link() const { return QStringLiteral("lab/") + m_labId + QLatin1Char('?') + settingsQuery(); }
    virtual bool running() const = 0;
    virtual int epoch() const = 0;
    bool busy() const { return m_busy; }
    virtual bool canPredict() const = 0;
    QString message() const { return m_message; }
    LossHistoryModel *lossHistory() { return &m_lossHistory; }
    const std::vector<LossPoint> &lossPoints() const { return m_lossHistory.points(); }

    Q_INVOKABLE virtual void play() = 0;
    Q_INVOKABLE virtual void pause() = 0;
    Q_INVOKABLE void togglePlay();
    Q_INVOKABLE virtual void step() = 0;
    Q_INVOKABLE virtual void reset() = 0;
    // Trains `epochs` more at full speed; busy until they are done.
    Q_INVOKABLE void runEpochs(int epochs);
    // The lab link to the clipboard; applyLink() takes one back (or a bare query) and
    // says in message() why it cannot be used.
    Q_INVOKABLE void copyLink() const;
    Q_INVOKABLE virtual bool applyLink(const QString &text) = 0;
    // The current run as evidence for the decision note (see LabEvidence): {title, settings,
    // figures}, each line a whole translated sentence ("Learning rate: 0.03"); an empty map
    // while there is no run to attach.
    Q_INVOKABLE virtual QVariantMap evidence() const;

Q_SIGNALS:
    void settingsChanged();
    void snapshotChanged();
    void busyChanged();
    void predictionChanged();
    void messageChanged();

protected:
    LabController(const QString &labId, QObject *parent);
    // The lab's worker, once the derived lab has made it. A run the worker cannot do ends the
    // busy state with the worker's reason as the lab's message.
    void attachWorker(LabWorker *worker);

    // The settings as the lab link's query.
    virtual QString settingsQuery() const = 0;
    // Asks the worker for `epochs` more at full speed (on its thread).
    virtual void postRun(int epochs) = 0;

    // A new configuration: snapshots of older ones are dropped until this one's arrives.
    long nextGeneration();
    long generation() const { return m_generation; }
    // Call first with each snapshot: false when it belongs to a configuration the learner
    // has left (it is then dropped). Tells the worker it may send the next one.
    bool acceptSnapshot(long generation, long runsDone);
    // After a snapshot is taken: busy while runEpochs() calls are still running.
    bool runsPending() const { return m_runsPending; }
    void finishSnapshot() { setBusy(m_runsPending); }
    void setBusy(bool busy);
    void setMessage(const QString &text);

    // {title, settings, figures} for evidence(), titled with the lab's name in the reader's language.
    QVariantMap evidenceOf(const QStringList &settings, const QStringList &figures) const;
    // The settings a link or a bare query gives (Settings::fromQuery), or nothing, with the
    // reasons in message().
    template<typename Settings>
    std::optional<Settings> readLink(const QString &text)
    {
        QStringList problems;
        std::optional<Settings> settings = Settings::fromQuery(text, &problems);
        if (!settings)
            refuseLink(problems);
        return settings;
    }
    // Says in message() why a link cannot be used, one sentence per problem; false, for
    // applyLink() to return.
    bool refuseLink(const QStringList &problems);
    // The label of the choice with this id in a [{id, label}] list, or the id itself.
    static QString choiceLabel(const QVariantList &choices, const QVariant &id);

private:
    QString m_labId;
    LabWorker *m_worker = nullptr;
    LossHistoryModel m_lossHistory;
    long m_generation = 0;
    long m_runsRequested = 0; // runEpochs() calls; busy until the worker has ended them all
    bool m_runsPending = false;
    bool m_busy = true;
    QString m_message;
};

} // namespace loopwise
