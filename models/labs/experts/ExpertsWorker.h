#pragma once
// Trains the "Mixture of experts" lab's mixture, and beside it the two dense networks it is
// compared with (the same total parameters, the same active parameters), on its own thread
// in short time slices; hands the UI a snapshot at most ~60 times a second.

#include "ExpertsLabSettings.h"
#include "LabWorker.h"
#include "LossHistoryModel.h"
#include "loopwise/engine/experts.h"
#include "loopwise/engine/trainer.h"

#include <QImage>

#include <memory>
#include <optional>
#include <vector>

namespace loopwise {

// One model's figures in the comparison table.
struct ModelFigures
{
    double testAccuracy = 0.0;
    double testLoss = 0.0;
    long parameters = 0;
    long activeParameters = 0;
    long multiplyAdds = 0; // per input
};

struct ExpertsSnapshot
{
    long generation = 0;
    long runsDone = 0;
    bool running = false;
    int epoch = 0;
    bool diverged = false;
    int classes = 2;
    int experts = 1;
    int topK = 1;
    engine::Extent extent;
    // Over a kGridSide square: class probabilities (classes per cell) and the gate's choice.
    std::vector<float> boundary;
    std::vector<int> regions;
    std::vector<QImage> expertImages; // each expert's own boundary (paintOutputs)
    std::vector<int> load; // training inputs whose first choice is each expert
    int loadCount = 0;
    double balance = 1.0; // the last epoch's E * sum f_i P_i
    long droppedInEpoch = 0;
    long droppedTotal = 0;
    ModelFigures mixture, denseTotal, denseActive;
    std::vector<LossPoint> history; // the mixture's training and test loss per epoch
    std::shared_ptr<const std::vector<engine::Point>> points; // the training points
};

class ExpertsWorker : public LabWorker
{
    Q_OBJECT

public:
    static constexpr int kGridSide = 64;
    static constexpr int kThumbnailSide = 32;

    explicit ExpertsWorker(QObject *parent = nullptr);

    // On the worker's thread. A configuration the engine refuses is reported by failed().
    void configure(const ExpertsLabSettings &settings, long generation);
    void setEpochsPerFrame(int epochs) override;
    void play();
    void pause();
    void stepEpoch();
    void runEpochs(int epochs); // counts as one run in runsDone
    void reset(long generation);

Q_SIGNALS:
    void snapshotReady(std::shared_ptr<const ExpertsSnapshot> snapshot);

protected:
    bool trainUnit() override; // an epoch of the three models
    void sendSnapshot() override { emitSnapshot(); }

private:
    void stop();
    void emitSnapshot();

    std::optional<engine::Mixture> m_mixture;
    std::optional<engine::Trainer> m_denseTotal, m_denseActive;
    std::shared_ptr<const std::vector<engine::Point>> m_points;
    std::vector<LossPoint> m_history;
    long m_generation = 0;
    int m_runUntil = -1;
    bool m_countsAsRun = false;
    long m_runsDone = 0;
    int m_epochsPerFrame = 1;
};

} // namespace loopwise
