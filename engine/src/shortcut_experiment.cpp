#include "loopwise/engine/shortcut_experiment.h"

#include "loopwise/engine/rng.h"

#include "named_enum.h"
#include "range_check.h"

#include <algorithm>
#include <array>
#include <map>
#include <set>
#include <stdexcept>
#include <string>

namespace loopwise::engine::assumptions {

using tickets::Ticket;

namespace {

constexpr std::array<std::string_view, 3> kSplitNames{"random", "time", "writer"};
constexpr int kLargestWeights = 12;
constexpr int kImportanceRepeats = 5;

std::vector<Ticket> select(const std::vector<Ticket> &all, const std::vector<int> &ids)
{
    std::vector<Ticket> out;
    out.reserve(ids.size());
    for (int id : ids)
        out.push_back(all[static_cast<std::size_t>(id)]);
    return out;
}

void shuffle(std::vector<int> &v, Rng &rng)
{
    for (std::size_t i = v.size(); i > 1; --i)
        std::swap(v[i - 1], v[rng.below(i)]);
}

struct Split
{
    std::vector<int> training, validation;
    std::vector<std::string> validationWriters;
};

// The history (tickets before the history's end; ids are in time order) split as asked.
Split splitHistory(const std::vector<Ticket> &all, const ShortcutConfig &c)
{
    std::vector<int> history;
    for (const Ticket &t : all)
        if (t.day < c.historyEndDay)
            history.push_back(t.id);
    const auto validationCount
        = static_cast<std::size_t>(c.validationShare * static_cast<double>(history.size()) + 0.5);
    Rng rng(c.splitSeed, static_cast<std::uint64_t>(RngStream::Split));
    Split split;
    switch (c.split) {
    case SplitKind::Random:
        shuffle(history, rng);
        [[fallthrough]];
    case SplitKind::Time: // ids are in time order: the newest are last
        split.training.assign(history.begin(), history.end() - static_cast<std::ptrdiff_t>(validationCount));
        split.validation.assign(history.end() - static_cast<std::ptrdiff_t>(validationCount), history.end());
        break;
    case SplitKind::Writer: {
        std::map<std::string, int> ticketsOf;
        for (int id : history)
            ++ticketsOf[all[static_cast<std::size_t>(id)].writer];
        std::vector<std::string> names;
        for (const auto &[name, count] : ticketsOf)
            names.push_back(name);
        for (std::size_t i = names.size(); i > 1; --i)
            std::swap(names[i - 1], names[rng.below(i)]);
        // Agents join the validation side until it holds the share (always one agent at
        // least, and at least one agent stays on the training side).
        std::set<std::string> heldOut;
        std::size_t held = 0;
        for (std::size_t i = 0; i + 1 < names.size() && (heldOut.empty() || held < validationCount); ++i) {
            heldOut.insert(names[i]);
            held += static_cast<std::size_t>(ticketsOf[names[i]]);
        }
        for (int id : history)
            (heldOut.count(all[static_cast<std::size_t>(id)].writer) ? split.validation : split.training).push_back(id);
        split.validationWriters.assign(heldOut.begin(), heldOut.end());
        break;
    }
    }
    std::sort(split.training.begin(), split.training.end());
    std::sort(split.validation.begin(), split.validation.end());
    return split;
}

std::vector<Ticket> production(const std::vector<Ticket> &all, int historyEndDay)
{
    std::vector<Ticket> out;
    for (const Ticket &t : all)
        if (t.day >= historyEndDay)
            out.push_back(t);
    return tickets::asArrived(std::move(out));
}

} // namespace

std::string_view splitName(SplitKind split)
{
    return nameOf(kSplitNames, split);
}

std::optional<SplitKind> splitFromName(std::string_view name)
{
    return valueNamed<SplitKind>(kSplitNames, name);
}

void checkShortcutConfig(const ShortcutConfig &c)
{
    tickets::checkTicketConfig(c.tickets);
    text::checkTrainConfig(c.training);
    requireRange(c.historyEndDay, 30, tickets::kDaysPerYear - 30, "shortcut historyEndDay");
    requireRange(c.validationShare, 0.1, 0.5, "shortcut validationShare");
    if (!c.features.content && !c.features.style && !c.features.metadata && !c.features.afterTheFact)
        throw std::invalid_argument("the model needs at least one feature group");
}

namespace {
const ShortcutConfig &checked(const ShortcutConfig &c)
{
    checkShortcutConfig(c);
    return c;
}
} // namespace

ShortcutExperiment::ShortcutExperiment(const ShortcutConfig &config)
    : config_(checked(config))
    , tickets_(tickets::generateTickets(config.tickets))
    , features_([&] {
        Split split = splitHistory(tickets_, config_);
        trainingIds_ = std::move(split.training);
        validationIds_ = std::move(split.validation);
        validationWriters_ = std::move(split.validationWriters);
        return text::TicketFeatures(select(tickets_, trainingIds_), config_.features);
    }())
    , trainer_([&] {
        const std::vector<Ticket> training = select(tickets_, trainingIds_);
        const std::vector<Ticket> validation = select(tickets_, validationIds_);
        const std::vector<Ticket> later = production(tickets_, config_.historyEndDay);
        validationX_ = features_.encode(validation);
        validationY_ = text::urgentLabels(validation);
        productionX_ = features_.encode(later);
        productionY_ = text::urgentLabels(later);
        return text::LogisticTrainer(features_.encode(training), text::urgentLabels(training), config_.training);
    }())
{}

ShortcutResult ShortcutExperiment::result() const
{
    const text::LogisticModel &model = trainer_.model();
    ShortcutResult r;
    r.trainingAccuracy = text::accuracy(model.probabilities(trainer_.examples()), trainer_.labels());
    r.validationAccuracy = text::accuracy(model.probabilities(validationX_), validationY_);
    r.production = text::confusion(model.probabilities(productionX_), productionY_);
    r.productionAccuracy = r.production.accuracy();
    r.trainingCount = static_cast<int>(trainer_.labels().size());
    r.validationCount = static_cast<int>(validationY_.size());
    r.productionCount = static_cast<int>(productionY_.size());
    r.validationWriters = validationWriters_;
    r.largestWeights = text::largestWeights(model, features_, kLargestWeights);
    r.importance = text::permutationImportance(model, features_, validationX_, validationY_, kImportanceRepeats,
                                               config_.splitSeed);
    return r;
}

ShortcutResult runShortcut(const ShortcutConfig &config)
{
    ShortcutExperiment experiment(config);
    experiment.trainer().run();
    return experiment.result();
}

} // namespace loopwise::engine::assumptions
