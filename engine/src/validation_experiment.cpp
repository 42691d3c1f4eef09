#include "loopwise/engine/validation_experiment.h"

#include "loopwise/engine/rng.h"

#include "named_enum.h"
#include "range_check.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <numeric>
#include <stdexcept>
#include <string>

namespace loopwise::engine::assumptions {

namespace {

// The label of a case from its signal features.
bool labelOf(const NoisySetConfig &c, const Eigen::Ref<const Eigen::VectorXd> &signal, Rng &rng)
{
    const double z = c.signalFeatures == 0 ? 0.0 : c.signal * signal.sum() / std::sqrt(c.signalFeatures);
    const bool label = z + rng.normal() > 0.0;
    return rng.uniform() < c.labelNoise ? !label : label;
}

// The training set: rows (one per copy of a case) and labels.
void drawCases(const NoisySetConfig &c, Eigen::MatrixXd &x, Eigen::VectorXd &y)
{
    Rng rng(c.seed, static_cast<std::uint64_t>(RngStream::Data));
    const int columns = c.signalFeatures + c.noiseFeatures, copies = c.copiesPerItem;
    x.resize(static_cast<Eigen::Index>(c.items) * copies, columns);
    y.resize(x.rows());
    Eigen::VectorXd item(columns);
    for (int i = 0; i < c.items; ++i) {
        for (int j = 0; j < columns; ++j)
            item[j] = rng.normal();
        const bool label = labelOf(c, item.head(c.signalFeatures), rng);
        for (int k = 0; k < copies; ++k) {
            const Eigen::Index row = static_cast<Eigen::Index>(i) * copies + k;
            for (int j = 0; j < columns; ++j)
                x(row, j) = item[j] + (copies > 1 ? c.copyJitter * rng.normal() : 0.0);
            y[row] = label ? 1.0 : 0.0;
        }
    }
}

// The fresh sample's streams: one for the signal features and labels, one per noise
// feature, so only the noise features a model uses need drawing (there may be thousands).
constexpr std::uint64_t kProductionStream = 100;
constexpr std::uint64_t kProductionNoiseStreams = 101;

void drawProductionSignal(const NoisySetConfig &c, int items, Eigen::MatrixXd &signal, Eigen::VectorXd &y)
{
    Rng rng(c.seed, kProductionStream);
    signal.resize(items, c.signalFeatures);
    y.resize(items);
    for (int i = 0; i < items; ++i) {
        for (int j = 0; j < c.signalFeatures; ++j)
            signal(i, j) = rng.normal();
        y[i] = labelOf(c, signal.row(i).transpose(), rng) ? 1.0 : 0.0;
    }
}

Eigen::VectorXd productionColumn(const NoisySetConfig &c, const Eigen::MatrixXd &signal, int column)
{
    if (column < c.signalFeatures)
        return signal.col(column);
    Rng rng(c.seed, kProductionNoiseStreams + static_cast<std::uint64_t>(column));
    Eigen::VectorXd out(signal.rows());
    for (Eigen::Index i = 0; i < out.size(); ++i)
        out[i] = rng.normal();
    return out;
}

void shuffle(std::vector<int> &v, Rng &rng)
{
    for (std::size_t i = v.size(); i > 1; --i)
        std::swap(v[i - 1], v[rng.below(i)]);
}

// The `count` columns with the largest |correlation| with the labels over `rows`, in
// column order (all columns when count is 0 or not smaller).
std::vector<int> selectFeatures(const Eigen::MatrixXd &x, const Eigen::VectorXd &y, const std::vector<int> &rows,
                                int count)
{
    std::vector<int> all(static_cast<std::size_t>(x.cols()));
    std::iota(all.begin(), all.end(), 0);
    if (count == 0 || count >= x.cols())
        return all;
    const double n = static_cast<double>(rows.size());
    double meanY = 0.0;
    for (int r : rows)
        meanY += y[r];
    meanY /= n;
    std::vector<double> score(all.size());
    for (Eigen::Index j = 0; j < x.cols(); ++j) {
        double meanX = 0.0;
        for (int r : rows)
            meanX += x(r, j);
        meanX /= n;
        double sxy = 0.0, sxx = 0.0;
        for (int r : rows) {
            sxy += (x(r, j) - meanX) * (y[r] - meanY);
            sxx += (x(r, j) - meanX) * (x(r, j) - meanX);
        }
        score[static_cast<std::size_t>(j)] = sxx > 0.0 ? std::abs(sxy) / std::sqrt(sxx) : 0.0;
    }
    std::stable_sort(all.begin(), all.end(), [&](int a, int b) {
        return score[static_cast<std::size_t>(a)] > score[static_cast<std::size_t>(b)];
    });
    all.resize(static_cast<std::size_t>(count));
    std::sort(all.begin(), all.end());
    return all;
}

text::SparseRows rowsOf(const Eigen::MatrixXd &x, const std::vector<int> &rows, const std::vector<int> &columns)
{
    Eigen::MatrixXd dense(static_cast<Eigen::Index>(rows.size()), static_cast<Eigen::Index>(columns.size()));
    for (std::size_t i = 0; i < rows.size(); ++i)
        for (std::size_t j = 0; j < columns.size(); ++j)
            dense(static_cast<Eigen::Index>(i), static_cast<Eigen::Index>(j)) = x(rows[i], columns[j]);
    return dense.sparseView();
}

Eigen::VectorXd labelsOf(const Eigen::VectorXd &y, const std::vector<int> &rows)
{
    Eigen::VectorXd out(static_cast<Eigen::Index>(rows.size()));
    for (std::size_t i = 0; i < rows.size(); ++i)
        out[static_cast<Eigen::Index>(i)] = y[rows[i]];
    return out;
}

std::vector<int> range(int n)
{
    std::vector<int> v(static_cast<std::size_t>(n));
    std::iota(v.begin(), v.end(), 0);
    return v;
}

// The rows of the given cases.
std::vector<int> rowsOfCases(const std::vector<int> &cases, int copies)
{
    std::vector<int> rows;
    for (int item : cases)
        for (int k = 0; k < copies; ++k)
            rows.push_back(item * copies + k);
    std::sort(rows.begin(), rows.end());
    return rows;
}

} // namespace

namespace {
constexpr std::array<std::string_view, kValidationMethodCount> kMethodNames{
    "training-data", "held-out", "shared-near-duplicates", "selection-before-split", "correct-pipeline"};
} // namespace

std::string_view methodName(ValidationMethod method)
{
    return nameOf(kMethodNames, method);
}

std::optional<ValidationMethod> methodFromName(std::string_view name)
{
    return valueNamed<ValidationMethod>(kMethodNames, name);
}

void checkValidationConfig(const ValidationConfig &c)
{
    const NoisySetConfig &d = c.data;
    requireRange(d.items, 20, 2000, "validation items");
    requireRange(d.copiesPerItem, 1, 5, "validation copiesPerItem");
    requireRange(d.signalFeatures, 0, 50, "validation signalFeatures");
    requireRange(d.noiseFeatures, 0, 5000, "validation noiseFeatures");
    requireRange(d.signalFeatures + d.noiseFeatures, 1, 5050, "validation signalFeatures + noiseFeatures");
    requireRange(d.signal, 0.0, 5.0, "validation signal");
    requireRange(d.labelNoise, 0.0, 0.5, "validation labelNoise");
    requireRange(d.copyJitter, 0.0, 1.0, "validation copyJitter");
    requireRange(c.selectedFeatures, 0, d.signalFeatures + d.noiseFeatures, "validation selectedFeatures");
    requireRange(c.heldOutShare, 0.1, 0.5, "validation heldOutShare");
    requireRange(c.folds, 2, 10, "validation folds");
    requireRange(c.productionItems, 100, 20000, "validation productionItems");
    text::checkTrainConfig(c.training);
}

ValidationExperiment::ValidationExperiment(const ValidationConfig &config)
    : config_(config)
{
    checkValidationConfig(config);
    const NoisySetConfig &d = config.data;
    drawCases(d, x_, y_);
    drawProductionSignal(d, config.productionItems, productionSignal_, productionY_);

    const int copies = d.copiesPerItem;
    const int rows = static_cast<int>(x_.rows());
    Rng split(d.seed, static_cast<std::uint64_t>(RngStream::Split));
    const auto holdOut = [&](int units, int unitCopies) {
        std::vector<int> order = range(units);
        shuffle(order, split);
        const auto held = static_cast<std::size_t>(std::lround(config.heldOutShare * units));
        const std::vector<int> scoreUnits(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(held));
        const std::vector<int> fitUnits(order.begin() + static_cast<std::ptrdiff_t>(held), order.end());
        plans_.push_back({rowsOfCases(fitUnits, unitCopies), rowsOfCases(scoreUnits, unitCopies), false});
    };
    const auto crossValidate = [&](bool selectOnAllRows) {
        std::vector<int> order = range(d.items);
        shuffle(order, split);
        for (int fold = 0; fold < config.folds; ++fold) {
            std::vector<int> fitCases, scoreCases;
            for (std::size_t i = 0; i < order.size(); ++i)
                (static_cast<int>(i) % config.folds == fold ? scoreCases : fitCases).push_back(order[i]);
            plans_.push_back({rowsOfCases(fitCases, copies), rowsOfCases(scoreCases, copies), selectOnAllRows});
        }
    };
    switch (config.method) {
    case ValidationMethod::TrainingData:
        break; // the production model scores itself
    case ValidationMethod::HeldOut:
        holdOut(d.items, copies);
        break;
    case ValidationMethod::SharedNearDuplicates:
        holdOut(rows, 1);
        break;
    case ValidationMethod::SelectionBeforeSplit:
        crossValidate(true);
        break;
    case ValidationMethod::CorrectPipeline:
        crossValidate(false);
        break;
    }
    // The production model: all the data.
    const bool scoresItself = config.method == ValidationMethod::TrainingData;
    plans_.push_back({range(rows), scoresItself ? range(rows) : std::vector<int>{}, false});
}

void ValidationExperiment::trainNext()
{
    if (finished())
        return;
    const Plan &plan = plans_[static_cast<std::size_t>(trained_)];
    const std::vector<int> columns = selectFeatures(
        x_, y_, plan.selectOnAllRows ? range(static_cast<int>(x_.rows())) : plan.fitRows, config_.selectedFeatures);
    const text::LogisticModel model
        = text::trainLogistic(rowsOf(x_, plan.fitRows, columns), labelsOf(y_, plan.fitRows), config_.training);
    ++trained_;
    if (!plan.scoreRows.empty()) {
        const text::Confusion c
            = text::confusion(model.probabilities(rowsOf(x_, plan.scoreRows, columns)), labelsOf(y_, plan.scoreRows));
        scored_.push_back(c.total());
        correct_.push_back(c.truePositives + c.trueNegatives);
    }
    if (!finished())
        return;
    productionFeatures_ = columns;
    Eigen::MatrixXd production(productionY_.size(), static_cast<Eigen::Index>(columns.size()));
    for (std::size_t j = 0; j < columns.size(); ++j)
        production.col(static_cast<Eigen::Index>(j)) = productionColumn(config_.data, productionSignal_, columns[j]);
    productionAccuracy_ = text::accuracy(model.probabilities(production.sparseView()), productionY_);
}

ValidationResult ValidationExperiment::result() const
{
    ValidationResult r;
    int scored = 0, correct = 0;
    for (std::size_t i = 0; i < scored_.size(); ++i) {
        scored += scored_[i];
        correct += correct_[i];
        r.foldAccuracies.push_back(scored_[i] == 0 ? 0.0 : static_cast<double>(correct_[i]) / scored_[i]);
    }
    // Cross-validation pools the folds' examples.
    r.validationAccuracy = scored == 0 ? 0.0 : static_cast<double>(correct) / scored;
    r.productionAccuracy = productionAccuracy_;
    const double share = productionY_.mean();
    r.chance = std::max(share, 1.0 - share);
    r.selected = productionFeatures_;
    return r;
}

ValidationResult runValidation(const ValidationConfig &config)
{
    ValidationExperiment experiment(config);
    while (!experiment.finished())
        experiment.trainNext();
    return experiment.result();
}

} // namespace loopwise::engine::assumptions
