#pragma once
// "Check the assumptions", experiment 1: the urgent tickets. A text model trained on the
// ticket history looks brilliant on a random validation split and falls apart in
// production, after the staffing change, because it learned the night desk's writing
// style. The learner can drop the style features, add a field known only after the fact
// (leakage), or validate on the newest tickets or on agents the model never saw.
//
// History: the tickets before historyEndDay, with their outcomes known; it is split into
// training and validation. Production: the tickets from historyEndDay on, as they arrive
// (outcome not yet known). Deterministic for the config.

#include "loopwise/engine/text_model.h"
#include "loopwise/engine/tickets.h"

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace loopwise::engine::assumptions {

enum class SplitKind {
    Random, // a random share of the history
    Time, // the newest share of the history
    Writer, // the tickets of agents picked at random, about that share
};
// random, time, writer.
std::string_view splitName(SplitKind split);
std::optional<SplitKind> splitFromName(std::string_view name);

struct ShortcutConfig
{
    tickets::TicketConfig tickets;
    // The history ends 20 days after the staffing change (day 91): the newest share of it
    // is from after the change, as production will be.
    int historyEndDay = 111;
    SplitKind split = SplitKind::Random;
    double validationShare = 0.15; // 0.1 .. 0.5
    text::FeatureChoice features;
    text::TrainConfig training;
    std::uint64_t splitSeed = 1; // the random split, the writers held out, the importance
    friend bool operator==(const ShortcutConfig &, const ShortcutConfig &) = default;
};

// Throws std::invalid_argument naming the field and its allowed range.
void checkShortcutConfig(const ShortcutConfig &config);

struct ShortcutResult
{
    double trainingAccuracy = 0.0;
    double validationAccuracy = 0.0;
    double productionAccuracy = 0.0;
    int trainingCount = 0, validationCount = 0, productionCount = 0;
    text::Confusion production; // at 0.5, urgent = positive
    std::vector<std::string> validationWriters; // Writer split: the agents held out
    std::vector<text::NamedWeight> largestWeights; // the 12 largest
    std::vector<text::GroupImportance> importance; // on the validation tickets
};

class ShortcutExperiment
{
public:
    explicit ShortcutExperiment(const ShortcutConfig &config);

    const ShortcutConfig &config() const { return config_; }
    // All tickets of the year (for reading), and which of them the model trains on.
    const std::vector<tickets::Ticket> &tickets() const { return tickets_; }
    const std::vector<int> &trainingIds() const { return trainingIds_; }
    const std::vector<int> &validationIds() const { return validationIds_; }
    const text::TicketFeatures &features() const { return features_; }

    // Step it or run it; result() reads the model as it is.
    text::LogisticTrainer &trainer() { return trainer_; }
    ShortcutResult result() const;

private:
    ShortcutConfig config_;
    std::vector<tickets::Ticket> tickets_;
    std::vector<int> trainingIds_, validationIds_;
    std::vector<std::string> validationWriters_;
    text::TicketFeatures features_;
    text::SparseRows validationX_, productionX_; // filled with the trainer
    Eigen::VectorXd validationY_, productionY_;
    text::LogisticTrainer trainer_; // holds the training tickets' features
};

// Trains to the end and returns the figures.
ShortcutResult runShortcut(const ShortcutConfig &config);

} // namespace loopwise::engine::assumptions
