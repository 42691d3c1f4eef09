#pragma once
// A text classifier the learner can look inside: logistic regression over the words of a
// ticket (a vocabulary fitted on the training tickets) and a few metadata fields, trained
// by full-batch gradient steps (Adam) with L2, with its largest weights by name and the
// permutation importance of each feature group (content words, style, metadata, fields
// known only after the fact).
//
// The trainer is driven in short steps (step()) or in one call (run(), with a progress
// callback and a stop flag), as a lab's worker needs. Deterministic: no randomness in
// training; permutation importance takes a seed.

#include "loopwise/engine/tickets.h"

#include <Eigen/Core>
#include <Eigen/SparseCore>

#include <atomic>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace loopwise::engine::text {

// One row per example, one column per feature.
using SparseRows = Eigen::SparseMatrix<double, Eigen::RowMajor>;

enum class FeatureGroup { Content, Style, Metadata, AfterTheFact };
inline constexpr int kFeatureGroupCount = 4;

// content, style, metadata, after-the-fact.
std::string_view groupName(FeatureGroup group);

// Which groups the model sees.
struct FeatureChoice
{
    bool content = true; // words of the problem
    bool style = true; // greeting and sign-off words, the agents' names, formatting
    bool metadata = true; // area, plan, channel
    bool afterTheFact = false; // escalated, resolved within a day (leakage from the future)
    int minCount = 3; // a word enters the vocabulary if this many training tickets have it
    friend bool operator==(const FeatureChoice &, const FeatureChoice &) = default;
};

// The features of tickets. Words are present (1) or not (0); a word is in the style group
// if the generator uses it only for style (tickets::styleWords()). Formatting features:
// "[subject in capitals]", "[bullet list]", "[ellipsis]". Metadata: "area=login", ...,
// "plan=free", ..., "channel=email", .... After the fact: "escalated", "resolved within a
// day"; both 0 on a ticket whose outcome is not yet known, as a pipeline fills a field it
// does not have yet.
class TicketFeatures
{
public:
    TicketFeatures(const std::vector<tickets::Ticket> &training, const FeatureChoice &choice);

    int size() const { return static_cast<int>(names_.size()); }
    const std::string &name(int feature) const { return names_[static_cast<std::size_t>(feature)]; }
    FeatureGroup group(int feature) const { return groups_[static_cast<std::size_t>(feature)]; }
    const FeatureChoice &choice() const { return choice_; }

    SparseRows encode(const std::vector<tickets::Ticket> &tickets) const;

private:
    void add(std::string name, FeatureGroup group);
    int indexOf(std::string_view name) const; // -1 when the model has no such feature

    // Finds a std::string key by a std::string_view without a copy.
    struct NameHash
    {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
    };

    FeatureChoice choice_;
    std::vector<std::string> names_;
    std::vector<FeatureGroup> groups_;
    std::unordered_map<std::string, int, NameHash, std::equal_to<>> index_;
};

// The labels of tickets: 1 urgent, 0 normal.
Eigen::VectorXd urgentLabels(const std::vector<tickets::Ticket> &tickets);

// p(1) = sigmoid(weights . x + bias).
struct LogisticModel
{
    Eigen::VectorXd weights;
    double bias = 0.0;
    Eigen::VectorXd probabilities(const SparseRows &x) const;
};

struct TrainConfig
{
    double learningRate = 0.1; // Adam's step size
    double l2 = 1e-3; // penalty l2 / 2 * |weights|^2 (not the bias)
    int steps = 300; // full-batch steps
    // Loss weights of the classes (class weights in the loss): an example of class 1 counts
    // positiveWeight times, of class 0 negativeWeight times.
    double positiveWeight = 1.0;
    double negativeWeight = 1.0;
    friend bool operator==(const TrainConfig &, const TrainConfig &) = default;
};

// Throws std::invalid_argument naming the field and its allowed range.
void checkTrainConfig(const TrainConfig &config);

struct TrainProgress
{
    int step = 0; // steps done
    int steps = 0; // steps in all
    double loss = 0.0; // the training loss before the last step
};

// Weighted mean binary cross-entropy plus the L2 penalty, minimised by Adam.
class LogisticTrainer
{
public:
    LogisticTrainer(SparseRows x, Eigen::VectorXd y, const TrainConfig &config);

    void step(); // one full-batch step; nothing once finished()
    // Trains until finished(), the stop flag is set or the callback (every `every` steps,
    // 0: never) returns false. Returns true when finished.
    bool run(const std::function<bool(const TrainProgress &)> &callback = {}, int every = 0,
             const std::atomic<bool> *stop = nullptr);

    int stepsDone() const { return steps_; }
    bool finished() const { return steps_ >= config_.steps; }
    double lastLoss() const { return lastLoss_; } // before the last step (NaN before any)
    const LogisticModel &model() const { return model_; }
    const TrainConfig &config() const { return config_; }
    const SparseRows &examples() const { return x_; }
    const Eigen::VectorXd &labels() const { return y_; }

private:
    SparseRows x_;
    Eigen::VectorXd y_, exampleWeights_;
    TrainConfig config_;
    LogisticModel model_;
    Eigen::VectorXd gradient_, m_, v_; // weights then bias
    int steps_ = 0;
    double lastLoss_;
};

// Trains to the end in one call.
LogisticModel trainLogistic(SparseRows x, Eigen::VectorXd y, const TrainConfig &config);

// Counts of a yes/no decision against the truth (urgent = positive).
struct Confusion
{
    int truePositives = 0; // urgent, flagged
    int falseNegatives = 0; // urgent, missed
    int falsePositives = 0; // normal, flagged (false alarm)
    int trueNegatives = 0; // normal, left
    int total() const { return truePositives + falseNegatives + falsePositives + trueNegatives; }
    double accuracy() const;
    // Mean cost per example of the misses and false alarms.
    double costPerExample(double missCost, double falseAlarmCost) const;
    friend bool operator==(const Confusion &, const Confusion &) = default;
};

// Flags an example when its probability is at least `threshold`.
Confusion confusion(const Eigen::VectorXd &probabilities, const Eigen::VectorXd &labels, double threshold = 0.5);
double accuracy(const Eigen::VectorXd &probabilities, const Eigen::VectorXd &labels);

struct NamedWeight
{
    std::string name;
    FeatureGroup group;
    double weight;
};
// The `count` weights of largest size, largest first.
std::vector<NamedWeight> largestWeights(const LogisticModel &model, const TicketFeatures &features, int count);

struct GroupImportance
{
    FeatureGroup group;
    int features = 0; // how many features the group has in the model
    double accuracyDrop = 0.0; // accuracy lost, 0..1, when the group's values are shuffled
};
// Permutation importance of each group the model has: the group's feature values are given
// to the examples in a shuffled order (the other features stay), the accuracy measured, and
// the drop averaged over `repeats` shuffles.
std::vector<GroupImportance> permutationImportance(const LogisticModel &model, const TicketFeatures &features,
                                                   const SparseRows &x, const Eigen::VectorXd &y, int repeats,
                                                   std::uint64_t seed);

} // namespace loopwise::engine::text
