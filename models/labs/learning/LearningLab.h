#pragma once
// The "See how models learn" lab: what QML's controls write and read. It keeps the
// learner's settings, sends them to a LearningWorker on its own thread and holds the latest
// snapshot the worker sends back: the fit, the losses beside the baseline, the status in
// words, one traced step of the training loop, the prediction and the check-yourself
// questions about the run.

#include "LearningExplanations.h"
#include "LearningLabSettings.h"
#include "LearningWorker.h"
#include "PacedLab.h"
#include "WorkerThread.h"

#include "loopwise/engine/parameter_count.h"

#include <QImage>
#include <QRectF>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <memory>

namespace loopwise {

class LearningLab : public PacedLab
{
    Q_OBJECT
    QML_ELEMENT

    // Settings (the lab link carries all of them)
    Q_PROPERTY(QString model READ model WRITE setModel NOTIFY settingsChanged)
    Q_PROPERTY(bool classes READ classes NOTIFY settingsChanged)
    Q_PROPERTY(double learningRate READ learningRate WRITE setLearningRate NOTIFY settingsChanged)
    // The learning rate on a logarithmic scale: 0 is 0.0001, 1 is 10.
    Q_PROPERTY(
        double learningRatePosition READ learningRatePosition WRITE setLearningRatePosition NOTIFY settingsChanged)
    Q_PROPERTY(QString learningRateText READ learningRateText NOTIFY settingsChanged)
    Q_PROPERTY(int points READ points WRITE setPoints NOTIFY settingsChanged)
    Q_PROPERTY(int noise READ noise WRITE setNoise NOTIFY settingsChanged) // percent
    Q_PROPERTY(int degree READ degree WRITE setDegree NOTIFY settingsChanged)
    Q_PROPERTY(int batchSize READ batchSize WRITE setBatchSize NOTIFY settingsChanged) // 0: all rows
    // The model's parameters (one coefficient per term): its capacity as a number.
    Q_PROPERTY(int parameterCount READ parameterCount NOTIFY settingsChanged)
    Q_PROPERTY(QString parameterText READ parameterText NOTIFY settingsChanged)
    // The sliders' ends: the engine's ranges.
    Q_PROPERTY(int minPoints READ minPoints CONSTANT)
    Q_PROPERTY(int maxPoints READ maxPoints CONSTANT)
    Q_PROPERTY(int minDegree READ minDegree CONSTANT)
    Q_PROPERTY(int maxDegree READ maxDegree CONSTANT)
    // The preset the settings equal, or "".
    Q_PROPERTY(QString preset READ preset NOTIFY settingsChanged)
    Q_PROPERTY(bool showLoop READ showLoop WRITE setShowLoop NOTIFY settingsChanged)

    // The choices offered: [{id, label}] (presets also carry a description).
    Q_PROPERTY(QVariantList presetChoices READ presetChoices CONSTANT)
    Q_PROPERTY(QVariantList modelChoices READ modelChoices CONSTANT)
    Q_PROPERTY(QVariantList batchChoices READ batchChoices NOTIFY settingsChanged)
    Q_PROPERTY(QVariantList predictionChoices READ predictionChoices CONSTANT)
    // The loop diagram's stages as a loopDiagram block carries them: [{node, title, text}].
    Q_PROPERTY(QVariantList loopStages READ loopStages CONSTANT)

    // What training shows
    Q_PROPERTY(QString progressText READ progressText NOTIFY snapshotChanged)
    Q_PROPERTY(bool diverged READ diverged NOTIFY snapshotChanged)
    Q_PROPERTY(QRectF extent READ extent NOTIFY snapshotChanged)
    // Classes: the probabilities the plot shows (before the traced step's update while the
    // live loop walks the stages before it).
    Q_PROPERTY(QImage probabilityImage READ probabilityImage NOTIFY pictureChanged)
    Q_PROPERTY(int revision READ revision NOTIFY snapshotChanged)
    // [{label, model, baseline}]: the model's and the baseline's figures, as text.
    Q_PROPERTY(QVariantList figures READ figures NOTIFY snapshotChanged)
    Q_PROPERTY(QString baselineName READ baselineName NOTIFY snapshotChanged)
    Q_PROPERTY(double baselineLoss READ baselineLoss NOTIFY snapshotChanged) // validation
    // not-started, improving, converged, underfitting, overfitting, too-slow, oscillating, diverged
    Q_PROPERTY(QString phase READ phase NOTIFY snapshotChanged)
    Q_PROPERTY(QString statusTitle READ statusTitle NOTIFY snapshotChanged)
    Q_PROPERTY(QString statusText READ statusText NOTIFY snapshotChanged)

    // The live training loop: the stage shown (-1: no step traced yet) and the traced step,
    // {epoch, step, stepsPerEpoch, loss, learningRate, rows: [{x, target, prediction}],
    //  moreRows, parameters: [{name, before, gradient, update, after, share, rising}],
    //  moreParameters, diverged}; figures as text, share = |gradient| / the largest.
    Q_PROPERTY(int loopStage READ loopStage WRITE setLoopStage NOTIFY loopChanged)
    Q_PROPERTY(QVariantMap trace READ trace NOTIFY loopChanged)

