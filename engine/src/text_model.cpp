#include "loopwise/engine/text_model.h"

#include "loopwise/engine/rng.h"

#include "range_check.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <map>
#include <numeric>
#include <stdexcept>

namespace loopwise::engine::text {

using tickets::Ticket;

namespace {

constexpr double kAdamBeta1 = 0.9;
constexpr double kAdamBeta2 = 0.999;
constexpr double kAdamEpsilon = 1e-8;
constexpr double kHoursInADay = 24.0;

const char *const kCapitalsFeature = "[subject in capitals]";
const char *const kBulletFeature = "[bullet list]";
const char *const kEllipsisFeature = "[ellipsis]";
const char *const kEscalatedFeature = "escalated";
const char *const kResolvedFeature = "resolved within a day";

bool subjectInCapitals(const Ticket &t)
{
    bool anyLetter = false;
    for (char c : t.subject) {
        if (c >= 'a' && c <= 'z')
            return false;
        anyLetter = anyLetter || (c >= 'A' && c <= 'Z');
    }
    return anyLetter;
}
bool hasBulletList(const Ticket &t)
{
    return t.body.rfind("* ", 0) == 0 || t.body.find("\n* ") != std::string::npos;
}
bool hasEllipsis(const Ticket &t)
{
    return t.body.find("..") != std::string::npos;
}

// The words of a ticket's subject and body (with repeats), as views into `buffer`.
std::vector<std::string_view> ticketWords(const Ticket &t, std::string &buffer)
{
    std::string text;
    text.reserve(t.subject.size() + 1 + t.body.size());
    text.append(t.subject).append("\n").append(t.body);
    return tickets::wordViews(text, buffer);
}

double logLoss(double z, double y)
{
    // log(1 + e^z) - y z, finite for large |z|.
    return (z > 0 ? z + std::log1p(std::exp(-z)) : std::log1p(std::exp(z))) - y * z;
}

} // namespace

std::string_view groupName(FeatureGroup group)
{
    switch (group) {
    case FeatureGroup::Content:
        return "content";
    case FeatureGroup::Style:
        return "style";
    case FeatureGroup::Metadata:
        return "metadata";
    case FeatureGroup::AfterTheFact:
        return "after-the-fact";
    }
    return "";
}

TicketFeatures::TicketFeatures(const std::vector<Ticket> &training, const FeatureChoice &choice)
    : choice_(choice)
{
    const std::vector<std::string> &style = tickets::styleWords();
    // How many training tickets have each word; the vocabulary in alphabetical order.
    std::unordered_map<std::string_view, int> documentCounts;
    std::vector<std::string> buffers(training.size());
    for (std::size_t i = 0; i < training.size(); ++i) {
        std::vector<std::string_view> ws = ticketWords(training[i], buffers[i]);
        std::sort(ws.begin(), ws.end());
        ws.erase(std::unique(ws.begin(), ws.end()), ws.end());
        for (std::string_view w : ws)
            ++documentCounts[w];
    }
    std::vector<std::string_view> vocabulary;
    for (const auto &[word, count] : documentCounts)
        if (count >= choice.minCount)
            vocabulary.push_back(word);
    std::sort(vocabulary.begin(), vocabulary.end());
    for (std::string_view word : vocabulary) {
        const bool isStyle = std::binary_search(style.begin(), style.end(), word);
        if (isStyle ? choice.style : choice.content)
            add(std::string(word), isStyle ? FeatureGroup::Style : FeatureGroup::Content);
    }
    if (choice.style)
        for (const char *name : {kCapitalsFeature, kBulletFeature, kEllipsisFeature})
            add(name, FeatureGroup::Style);
    if (choice.metadata) {
        for (int a = 0; a < tickets::kAreaCount; ++a)
            add("area=" + std::string(tickets::areaName(static_cast<tickets::Area>(a))), FeatureGroup::Metadata);
        for (int p = 0; p < tickets::kPlanCount; ++p)
            add("plan=" + std::string(tickets::planName(static_cast<tickets::Plan>(p))), FeatureGroup::Metadata);
        for (int c = 0; c < tickets::kChannelCount; ++c)
            add("channel=" + std::string(tickets::channelName(static_cast<tickets::Channel>(c))),
                FeatureGroup::Metadata);
    }
    if (choice.afterTheFact) {
        add(kEscalatedFeature, FeatureGroup::AfterTheFact);
        add(kResolvedFeature, FeatureGroup::AfterTheFact);
    }
}

void TicketFeatures::add(std::string name, FeatureGroup group)
{
    index_.emplace(name, size());
    names_.push_back(std::move(name));
    groups_.push_back(group);
}

int TicketFeatures::indexOf(std::string_view name) const
{
    const auto it = index_.find(name);
    return it == index_.end() ? -1 : it->second;
}

SparseRows TicketFeatures::encode(const std::vector<Ticket> &tickets) const
{
    std::vector<Eigen::Triplet<double>> entries;
    std::string buffer;
    std::vector<int> columns;
    const auto column
        = [&](std::string_view prefix, std::string_view value) { return indexOf(std::string(prefix).append(value)); };
    // The metadata's columns, by value (-1 without metadata).
    std::array<int, tickets::kAreaCount> areaColumns;
    std::array<int, tickets::kPlanCount> planColumns;
    std::array<int, tickets::kChannelCount> channelColumns;
    for (int a = 0; a < tickets::kAreaCount; ++a)
        areaColumns[a] = column("area=", tickets::areaName(static_cast<tickets::Area>(a)));
    for (int p = 0; p < tickets::kPlanCount; ++p)
        planColumns[p] = column("plan=", tickets::planName(static_cast<tickets::Plan>(p)));
    for (int c = 0; c < tickets::kChannelCount; ++c)
        channelColumns[c] = column("channel=", tickets::channelName(static_cast<tickets::Channel>(c)));
    const int capitals = indexOf(kCapitalsFeature), bullets = indexOf(kBulletFeature),
              ellipsis = indexOf(kEllipsisFeature), escalated = indexOf(kEscalatedFeature),
              resolved = indexOf(kResolvedFeature);

    for (std::size_t row = 0; row < tickets.size(); ++row) {
        const Ticket &t = tickets[row];
        const int r = static_cast<int>(row);
        const auto put = [&](int col, double value) {
            if (col >= 0 && value != 0.0)
                entries.emplace_back(r, col, value);
        };
        columns.clear();
        for (std::string_view w : ticketWords(t, buffer)) // unknown words find no column
            if (const int col = indexOf(w); col >= 0)
                columns.push_back(col);
        std::sort(columns.begin(), columns.end());
        columns.erase(std::unique(columns.begin(), columns.end()), columns.end());
        for (int col : columns)
            put(col, 1.0);
        put(capitals, subjectInCapitals(t) ? 1.0 : 0.0);
        put(bullets, hasBulletList(t) ? 1.0 : 0.0);
        put(ellipsis, hasEllipsis(t) ? 1.0 : 0.0);
        put(areaColumns[static_cast<std::size_t>(t.area)], 1.0);
        put(planColumns[static_cast<std::size_t>(t.plan)], 1.0);
        put(channelColumns[static_cast<std::size_t>(t.channel)], 1.0);
        if (t.outcomeKnown) {
            put(escalated, t.escalated ? 1.0 : 0.0);
            put(resolved, t.hoursToResolve < kHoursInADay ? 1.0 : 0.0);
        }
    }
    SparseRows x(static_cast<Eigen::Index>(tickets.size()), size());
    x.setFromTriplets(entries.begin(), entries.end());
    return x;
}

Eigen::VectorXd urgentLabels(const std::vector<Ticket> &tickets)
{
    Eigen::VectorXd y(static_cast<Eigen::Index>(tickets.size()));
    for (std::size_t i = 0; i < tickets.size(); ++i)
        y[static_cast<Eigen::Index>(i)] = tickets[i].urgent ? 1.0 : 0.0;
    return y;
}

Eigen::VectorXd LogisticModel::probabilities(const SparseRows &x) const
{
    const Eigen::VectorXd z = (x * weights).array() + bias;
    return z.unaryExpr([](double v) { return 1.0 / (1.0 + std::exp(-v)); });
}

void checkTrainConfig(const TrainConfig &c)
{
    requireRange(c.learningRate, 1e-5, 10.0, "training learningRate");
    requireRange(c.l2, 0.0, 10.0, "training l2");
    requireRange(c.steps, 1, 100000, "training steps");
    requireRange(c.positiveWeight, 1e-3, 1e3, "training positiveWeight");
    requireRange(c.negativeWeight, 1e-3, 1e3, "training negativeWeight");
}

LogisticTrainer::LogisticTrainer(SparseRows x, Eigen::VectorXd y, const TrainConfig &config)
    : x_(std::move(x))
    , y_(std::move(y))
    , config_(config)
    , lastLoss_(std::numeric_limits<double>::quiet_NaN())
{
    checkTrainConfig(config);
    if (x_.rows() != y_.size() || x_.rows() == 0)
        throw std::invalid_argument("training needs as many labels as examples, and at least one");
    x_.makeCompressed();
    exampleWeights_
        = y_.unaryExpr([&](double label) { return label > 0.5 ? config.positiveWeight : config.negativeWeight; });
    model_.weights = Eigen::VectorXd::Zero(x_.cols());
    gradient_ = m_ = v_ = Eigen::VectorXd::Zero(x_.cols() + 1);
}

void LogisticTrainer::step()
{
    if (finished())
        return;
    const Eigen::Index d = x_.cols();
    const double n = static_cast<double>(x_.rows());
    const Eigen::VectorXd z = (x_ * model_.weights).array() + model_.bias;
    double loss = 0.0;
    Eigen::VectorXd residual(z.size()); // weighted d loss / d z, times n
    for (Eigen::Index i = 0; i < z.size(); ++i) {
        loss += exampleWeights_[i] * logLoss(z[i], y_[i]);
        residual[i] = exampleWeights_[i] * (1.0 / (1.0 + std::exp(-z[i])) - y_[i]);
    }
    lastLoss_ = loss / n + 0.5 * config_.l2 * model_.weights.squaredNorm();
    gradient_.head(d) = (x_.transpose() * residual) / n + config_.l2 * model_.weights;
    gradient_[d] = residual.sum() / n;

    ++steps_;
    m_ = kAdamBeta1 * m_ + (1.0 - kAdamBeta1) * gradient_;
    v_ = kAdamBeta2 * v_ + (1.0 - kAdamBeta2) * gradient_.cwiseProduct(gradient_);
    const double c1 = 1.0 - std::pow(kAdamBeta1, steps_), c2 = 1.0 - std::pow(kAdamBeta2, steps_);
    const Eigen::VectorXd update
        = -config_.learningRate * (m_ / c1).array() / ((v_ / c2).array().sqrt() + kAdamEpsilon);
    model_.weights += update.head(d);
    model_.bias += update[d];
}

bool LogisticTrainer::run(const std::function<bool(const TrainProgress &)> &callback, int every,
                          const std::atomic<bool> *stop)
{
    while (!finished()) {
        if (stop && stop->load(std::memory_order_relaxed))
            return false;
        step();
        if (callback && every > 0 && (steps_ % every == 0 || finished())
            && !callback({steps_, config_.steps, lastLoss_}))
            return finished();
    }
    return true;
}

LogisticModel trainLogistic(SparseRows x, Eigen::VectorXd y, const TrainConfig &config)
{
    LogisticTrainer trainer(std::move(x), std::move(y), config);
    trainer.run();
    return trainer.model();
}

double Confusion::accuracy() const
{
    return total() == 0 ? 0.0 : static_cast<double>(truePositives + trueNegatives) / total();
}

double Confusion::costPerExample(double missCost, double falseAlarmCost) const
{
    return total() == 0 ? 0.0 : (missCost * falseNegatives + falseAlarmCost * falsePositives) / total();
}

Confusion confusion(const Eigen::VectorXd &probabilities, const Eigen::VectorXd &labels, double threshold)
{
    Confusion c;
    for (Eigen::Index i = 0; i < labels.size(); ++i) {
        const bool flagged = probabilities[i] >= threshold, urgent = labels[i] > 0.5;
        if (urgent)
            ++(flagged ? c.truePositives : c.falseNegatives);
        else
            ++(flagged ? c.falsePositives : c.trueNegatives);
    }
    return c;
}

double accuracy(const Eigen::VectorXd &probabilities, const Eigen::VectorXd &labels)
{
    return confusion(probabilities, labels).accuracy();
}

std::vector<NamedWeight> largestWeights(const LogisticModel &model, const TicketFeatures &features, int count)
{
    std::vector<int> order(static_cast<std::size_t>(features.size()));
    std::iota(order.begin(), order.end(), 0);
    const auto size = [&](int i) { return std::abs(model.weights[i]); };
    const std::size_t kept = std::min(order.size(), static_cast<std::size_t>(std::max(count, 0)));
    std::partial_sort(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(kept), order.end(),
                      [&](int a, int b) { return size(a) != size(b) ? size(a) > size(b) : a < b; });
    std::vector<NamedWeight> out;
    for (std::size_t k = 0; k < kept; ++k)
        out.push_back({features.name(order[k]), features.group(order[k]), model.weights[order[k]]});
    return out;
}

std::vector<GroupImportance> permutationImportance(const LogisticModel &model, const TicketFeatures &features,
                                                   const SparseRows &x, const Eigen::VectorXd &y, int repeats,
                                                   std::uint64_t seed)
{
    const double base = accuracy(model.probabilities(x), y);
    Rng rng(seed, static_cast<std::uint64_t>(RngStream::Shuffle));
    std::vector<GroupImportance> out;
    for (int g = 0; g < kFeatureGroupCount; ++g) {
        const auto group = static_cast<FeatureGroup>(g);
        GroupImportance importance{group};
        for (int f = 0; f < features.size(); ++f)
            importance.features += features.group(f) == group;
        if (importance.features == 0)
            continue;
        double drop = 0.0;
        for (int r = 0; r < repeats; ++r) {
            std::vector<Eigen::Index> order(static_cast<std::size_t>(x.rows()));
            std::iota(order.begin(), order.end(), Eigen::Index{0});
            for (std::size_t i = order.size(); i > 1; --i)
                std::swap(order[i - 1], order[rng.below(i)]);
            // Row i keeps its own features outside the group and takes row order[i]'s inside.
            std::vector<Eigen::Triplet<double>> entries;
            for (Eigen::Index row = 0; row < x.rows(); ++row) {
                for (SparseRows::InnerIterator it(x, row); it; ++it)
                    if (features.group(static_cast<int>(it.col())) != group)
                        entries.emplace_back(row, it.col(), it.value());
                for (SparseRows::InnerIterator it(x, order[static_cast<std::size_t>(row)]); it; ++it)
                    if (features.group(static_cast<int>(it.col())) == group)
                        entries.emplace_back(row, it.col(), it.value());
            }
            SparseRows shuffled(x.rows(), x.cols());
            shuffled.setFromTriplets(entries.begin(), entries.end());
            drop += base - accuracy(model.probabilities(shuffled), y);
        }
        importance.accuracyDrop = drop / std::max(repeats, 1);
        out.push_back(importance);
    }
    return out;
}

} // namespace loopwise::engine::text
