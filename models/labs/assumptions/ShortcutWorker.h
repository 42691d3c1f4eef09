#pragma once
// Trains the urgent-tickets model of "Check the assumptions" on its own thread, a gradient
// step per unit, and sends the figures when it is done: accuracies, weights, importance,
// the production confusion matrix and a few tickets with what the model made of them.

#include "SteppedWorker.h"

#include "loopwise/engine/shortcut_experiment.h"

#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace loopwise {

// A ticket the learner can read, with the model's probability that it is urgent.
struct ShownTicket
{
    QString subject;
    QString body;
    QString writer;
    int day = 0;
    bool urgent = false;
    bool beforeChange = true; // logged by the night desk before the staffing change
    double probability = 0.0;
};

struct ShortcutSnapshot
{
    ExperimentProgress progress;
    double loss = 0.0; // the training loss before the last step
    // Once every step is done:
    std::optional<engine::assumptions::ShortcutResult> result;
    std::vector<ShownTicket> tickets;
};

class ShortcutWorker
    : public SteppedWorker<engine::assumptions::ShortcutExperiment, engine::assumptions::ShortcutConfig>
{
    Q_OBJECT

public:
    static constexpr int kTicketsPerSide = 3;

    using SteppedWorker::SteppedWorker;

Q_SIGNALS:
    void snapshotReady(std::shared_ptr<const ShortcutSnapshot> snapshot);

protected:
    void sendSnapshot() override;

private:
    std::vector<ShownTicket> shownTickets() const;
};

} // namespace loopwise
