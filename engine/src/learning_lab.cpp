#include "loopwise/engine/learning_lab.h"

#include "loopwise/engine/config_error.h"
#include "loopwise/engine/parameter_count.h"
#include "loopwise/engine/rng.h"
#include "loopwise/engine/simple_models.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <stdexcept>
#include <string>

namespace loopwise::engine::learning {

namespace {

constexpr int kMaxTerms = (kMaxDegree + 1) * (kMaxDegree + 2) / 2;
constexpr double kCurveNoiseScale = 0.5; // noise 1: standard deviation 0.5 on an amplitude of 1
constexpr float kClassesHalfWidth = 6.0f; // Playground's field, [-6, 6]^2
constexpr double kExplosion = 1e6; // a loss this many times the initial one diverged
constexpr double kInitialSpread = 0.1; // standard deviation of the initial parameters
constexpr double kMinProbability = 1e-3; // keeps the constant baseline's log-loss finite

using ConstVectorMap = Eigen::Map<const Eigen::VectorXd>;

// P_0 .. P_degree at t, by Bonnet's recurrence.
void legendre(double t, int degree, double *out)
{
    double previous = 1.0, current = t; // P_{k-1}, P_k
    out[0] = 1.0;
    for (int k = 1; k <= degree; ++k) {
        out[k] = current;
        const double next = ((2.0 * k + 1.0) * t * current - k * previous) / (k + 1.0);
        previous = current;
        current = next;
    }
}

// The terms (i, j) of the Classes model, in parameter order.
template<typename Visit>
void forEachTerm(int degree, Visit visit)
{
    for (int total = 0; total <= degree; ++total)
        for (int i = total; i >= 0; --i)
            visit(i, total - i);
}

// The term values of one point: the multipliers of the parameters.
void termsOf(const LabConfig &c, float x1, float x2, double *out)
{
    if (c.model == ModelKind::Curve)
        return legendre(x1, c.degree, out);
    double u[kMaxDegree + 1], v[kMaxDegree + 1];
    legendre(x1 / kClassesHalfWidth, c.degree, u);
    legendre(x2 / kClassesHalfWidth, c.degree, v);
    forEachTerm(c.degree, [&](int i, int j) { *out++ = u[i] * v[j]; });
}

double sigmoid(double z)
{
    return 1.0 / (1.0 + std::exp(-z));
}

// Mean loss of f (the model before any sigmoid) against the targets.
double meanLoss(ModelKind kind, const Eigen::VectorXd &f, const Eigen::Ref<const Eigen::VectorXd> &y)
{
    if (kind == ModelKind::Curve)
        return (f - y).squaredNorm() / static_cast<double>(f.size());
    double total = 0.0;
    for (Eigen::Index i = 0; i < f.size(); ++i) {
        // log(1 + e^z) - y z, written to stay finite for large |z|.
        const double z = f[i];
        total += (z > 0 ? z + std::log1p(std::exp(-z)) : std::log1p(std::exp(z))) - y[i] * z;
    }
    return total / static_cast<double>(f.size());
}

// The predictions: f itself (Curve) or sigmoid(f) (Classes).
Eigen::VectorXd outputs(ModelKind kind, const Eigen::VectorXd &f)
{
    return kind == ModelKind::Curve ? f : f.unaryExpr([](double z) { return sigmoid(z); }).eval();
}
// For both losses, d loss / d f_i = lossScale * (prediction_i - y_i) / rows.
double lossScale(ModelKind kind)
{
    return kind == ModelKind::Curve ? 2.0 : 1.0;
}

std::vector<double> toStd(const Eigen::VectorXd &v)
{
    return {v.data(), v.data() + v.size()};
}

Eigen::Index batchRows(const LabConfig &c, std::size_t trainSize)
{
    const auto n = static_cast<Eigen::Index>(trainSize);
    return c.batchSize == 0 ? n : std::min<Eigen::Index>(c.batchSize, n);
}

std::vector<Point> generate(const LabConfig &c)
{
    Rng rng = makeRng(c.dataSeed, RngStream::Data);
    if (c.model == ModelKind::Curve)
        return generatePoints(DatasetKind::Curve, c.points, kCurveNoiseScale * c.noise, rng);
    // The circle comes in inside / outside pairs: an odd count drops the extra one.
    auto points = generatePoints(DatasetKind::Circle, c.points + c.points % 2, 0.0, rng);
    points.resize(static_cast<std::size_t>(c.points));
    for (Point &p : points)
        if (rng.uniform() < c.noise)
            p.label = rng.uniform() < 0.5 ? 0.0f : 1.0f;
    return points;
}

// Constant prediction q of class 1: its mean log-loss and accuracy.
double constantLogLoss(const std::vector<Point> &points, double q)
{
    double total = 0.0;
    for (const Point &p : points)
        total -= p.label > 0.5f ? std::log(q) : std::log1p(-q);
    return total / static_cast<double>(points.size());
}
double constantAccuracy(const std::vector<Point> &points, bool predictsClass1)
{
    const auto hits = std::count_if(points.begin(), points.end(),
                                    [&](const Point &p) { return (p.label > 0.5f) == predictsClass1; });
    return static_cast<double>(hits) / static_cast<double>(points.size());
}

Baseline makeBaseline(const LabConfig &c, const std::vector<Point> &train, const std::vector<Point> &validation)
{
    Baseline b;
    if (c.model == ModelKind::Curve) {
        const auto mean = PolynomialRegression::leastSquares(train, 0); // degree 0: the mean
        b.trainLoss = mean.meanSquaredError(train);
        b.validationLoss = mean.meanSquaredError(validation);
        b.constantTrainLoss = b.trainLoss;
        return b;
    }
    const double share = constantAccuracy(train, true);
    const double q = std::clamp(share, kMinProbability, 1.0 - kMinProbability);
    b.trainLoss = constantLogLoss(train, q);
    b.validationLoss = constantLogLoss(validation, q);
    b.trainAccuracy = constantAccuracy(train, share >= 0.5);
    b.validationAccuracy = constantAccuracy(validation, share >= 0.5);
    b.constantTrainLoss = b.trainLoss;
    return b;
}

// Throws the typed error when value lies outside [min, max] (NaN included).
void checkRange(Setting setting, double value, double min, double max)
{
    if (!(value >= min && value <= max))
        throw ConfigError::outOfRange(setting, value, {min, max});
}

struct PresetInfo
{
    Preset preset;
    std::string_view name;
    int epochs;
};

constexpr std::array<PresetInfo, 7> kPresetInfo{{
    {Preset::GoodFit, "good-fit", 300},
    {Preset::Underfit, "underfit", 300},
    {Preset::Overfit, "overfit", 2000},
    {Preset::TooHighRate, "too-high", 50},
    {Preset::TooLowRate, "too-low", 500},
    {Preset::NoisyLabels, "noisy-labels", 500},
    {Preset::MoreDataCures, "more-data", 2000},
}};

const PresetInfo &info(Preset preset)
{
    return *std::find_if(kPresetInfo.begin(), kPresetInfo.end(),
                         [preset](const PresetInfo &p) { return p.preset == preset; });
}

} // namespace

void checkLabConfig(const LabConfig &c)
{
    checkRange(Setting::LearningRate, c.learningRate, kMinLearningRate, kMaxLearningRate);
    checkRange(Setting::PointCount, c.points, kMinPoints, kMaxPoints);
    checkRange(Setting::Noise, c.noise, 0.0, 1.0);
    checkRange(Setting::Degree, c.degree, kMinDegree, kMaxDegree);
    checkRange(Setting::BatchSize, c.batchSize, 0, c.points); // 0: the whole training set
    checkRange(Setting::ValidationRatio, c.validationRatio, kMinValidationRatio, kMaxValidationRatio);
}

double noiseFloor(const LabConfig &c)
{
    if (c.model == ModelKind::Curve)
        return std::pow(kCurveNoiseScale * c.noise, 2);
    const double wrong = c.noise / 2.0;
    return wrong <= 0.0 ? 0.0 : -wrong * std::log(wrong) - (1.0 - wrong) * std::log1p(-wrong);
}

std::string_view presetName(Preset preset)
{
    return info(preset).name;
}

std::optional<Preset> presetFromName(std::string_view name)
{
    for (const PresetInfo &p : kPresetInfo)
        if (p.name == name)
            return p.preset;
    return std::nullopt;
}

int presetEpochs(Preset preset)
{
    return info(preset).epochs;
}

LabConfig presetConfig(Preset preset)
{
    LabConfig c;
    switch (preset) {
    case Preset::GoodFit:
        c.degree = 5;
        c.batchSize = 10;
        break;
    case Preset::Underfit:
        c.degree = 1;
        c.batchSize = 10;
        break;
    case Preset::Overfit:
        // As many training points as parameters (16): the least-squares fit threads every
        // noisy point, and gradient descent gets there slowly, fitting the curve first.
        c.points = 32;
        c.validationRatio = 0.5;
        c.noise = 0.6;
        c.degree = 15;
        c.learningRate = 0.7;
        break;
    case Preset::TooHighRate:
        c.degree = 5;
        c.learningRate = 3.0;
        break;
    case Preset::TooLowRate:
        c.degree = 5;
        c.learningRate = 1e-4;
        break;
    case Preset::NoisyLabels:
        c.model = ModelKind::Classes;
        c.points = 200;
        c.noise = 0.4;
        c.degree = 2;
        c.learningRate = 1.0;
        break;
    case Preset::MoreDataCures:
        c = presetConfig(Preset::Overfit);
        c.points = 1000;
        break;
    }
    return c;
}

std::string_view phaseName(Phase phase)
{
    switch (phase) {
    case Phase::NotStarted:
        return "not-started";
    case Phase::Improving:
        return "improving";
    case Phase::Converged:
        return "converged";
    case Phase::Underfitting:
        return "underfitting";
    case Phase::Overfitting:
        return "overfitting";
    case Phase::TooSlow:
        return "too-slow";
    case Phase::Oscillating:
        return "oscillating";
    case Phase::Diverged:
        return "diverged";
    }
    return {};
}

Status classify(const std::vector<EpochStats> &history, bool diverged, const Baseline &baseline,
                const LabConfig &config)
{
    constexpr std::size_t kMinEpochs = 6; // fewer are too few to judge a trend
    Status status;
    if (history.empty())
        return status;
    const auto best = std::min_element(history.begin(), history.end(), [](const auto &a, const auto &b) {
        return a.validationLoss < b.validationLoss;
    });
    status.bestValidationEpoch = best->epoch;
    const std::size_t n = history.size() - 1;
    const auto done = [&](Phase phase) {
        status.phase = phase;
        return status;
    };
    // A run can collapse in its very first epoch, before a second entry is recorded.
    if (diverged)
        return done(Phase::Diverged);
    if (n == 0)
        return done(Phase::NotStarted);

    const auto loss = [&](std::size_t i) { return history[i].trainLoss; };
    const EpochStats &last = history.back();
    const double floor = noiseFloor(config);
    const double learnable = std::abs(baseline.constantTrainLoss - floor);

    if (n >= kMinEpochs) {
        const std::size_t window = std::min<std::size_t>(n, 20);
        double low = loss(n), high = loss(n);
        for (std::size_t i = n - window; i < n; ++i) {
            low = std::min(low, loss(i));
            high = std::max(high, loss(i));
        }
        int reversals = 0;
        for (std::size_t i = n - window + 1; i < n; ++i) {
            const double before = loss(i) - loss(i - 1), after = loss(i + 1) - loss(i);
            const double clear = 0.01 * low;
            if (std::abs(before) > clear && std::abs(after) > clear && (before > 0) != (after > 0))
                ++reversals;
        }
        if (2 * reversals >= static_cast<int>(window - 1) && high - low > 0.1 * low)
            return done(Phase::Oscillating);
    }
    const bool far = last.trainLoss - floor > 0.1 * (learnable + floor);
    if (last.validationLoss >= 1.2 * best->validationLoss
        && last.validationLoss - best->validationLoss > 0.05 * learnable && last.trainLoss < best->trainLoss && !far)
        return done(Phase::Overfitting);
    if (n < kMinEpochs)
        return done(Phase::Improving);

    const std::size_t w = std::clamp<std::size_t>(n / 4, 1, 10);
    double recent = 0.0, earlier = 0.0;
    for (std::size_t i = 0; i < w; ++i) {
        recent += loss(n - i);
        earlier += loss(n - w - i);
    }
    if (earlier - recent > 0.01 * static_cast<double>(w) * earlier)
        return done(Phase::Improving);

    const double firstHalf = loss(0) - loss(n / 2), secondHalf = loss(n / 2) - loss(n);
    if (far && firstHalf > 0.0 && secondHalf >= 0.5 * firstHalf)
        return done(Phase::TooSlow);
    return done(far ? Phase::Underfitting : Phase::Converged);
}

LearningSession::LearningSession(const LabConfig &config)
    : config_(config)
{
    checkLabConfig(config_);
    loadData();
    reset();
}

void LearningSession::loadData()
{
    Dataset split;
    shuffleAndSplit(generate(config_), {1.0 - config_.validationRatio, config_.validationRatio}, config_.dataSeed,
                    split);
    // Rounding can leave a point for the (unused) test set: it joins validation.
    split.validation.insert(split.validation.end(), split.test.begin(), split.test.end());
    train_ = std::move(split.train);
    validation_ = std::move(split.validation);

    const auto fill = [&](const std::vector<Point> &points, Terms &terms, Eigen::VectorXd &targets) {
        terms.resize(static_cast<Eigen::Index>(points.size()), parameterCount(config_.model, config_.degree));
        targets.resize(terms.rows());
        for (Eigen::Index i = 0; i < terms.rows(); ++i) {
            const Point &p = points[static_cast<std::size_t>(i)];
            termsOf(config_, p.x1, p.x2, terms.row(i).data());
            targets[i] = p.label;
        }
    };
    fill(train_, trainTerms_, trainTargets_);
    fill(validation_, validationTerms_, validationTargets_);
    baseline_ = makeBaseline(config_, train_, validation_);

    if (config_.model == ModelKind::Curve) {
        const double low = std::min(trainTargets_.minCoeff(), validationTargets_.minCoeff());
        const double high = std::max(trainTargets_.maxCoeff(), validationTargets_.maxCoeff());
        const double margin = std::max(0.1 * (high - low), 0.1);
        extent_ = {-1.0f, 1.0f, static_cast<float>(low - margin), static_cast<float>(high + margin)};
    } else {
        extent_ = {-kClassesHalfWidth, kClassesHalfWidth, -kClassesHalfWidth, kClassesHalfWidth};
    }
}

void LearningSession::setLearningRate(double learningRate)
{
    LabConfig c = config_;
    c.learningRate = learningRate;
    checkLabConfig(c);
    config_ = c;
}

void LearningSession::setBatchSize(int batchSize)
{
    LabConfig c = config_;
    c.batchSize = batchSize;
    checkLabConfig(c);
    config_ = c;
}

void LearningSession::reset()
{
    const int count = parameterCount(config_.model, config_.degree);
    Rng rng = makeRng(config_.initSeed, RngStream::Weights);
    parameters_.resize(static_cast<std::size_t>(count));
    for (double &a : parameters_)
        a = rng.normal(0.0, kInitialSpread * kInitialSpread);
    epochStartParameters_ = parameters_;
    diverged_ = false;
    row_ = 0;
    history_.assign(1, {0, loss(Split::Train), loss(Split::Validation)});
    explosionLimit_ = kExplosion * history_[0].trainLoss;
}

void LearningSession::newData(std::uint64_t dataSeed)
{
    config_.dataSeed = dataSeed;
    loadData();
    reset();
}

int LearningSession::stepsPerEpoch() const
{
    const auto rows = batchRows(config_, train_.size());
    return static_cast<int>((trainTerms_.rows() + rows - 1) / rows);
}

int LearningSession::stepInEpoch() const
{
    const auto rows = batchRows(config_, train_.size());
    return static_cast<int>((static_cast<Eigen::Index>(row_) + rows - 1) / rows);
}

bool LearningSession::step()
{
    return advance(nullptr);
}

LoopTrace LearningSession::traceStep()
{
    LoopTrace trace;
    advance(&trace);
    return trace;
}

bool LearningSession::epoch()
{
    do
        if (!advance(nullptr))
            return false;
    while (row_ != 0);
    return true;
}

bool LearningSession::epochs(int count)
{
    for (int i = 0; i < count; ++i)
        if (!epoch())
            return false;
    return true;
}

bool LearningSession::advance(LoopTrace *trace)
{
    if (diverged_) {
        if (trace)
            trace->diverged = true;
        return false;
    }
    const ModelKind kind = config_.model;
    const auto first = static_cast<Eigen::Index>(row_);
    const Eigen::Index rows = std::min(batchRows(config_, train_.size()), trainTerms_.rows() - first);
    const auto terms = trainTerms_.middleRows(first, rows);
    const auto targets = trainTargets_.segment(first, rows);
    const ConstVectorMap before(parameters_.data(), static_cast<Eigen::Index>(parameters_.size()));

    const Eigen::VectorXd f = terms * before;
    const Eigen::VectorXd predictions = outputs(kind, f);
    const Eigen::VectorXd gradient
        = terms.transpose() * (predictions - targets) * (lossScale(kind) / static_cast<double>(rows));
    const Eigen::VectorXd update = -config_.learningRate * gradient;
    const Eigen::VectorXd after = before + update;
    // The same batch after the update: NaN, Inf or an explosion stops training.
    const double lossAfter = meanLoss(kind, terms * after, targets);
    const bool diverging = !after.allFinite() || !(lossAfter <= explosionLimit_);

    const std::size_t epochsBefore = history_.size();
    if (trace) {
        trace->epoch = epochsDone() + 1;
        trace->step = stepInEpoch();
        trace->batch.assign(train_.begin() + first, train_.begin() + first + rows);
        trace->predictions = toStd(predictions);
        trace->loss = meanLoss(kind, f, targets);
        trace->gradient = toStd(gradient);
        trace->learningRate = config_.learningRate;
        trace->update = toStd(update);
        trace->parametersBefore = parameters_;
    }
    if (diverging) {
        stopDiverged();
    } else {
        parameters_ = toStd(after);
        row_ += static_cast<std::size_t>(rows);
        if (row_ == train_.size())
            recordEpoch();
    }
    if (trace) {
        trace->parametersAfter = parameters_;
        trace->diverged = diverged_;
        trace->epochEnded = history_.size() > epochsBefore;
    }
    return !diverged_;
}

void LearningSession::recordEpoch()
{
    row_ = 0;
    const double trainLoss = loss(Split::Train), validationLoss = loss(Split::Validation);
    if (!(trainLoss <= explosionLimit_) || !std::isfinite(validationLoss))
        return stopDiverged();
    history_.push_back({epochsDone() + 1, trainLoss, validationLoss});
    epochStartParameters_ = parameters_;
}

void LearningSession::stopDiverged()
{
    diverged_ = true;
    parameters_ = epochStartParameters_;
    row_ = 0;
}

std::vector<std::string> LearningSession::parameterNames() const
{
    const auto term = [](int k, const char *variable) {
        std::string name = "P";
        name += std::to_string(k);
        name += '(';
        name += variable;
        name += ')';
        return name;
    };
    std::vector<std::string> names;
    if (config_.model == ModelKind::Curve) {
        names.push_back("1");
        for (int k = 1; k <= config_.degree; ++k)
            names.push_back(term(k, "x"));
        return names;
    }
    forEachTerm(config_.degree, [&](int i, int j) {
        if (i == 0 && j == 0)
            names.push_back("1");
        else if (j == 0)
            names.push_back(term(i, "x1"));
        else if (i == 0)
            names.push_back(term(j, "x2"));
        else
            names.push_back(term(i, "x1") + "·" + term(j, "x2"));
    });
    return names;
}

std::vector<double> LearningSession::powerCoefficients() const
{
    if (config_.model != ModelKind::Curve)
        throw std::logic_error("powerCoefficients() is for the Curve model");
    const auto size = static_cast<std::size_t>(config_.degree) + 1;
    // P_k's coefficients of 1, x, x^2, ... by the same recurrence as legendre().
    std::vector<double> c(size, 0.0), previous(size, 0.0), current(size, 0.0), next(size);
    current[0] = 1.0;
    for (std::size_t k = 0; k < size; ++k) {
        const double weight = parameters_[k];
        for (std::size_t i = 0; i < size; ++i)
            c[i] += weight * current[i];
        const auto kd = static_cast<double>(k);
        for (std::size_t i = 0; i < size; ++i)
            next[i] = ((i > 0 ? (2.0 * kd + 1.0) * current[i - 1] : 0.0) - kd * previous[i]) / (kd + 1.0);
        previous.swap(current);
        current.swap(next);
    }
    return c;
}

double LearningSession::loss(Split split) const
{
    const ConstVectorMap a(parameters_.data(), static_cast<Eigen::Index>(parameters_.size()));
    return split == Split::Train ? meanLoss(config_.model, trainTerms_ * a, trainTargets_)
                                 : meanLoss(config_.model, validationTerms_ * a, validationTargets_);
}

double LearningSession::accuracy(Split split) const
{
    if (config_.model != ModelKind::Classes)
        throw std::logic_error("accuracy() is for the Classes model");
    const ConstVectorMap a(parameters_.data(), static_cast<Eigen::Index>(parameters_.size()));
    const Terms &terms = split == Split::Train ? trainTerms_ : validationTerms_;
    const Eigen::VectorXd &targets = split == Split::Train ? trainTargets_ : validationTargets_;
    const Eigen::VectorXd f = terms * a;
    Eigen::Index hits = 0;
    for (Eigen::Index i = 0; i < f.size(); ++i)
        hits += (f[i] > 0.0) == (targets[i] > 0.5);
    return static_cast<double>(hits) / static_cast<double>(f.size());
}

double LearningSession::modelOutput(float x1, float x2) const
{
    double terms[kMaxTerms];
    termsOf(config_, x1, x2, terms);
    return std::inner_product(parameters_.begin(), parameters_.end(), terms, 0.0);
}

std::vector<double> LearningSession::curve(int samples) const
{
    if (config_.model != ModelKind::Curve)
        throw std::logic_error("curve() is for the Curve model");
    if (samples < 2 || samples > 100'000)
        throw std::invalid_argument("curve samples must be between 2 and 100000");
    std::vector<double> ys(static_cast<std::size_t>(samples));
    const double spacing = (extent_.xMax - extent_.xMin) / (samples - 1.0);
    for (int i = 0; i < samples; ++i)
        ys[static_cast<std::size_t>(i)] = modelOutput(static_cast<float>(extent_.xMin + i * spacing), 0.0f);
    return ys;
}

std::vector<double> LearningSession::probabilityGrid(int width, int height) const
{
    if (config_.model != ModelKind::Classes)
        throw std::logic_error("probabilityGrid() is for the Classes model");
    if (width < 1 || height < 1 || width > 8192 || height > 8192)
        throw std::invalid_argument("grid sides must be between 1 and 8192 cells");
    std::vector<double> grid;
    grid.reserve(static_cast<std::size_t>(width) * static_cast<std::size_t>(height));
    const Extent &e = extent_;
    for (int row = 0; row < height; ++row) {
        const float x2 = e.yMax - (static_cast<float>(row) + 0.5f) * (e.yMax - e.yMin) / static_cast<float>(height);
        for (int col = 0; col < width; ++col) {
            const float x1 = e.xMin + (static_cast<float>(col) + 0.5f) * (e.xMax - e.xMin) / static_cast<float>(width);
            grid.push_back(sigmoid(modelOutput(x1, x2)));
        }
    }
    return grid;
}

} // namespace loopwise::engine::learning