    // Predict, then run
    Q_PROPERTY(QString prediction READ prediction WRITE setPrediction NOTIFY predictionChanged)
    Q_PROPERTY(QString predictionOutcome READ predictionOutcome NOTIFY predictionChanged)
    // After a run: [{text, choices: [{id, label}], right, chosen, feedback, correct}]; chosen
    // is -1 until answered, feedback "" until then.
    Q_PROPERTY(QVariantList questions READ questions NOTIFY questionsChanged)

public:
    explicit LearningLab(QObject *parent = nullptr);
    ~LearningLab() override;

    const LearningLabSettings &settings() const { return m_settings; }
    const LearningSnapshot *snapshot() const { return m_snapshot.get(); }
    // The live loop shows a traced step stage by stage; until its update stage the plot
    // still shows the model before the step.
    static constexpr int kUpdateStage = 3;
    bool showsModelBeforeStep() const
    {
        return m_snapshot && m_snapshot->trace && m_loopStage >= 0 && m_loopStage < kUpdateStage;
    }
    // Curve: the curve the plot draws, as showsModelBeforeStep() says.
    const std::vector<double> &plottedCurve() const
    {
        return showsModelBeforeStep() ? m_snapshot->curveBeforeStep : m_snapshot->curve;
    }

    QString model() const;
    void setModel(const QString &name);
    bool classes() const;
    double learningRate() const { return m_settings.config.learningRate; }
    void setLearningRate(double rate);
    double learningRatePosition() const;
    void setLearningRatePosition(double position);
    QString learningRateText() const;
    int points() const { return m_settings.config.points; }
    void setPoints(int points);
    int noise() const;
    void setNoise(int percent);
    int degree() const { return m_settings.config.degree; }
    int parameterCount() const { return engine::learning::parameterCount(m_settings.config.model, degree()); }
    QString parameterText() const { return parameterCountText(parameterCount()); }
    static int minPoints() { return engine::learning::kMinPoints; }
    static int maxPoints() { return engine::learning::kMaxPoints; }
    static int minDegree() { return engine::learning::kMinDegree; }
    static int maxDegree() { return engine::learning::kMaxDegree; }
    void setDegree(int degree);
    int batchSize() const { return m_settings.config.batchSize; }
    void setBatchSize(int rows);
    QString preset() const;
    bool showLoop() const { return m_settings.showLoop; }
    void setShowLoop(bool on);

    QVariantList presetChoices() const;
    QVariantList modelChoices() const;
    QVariantList batchChoices() const;
    QVariantList predictionChoices() const;
    QVariantList loopStages() const;

    bool running() const override;
    int epoch() const override;
    QString progressText() const;
    bool diverged() const;
    QRectF extent() const;
    QImage probabilityImage() const
    {
        if (!m_snapshot)
            return {};
        return showsModelBeforeStep() ? m_snapshot->probabilitiesBeforeStep : m_snapshot->probabilities;
    }
    int revision() const { return m_revision; }
    QVariantList figures() const;
    QString baselineName() const;
    double baselineLoss() const;
    QString phase() const;
    QString statusTitle() const;
    QString statusText() const;

    int loopStage() const { return m_loopStage; }
    void setLoopStage(int stage);
    QVariantMap trace() const { return m_traceView; }

    QString prediction() const { return m_prediction; }
    void setPrediction(const QString &id);
    bool canPredict() const override;
    QString predictionOutcome() const;
    QVariantList questions() const { return m_questions; }

    void play() override;
    void pause() override;
    void step() override; // one epoch
    // The live loop: the next stage of the traced step, or a new step at stage 1.
    Q_INVOKABLE void traceStep();
    void reset() override;
    Q_INVOKABLE void newData();
    Q_INVOKABLE void applyPreset(const QString &name);
    bool applyLink(const QString &text) override;
    QVariantMap evidence() const override;
    // The learner's answer to question `question`: the index of a choice.
    Q_INVOKABLE void answer(int question, int choice);

Q_SIGNALS:
    void loopChanged();
    // The model's picture changed: a new snapshot, or the live loop passed the update stage.
    void pictureChanged();
    void questionsChanged();

protected:
    QString settingsQuery() const override { return m_settings.toQuery(); }
    void postRun(int epochs) override;

private:
    // A new session from the settings (new points unless only the rate or batch changed).
    void changeSettings(const LearningLabSettings &next);
    void configure();
    void takeSnapshot(std::shared_ptr<const LearningSnapshot> snapshot);
    void takeTrace(const engine::learning::LoopTrace &trace);
    void clearRun();
    void finishRun();
    // A new configuration, reset or data: the worker's next snapshots belong to it.
    long startGeneration();

    LearningLabSettings m_settings;
    std::shared_ptr<const LearningSnapshot> m_snapshot;
    bool m_runStarted = false; // play or runEpochs since the last reset: questions when it ends
    int m_revision = 0;
    int m_loopStage = -1;
    QVariantMap m_traceView;
    QString m_prediction;
    engine::learning::Phase m_outcome = engine::learning::Phase::NotStarted; // of the finished run
    QVariantList m_questions;

    // Last, so the worker is stopped and deleted before the members above go.
    WorkerThread<LearningWorker> m_worker;
};

} // namespace loopwise
