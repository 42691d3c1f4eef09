#pragma once
// Trains the network lab's network on its own thread, in short time slices, and hands the
// UI a snapshot of what there is to see at most ~60 times a second.

#include "LabColours.h"
#include "LabWorker.h"

#include "loopwise/engine/trainer.h"

#include <QElapsedTimer>
#include <QImage>

#include <memory>
#include <optional>
#include <vector>

namespace loopwise {

enum class NetworkStop { None, EpochLimit, TargetLoss, Diverged, RunFinished };

struct NetworkSnapshot
{
    long generation = 0; // the configuration it belongs to
    long epoch = 0;
    bool running = false;
    NetworkStop stop = NetworkStop::None;
    long runsDone = 0; // runEpochs() calls ended so far (finished, stopped or cancelled)
    engine::Metrics train;
    engine::Metrics test;
    QImage boundary; // the output over the data extent, painted
    std::vector<QImage> neurons; // every neuron's output (features first), painted
    // Per layer: weights (units x inputs) and biases.
    std::vector<engine::RowMajorMatrix> weights;
    std::vector<Eigen::VectorXf> biases;
    double epochsPerSecond = 0; // while playing, over the last second or so
};

class NetworkWorker : public LabWorker
{
    Q_OBJECT

public:
    struct Job
    {
        engine::Dataset data;
        engine::TrainerConfig config;
        bool keepWeights = false; // take the current weights over when the shape allows
        long generation = 0;
    };
    struct View
    {
        int gridSide = 100; // boundary cells per side
        int thumbSide = 24; // neuron thumbnail cells per side
        bool discretize = false;
    };
    struct Stops
    {
        long epochLimit = 0; // 0: none
        double targetLoss = 0; // test loss; 0: none
    };

    explicit NetworkWorker(QObject *parent = nullptr);

    // All of these run on the worker's thread (call them through QMetaObject::invokeMethod).
    // A configuration the engine refuses is reported by failed() and leaves the old one.
    void configure(Job job);
    void setView(View view);
    void setStops(Stops stops);
    void play();
    void pause();
    void stepEpoch();
    // Trains `epochs` more at full speed, then stops with RunFinished.
    void runEpochs(long epochs);
    // Fresh weights; snapshots from then on belong to `generation`.
    void resetWeights(long generation);
    void setWeight(int layer, int unit, int input, float value);
    void setBias(int layer, int unit, float value);

Q_SIGNALS:
    void snapshotReady(std::shared_ptr<const NetworkSnapshot> snapshot);

protected:
    bool trainUnit() override; // one epoch
    void sendSnapshot() override { emitSnapshot(); }

private:
    void stop(NetworkStop reason);
    void endRun();
    // Checks the stop conditions after an epoch; true when training must stop.
    bool checkStops();
    void emitSnapshot();
    long epoch() const;

    std::optional<engine::Trainer> m_trainer;
    long m_generation = 0;
    long m_epochOffset = 0; // epochs of earlier trainers whose weights this one took over
    View m_view;
    Stops m_stops;
    long m_runUntil = -1; // runEpochs' target, or -1
    long m_runsDone = 0;
    NetworkStop m_stop = NetworkStop::None;
    QElapsedTimer m_rateClock;
    long m_rateEpochs = 0;
    double m_epochsPerSecond = 0;
    std::vector<float> m_grid;
    std::vector<float> m_neuronGrid;
};

} // namespace loopwise
