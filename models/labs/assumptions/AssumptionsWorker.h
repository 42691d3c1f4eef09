#pragma once
// What the three workers of "Check the assumptions" share: an experiment has a fixed number
// of training units (the text model's gradient steps, or the validation models one by one);
// the worker trains them in short slices on its own thread, stops on pause, and counts the
// runs it was asked for. A derived worker says how to build, train and show its experiment.

#include "LabWorker.h"

#include <optional>
#include <stdexcept>

namespace loopwise {

// Where an experiment's training stands, as every snapshot carries it.
struct ExperimentProgress
{
    long generation = 0; // the configuration it belongs to
    long runsDone = 0; // runEpochs() calls ended so far
    bool running = false;
    int done = 0; // units trained
    int total = 1; // units in all
    bool finished() const { return done >= total; }
};

class AssumptionsWorker : public LabWorker
{
    Q_OBJECT

public:
    using LabWorker::LabWorker;

    // On the worker's thread (through WorkerThread::post):
    void play(); // to the end, or until pause()
    void pause();
    void stepUnit(); // one unit
    void runUnits(int units); // `units` more (at most to the end); one run in runsDone
    // Builds the experiment again from its configuration (training starts over).
    void reset(long generation);

protected:
    // Builds the experiment from the configuration the derived worker keeps; false (after
    // failed()) when the engine refuses it.
    virtual bool build() = 0;
    virtual bool built() const = 0;
    virtual int unitsDone() const = 0;
    virtual int unitsTotal() const = 0;
    virtual void trainOne() = 0;

    // Makes the engine's experiment from `config`; says why in failed() when it refuses.
    template<typename Experiment, typename Config>
    bool make(std::optional<Experiment> &experiment, const Config &config)
    {
        try {
            experiment.emplace(config);
        } catch (const std::invalid_argument &error) {
            experiment.reset();
            refuse(error);
            return false;
        }
        return true;
    }
    void refuse(const std::invalid_argument &error);

    // Sets the generation, stops training and builds; emits a snapshot when it worked.
    void rebuild(long generation);
    ExperimentProgress progress() const;

    bool trainUnit() override;

private:
    void stop();

    long m_generation = 0;
    long m_runsDone = 0;
    int m_runUntil = -1; // the unit a runUnits() call ends at, or -1
    bool m_countsAsRun = false; // the current run came from runUnits()
};

} // namespace loopwise
