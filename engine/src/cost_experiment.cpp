#include "loopwise/engine/cost_experiment.h"

#include "loopwise/engine/rng.h"

#include "named_enum.h"
#include "range_check.h"

#include <array>
#include <stdexcept>
#include <string>

namespace loopwise::engine::assumptions {

using tickets::Ticket;

namespace {

constexpr std::array<std::string_view, 3> kRepairNames{"none", "class-weights", "cost-threshold"};

struct Parts
{
    std::vector<Ticket> training, heldOut, test;
};

Parts splitTickets(const std::vector<Ticket> &all, const CostConfig &c)
{
    std::vector<std::size_t> order(all.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    Rng rng(c.splitSeed, static_cast<std::uint64_t>(RngStream::Split));
    for (std::size_t i = order.size(); i > 1; --i)
        std::swap(order[i - 1], order[rng.below(i)]);
    const auto trainingEnd = static_cast<std::size_t>(c.trainingShare * static_cast<double>(all.size()));
    const auto heldOutEnd = trainingEnd + static_cast<std::size_t>(c.heldOutShare * static_cast<double>(all.size()));
    Parts parts;
    for (std::size_t i = 0; i < order.size(); ++i)
        (i < trainingEnd ? parts.training : i < heldOutEnd ? parts.heldOut : parts.test).push_back(all[order[i]]);
    return parts;
}

ThresholdPoint pointAt(const Eigen::VectorXd &p, const Eigen::VectorXd &y, double threshold, const CostConfig &c)
{
    ThresholdPoint point;
    point.threshold = threshold;
    point.confusion = text::confusion(p, y, threshold);
    point.accuracy = point.confusion.accuracy();
    point.costPerTicket = point.confusion.costPerExample(c.missCost, c.falseAlarmCost);
    return point;
}

const CostConfig &checked(const CostConfig &c)
{
    checkCostConfig(c);
    return c;
}

} // namespace

std::string_view repairName(CostRepair repair)
{
    return nameOf(kRepairNames, repair);
}

std::optional<CostRepair> repairFromName(std::string_view name)
{
    return valueNamed<CostRepair>(kRepairNames, name);
}

tickets::TicketConfig triageTickets()
{
    tickets::TicketConfig config;
    config.count = 6000;
    config.urgentShare = 0.08;
    config.staffingChangeDay = 0;
    config.quietUrgentShare = 0.25;
    config.alarmingNormalShare = 0.1;
    return config;
}

void checkCostConfig(const CostConfig &c)
{
    tickets::checkTicketConfig(c.tickets);
    text::checkTrainConfig(c.training);
    requireRange(c.missCost, 0.01, 1000.0, "cost experiment missCost");
    requireRange(c.falseAlarmCost, 0.01, 1000.0, "cost experiment falseAlarmCost");
    requireRange(c.trainingShare, 0.2, 0.7, "cost experiment trainingShare");
    requireRange(c.heldOutShare, 0.1, 0.4, "cost experiment heldOutShare");
    requireRange(c.curvePoints, 9, 999, "cost experiment curvePoints");
    if (!c.features.content && !c.features.style && !c.features.metadata && !c.features.afterTheFact)
        throw std::invalid_argument("the model needs at least one feature group");
}

CostExperiment::CostExperiment(const CostConfig &config)
    : config_(checked(config))
    , tickets_(tickets::generateTickets(config.tickets))
    , features_(splitTickets(tickets_, config_).training, config_.features)
    , trainer_([&] {
        const Parts parts = splitTickets(tickets_, config_);
        heldOutX_ = features_.encode(parts.heldOut);
        heldOutY_ = text::urgentLabels(parts.heldOut);
        testX_ = features_.encode(parts.test);
        testY_ = text::urgentLabels(parts.test);
        text::TrainConfig training = config_.training;
        if (config_.repair == CostRepair::ClassWeights)
            training.positiveWeight = config_.missCost / config_.falseAlarmCost;
        return text::LogisticTrainer(features_.encode(parts.training), text::urgentLabels(parts.training), training);
    }())
{}

CostResult CostExperiment::result() const
{
    const text::LogisticModel &model = trainer_.model();
    const Eigen::VectorXd heldOut = model.probabilities(heldOutX_);
    CostResult r;
    for (int i = 1; i <= config_.curvePoints; ++i)
        r.curve.push_back(pointAt(heldOut, heldOutY_, static_cast<double>(i) / (config_.curvePoints + 1), config_));
    r.chosen = pointAt(heldOut, heldOutY_, 0.5, config_);
    if (config_.repair == CostRepair::CostThreshold)
        for (const ThresholdPoint &point : r.curve)
            if (point.costPerTicket < r.chosen.costPerTicket)
                r.chosen = point; // 0.5 on a tie
    r.test = pointAt(model.probabilities(testX_), testY_, r.chosen.threshold, config_);
    r.allNormal = pointAt(Eigen::VectorXd::Zero(testY_.size()), testY_, 1.0, config_);
    r.costImpliedThreshold = config_.falseAlarmCost / (config_.missCost + config_.falseAlarmCost);
    return r;
}

CostResult runCost(const CostConfig &config)
{
    CostExperiment experiment(config);
    experiment.trainer().run();
    return experiment.result();
}

} // namespace loopwise::engine::assumptions
