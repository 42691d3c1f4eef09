#pragma once
// What the three experiments of "Check the assumptions" (ShortcutLab, ValidationLab,
// CostLab) share beyond any LabController: the lab link with its experiment, a run that
// trains a fixed number of units to the end, predict-then-run, one check-yourself question
// about the learner's own run, saved runs, and the run as evidence for a decision note.

#include "AssumptionsLabSettings.h"
#include "AssumptionsWorker.h"
#include "LabController.h"
#include "SavedRunsModel.h"

#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <functional>

namespace loopwise {

class ProgressStore;

class AssumptionsController : public LabController
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("An experiment of the assumptions lab is its own type, e.g. CostLab")

    // shortcut, validation or cost: the experiment this controller runs.
    Q_PROPERTY(QString experiment READ experiment CONSTANT)
    // The experiment's framing in the module's voice.
    Q_PROPERTY(QString framing READ framing CONSTANT)
    Q_PROPERTY(bool finished READ finished NOTIFY snapshotChanged)
    Q_PROPERTY(double progress READ progress NOTIFY snapshotChanged) // 0 .. 1
    Q_PROPERTY(QString progressText READ progressText NOTIFY snapshotChanged)
    // After a run: what happened, in whole sentences from the run's own figures.
    Q_PROPERTY(QString explanation READ explanation NOTIFY resultChanged)

    // Predict, then run
    Q_PROPERTY(QVariantList predictionChoices READ predictionChoices CONSTANT)
    Q_PROPERTY(QString prediction READ prediction WRITE setPrediction NOTIFY predictionChanged)
    Q_PROPERTY(QString predictionOutcome READ predictionOutcome NOTIFY predictionChanged)
    // After a run: {text, choices: [{id, label}], right, feedback: [a sentence per choice],
    // chosen (-1 until answered), answer (the chosen choice's feedback, "" until then),
    // correct}; {} before.
    Q_PROPERTY(QVariantMap question READ question NOTIFY questionChanged)

    // Saved runs: kept in the store the page gives the lab (Progress.store in the app).
    Q_PROPERTY(loopwise::ProgressStore *store READ store WRITE setStore NOTIFY storeChanged)
    Q_PROPERTY(loopwise::SavedRunsModel *savedRuns READ savedRuns CONSTANT)

public:
    ~AssumptionsController() override;

    const AssumptionsLabSettings &settings() const { return m_settings; }
    QString experiment() const { return AssumptionsLabSettings::experimentName(m_settings.experiment); }
    QString framing() const;
    bool finished() const { return m_progress.finished(); }
    double progress() const;
    QString progressText() const;
    virtual QString explanation() const = 0;

    bool running() const override { return m_progress.running; }
    int epoch() const override { return m_progress.done; }
    bool canPredict() const override { return epoch() == 0 && !running(); }
    QVariantList predictionChoices() const;
    QString prediction() const { return m_prediction; }
    void setPrediction(const QString &id);
    QString predictionOutcome() const;
    QVariantMap question() const { return m_question; }
    // The learner's answer to the question: the index of a choice.
    Q_INVOKABLE void answer(int choice);

    ProgressStore *store() const { return m_savedRuns.store(); }
    void setStore(ProgressStore *store);
    SavedRunsModel *savedRuns() { return &m_savedRuns; }
    // Saves the finished run (its link and figures) under `label`; its id, or "".
    Q_INVOKABLE QString saveRun(const QString &label);

    // The run as evidence for a decision note: {title, settings: [lines], figures: [lines]},
    // every line translated and whole; figures empty before a run has finished.
    QVariantMap evidence() const override;

    // The experiment a lab link opens (shortcut when it names none or a bad one).
    Q_INVOKABLE static QString experimentOf(const QString &link);

    void play() override;
    void pause() override;
    void step() override;
    void reset() override;
    bool applyLink(const QString &text) override;

Q_SIGNALS:
    // A run's figures came or went (finished() changed); the derived labs' figures follow it.
    void resultChanged();
    void questionChanged();
    void storeChanged();

protected:
    AssumptionsController(AssumptionsExperiment experiment, QObject *parent);
    // The derived lab's worker, once made (before its thread starts).
    void attach(AssumptionsWorker *worker);
    // Runs call(worker) on the worker's thread.
    void post(std::function<void(AssumptionsWorker &)> call);

    QString settingsQuery() const override { return m_settings.toQuery(); }
    void postRun(int epochs) override;

    // Sends the settings to the worker as a new configuration.
    virtual void configure() = 0;
    // A new configuration: the old run's question and outcome go; the generation to send.
    long startGeneration();
    // Takes `next` (checked by the engine already) and configures the worker.
    void changeSettings(const AssumptionsLabSettings &next);
    // A change the engine refuses is reported; true when it took.
    bool tryChangeSettings(const AssumptionsLabSettings &next);

    // Call first with each snapshot's progress: false when the snapshot is dropped. Then
    // keep its figures and call endSnapshot().
    bool beginSnapshot(const ExperimentProgress &progress);
    void endSnapshot();

    // The prediction choice that describes the finished run ("" before).
    virtual QString outcomeId() const = 0;
    // The check-yourself question about the finished run: {text, choices, right, feedback}.
    virtual QVariantMap makeQuestion() const = 0;
    virtual QStringList evidenceSettings() const = 0;
    virtual QStringList evidenceFigures() const = 0; // after a finished run
    // The figures a saved run keeps.
    virtual QVariantMap runResults() const = 0;

    AssumptionsLabSettings m_settings;

private:
    AssumptionsWorker *m_worker = nullptr;
    ExperimentProgress m_progress;
    bool m_runStarted = false; // play or runEpochs since the last configuration
    bool m_couldPredict = true; // canPredict() before the snapshot being taken
    bool m_wasFinished = false; // finished() before the snapshot being taken
    QString m_prediction;
    QString m_outcome; // the prediction choice that happened, once a run has finished
    QVariantMap m_question;
    SavedRunsModel m_savedRuns;
};

} // namespace loopwise
