#pragma once
// "Check the assumptions", experiment 3: loss matches the decision. Triage of tickets where
// few are urgent and missing one costs far more than a false alarm (the learner sets both
// costs). Trained with the plain loss and flagged at p >= 0.5 the model is accurate, barely
// more than calling every ticket normal, and expensive. Two repairs: class weights in the
// loss (an urgent ticket counts missCost / falseAlarmCost times), or the plain model's
// probabilities with the threshold chosen by cost on held-out tickets.
//
// The tickets (from the shared generator, without the night-desk period) are split into
// training, held-out (the cost curve and the threshold choice) and test (the figures
// reported) by a seeded shuffle. Deterministic for the config.

#include "loopwise/engine/text_model.h"
#include "loopwise/engine/tickets.h"

#include <optional>
#include <string_view>
#include <vector>

namespace loopwise::engine::assumptions {

enum class CostRepair {
    None, // plain loss, threshold 0.5
    ClassWeights, // the loss weighs urgent tickets by missCost / falseAlarmCost, threshold 0.5
    CostThreshold, // plain loss, the threshold of least cost on the held-out tickets
};
// none, class-weights, cost-threshold.
std::string_view repairName(CostRepair repair);
std::optional<CostRepair> repairFromName(std::string_view name);

// The default tickets: 8 % urgent, no night-desk period.
tickets::TicketConfig triageTickets();

struct CostConfig
{
    tickets::TicketConfig tickets = triageTickets();
    double missCost = 20.0; // an urgent ticket left as normal, 0.01 .. 1000
    double falseAlarmCost = 1.0; // a normal ticket flagged as urgent, 0.01 .. 1000
    CostRepair repair = CostRepair::None;
    double trainingShare = 0.5; // of the tickets; 0.2 .. 0.7
    double heldOutShare = 0.25; // 0.1 .. 0.4; the rest is the test set
    text::FeatureChoice features{true, false, true, false, 3}; // content and metadata
    text::TrainConfig training;
    int curvePoints = 99; // thresholds 1/(n+1) .. n/(n+1), 9 .. 999
    std::uint64_t splitSeed = 1;
    friend bool operator==(const CostConfig &, const CostConfig &) = default;
};

// Throws std::invalid_argument naming the field and its allowed range.
void checkCostConfig(const CostConfig &config);

struct ThresholdPoint
{
    double threshold = 0.5; // flag a ticket when p(urgent) >= threshold
    text::Confusion confusion;
    double accuracy = 0.0;
    double costPerTicket = 0.0;
};

struct CostResult
{
    std::vector<ThresholdPoint> curve; // on the held-out tickets, thresholds rising
    ThresholdPoint chosen; // the threshold used, on the held-out tickets
    ThresholdPoint test; // that threshold on the test tickets
    ThresholdPoint allNormal; // calling every test ticket normal
    // The threshold the costs imply for well-calibrated probabilities:
    // falseAlarmCost / (missCost + falseAlarmCost).
    double costImpliedThreshold = 0.0;
};

class CostExperiment
{
public:
    explicit CostExperiment(const CostConfig &config);

    const CostConfig &config() const { return config_; }
    const std::vector<tickets::Ticket> &tickets() const { return tickets_; }
    // Step it or run it; result() reads the model as it is.
    text::LogisticTrainer &trainer() { return trainer_; }
    CostResult result() const;

private:
    CostConfig config_;
    std::vector<tickets::Ticket> tickets_;
    text::TicketFeatures features_;
    text::SparseRows heldOutX_, testX_; // filled with the trainer
    Eigen::VectorXd heldOutY_, testY_;
    text::LogisticTrainer trainer_;
};

CostResult runCost(const CostConfig &config);

} // namespace loopwise::engine::assumptions
