#pragma once
// Trains the "See how models learn" lab's model on its own thread, in short time slices,
// and hands the UI a snapshot of what there is to see at most ~60 times a second.

#include "LabWorker.h"

#include "loopwise/engine/learning_lab.h"

#include <QImage>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace loopwise {

// What stays the same for one configuration's data: sent once, shared by its snapshots.
struct LearningData
{
    engine::learning::LabConfig config; // as the session was built (rate and batch may change later)
    std::vector<engine::Point> train;
    std::vector<engine::Point> validation;
    engine::Extent extent;
    QStringList parameterNames;
    double noiseFloor = 0.0;
};

struct LearningSnapshot
{
    long generation = 0; // the configuration it belongs to
    long runsDone = 0; // runEpochs() calls ended so far (finished, paused or diverged)
    bool running = false;
    int epoch = 0;
    int stepInEpoch = 0;
    int stepsPerEpoch = 1;
    bool diverged = false;
    engine::learning::Status status;
    engine::learning::Baseline baseline;
    // The whole history, or an even sample of a long one that keeps the first and last epochs.
    std::vector<engine::learning::EpochStats> history;
    double trainLoss = 0.0;
    double validationLoss = 0.0;
    std::optional<double> trainAccuracy; // Classes only
    std::optional<double> validationAccuracy; // Classes only
    std::vector<double> curve; // Curve: the model's y at evenly spaced x over the extent
    QImage probabilities; // Classes: p(class 1) over the extent, painted
    std::vector<double> parameters;
    std::shared_ptr<const LearningData> data;
    // Set when this snapshot answers traceStep(): every number of that step, and the model's
    // picture before the step's update (shown while the live loop walks the stages before it).
    std::optional<engine::learning::LoopTrace> trace;
    std::vector<double> curveBeforeStep;
    QImage probabilitiesBeforeStep;
};

class LearningWorker : public LabWorker
{
    Q_OBJECT

public:
    static constexpr int kCurveSamples = 240;
    static constexpr int kGridSide = 96;
    static constexpr size_t kMaxHistory = 2000;

    explicit LearningWorker(QObject *parent = nullptr);

    // All of these run on the worker's thread (call them through QMetaObject::invokeMethod).
    // A configuration the engine refuses is reported by failed() and leaves the old one.
    void configure(const engine::learning::LabConfig &config, long generation);
    void setLearningRate(double rate);
    void setBatchSize(int rows);
    // The pace of play(): epochs per display frame, 0 for as fast as the engine goes.
    void setEpochsPerFrame(int epochs) override;
    // Trains until epoch `untilEpoch` (or on and on if it is negative) or pause().
    void play(int untilEpoch);
    void pause();
    void stepEpoch();
    void traceStep();
    // Trains `epochs` more at full speed; counts as one run in runsDone.
    void runEpochs(int epochs);
    void reset(long generation);
    void newData(std::uint64_t dataSeed, long generation);

Q_SIGNALS:
    void snapshotReady(std::shared_ptr<const LearningSnapshot> snapshot);

protected:
    // An epoch while they are short; a long epoch (1000 rows a step at a time) is split
    // into steps so a slice never runs much past its time.
    bool trainUnit() override;
    void sendSnapshot() override { emitSnapshot(); }

private:
    void stop();
    void endRun();
    // Units of training in one epoch (see trainUnit), and the pace of the current run.
    int unitsPerEpoch() const;
    void applyPace();
    void shareData();
    // With a trace, the model's picture before that step goes with it.
    void emitSnapshot(std::optional<engine::learning::LoopTrace> trace = std::nullopt,
                      std::vector<double> curveBefore = {}, QImage probabilitiesBefore = {});
    // The model as the plot shows it: its curve (Curve) or painted probabilities (Classes).
    void paintModel(std::vector<double> &curve, QImage &probabilities) const;

    std::optional<engine::learning::LearningSession> m_session;
    std::shared_ptr<const LearningData> m_data;
    long m_generation = 0;
    int m_runUntil = -1; // play's or runEpochs' last epoch, or -1: no end
    bool m_countsAsRun = false; // the current run came from runEpochs()
    long m_runsDone = 0;
    int m_epochsPerFrame = 1;
};

} // namespace loopwise
