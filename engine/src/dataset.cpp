#include "loopwise/engine/dataset.h"
#include "loopwise/engine/config_error.h"

#include "loopwise/engine/rng.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>
#include <utility>

namespace loopwise::engine {

namespace {

constexpr double kPi = std::numbers::pi;

struct KindInfo
{
    DatasetKind kind;
    std::string_view name;
    int classes; // 0 for regression
};

constexpr std::array<KindInfo, 10> kKinds{{
    {DatasetKind::Circle, "circle", 2},
    {DatasetKind::Xor, "xor", 2},
    {DatasetKind::Gauss, "gauss", 2},
    {DatasetKind::Spiral, "spiral", 2},
    {DatasetKind::Moons, "moons", 2},
    {DatasetKind::Blobs3, "blobs3", 3},
    {DatasetKind::Blobs4, "blobs4", 4},
    {DatasetKind::RegressPlane, "plane", 0},
    {DatasetKind::RegressGauss, "regress-gauss", 0},
    {DatasetKind::Curve, "curve", 0},
}};

const KindInfo &info(DatasetKind kind)
{
    return *std::find_if(kKinds.begin(), kKinds.end(), [kind](const KindInfo &k) { return k.kind == kind; });
}

Point makePoint(double x, double y, double label)
{
    return {static_cast<float>(x), static_cast<float>(y), static_cast<float>(label)};
}

// Playground labels +1 / -1 as classes 1 / 0.
double playgroundClass(bool positive)
{
    return positive ? 1.0 : 0.0;
}

// Playground's variance for the Gaussian sets: noise 0 .. 0.5 maps linearly to 0.5 .. 4.
double gaussVariance(double noise)
{
    return 0.5 + noise * 7.0;
}

void circle(int n, double noise, Rng &rng, std::vector<Point> &out)
{
    constexpr double radius = 5.0;
    // Inside points are drawn from r < 2.5, outside from 3.5 < r < 5; the label is taken
    // from the position plus noise, so noise flips labels near the gap.
    const auto generate = [&](double rMin, double rMax) {
        for (int i = 0; i < n / 2; ++i) {
            const double r = rng.uniform(rMin, rMax);
            const double angle = rng.uniform(0.0, 2.0 * kPi);
            const double x = r * std::sin(angle);
            const double y = r * std::cos(angle);
            const double noiseX = rng.uniform(-radius, radius) * noise;
            const double noiseY = rng.uniform(-radius, radius) * noise;
            const bool inside = std::hypot(x + noiseX, y + noiseY) < radius * 0.5;
            out.push_back(makePoint(x, y, playgroundClass(inside)));
        }
    };
    generate(0.0, radius * 0.5);
    generate(radius * 0.7, radius);
}

void xorData(int n, double noise, Rng &rng, std::vector<Point> &out)
{
    constexpr double padding = 0.3;
    for (int i = 0; i < n; ++i) {
        double x = rng.uniform(-5.0, 5.0);
        x += x > 0 ? padding : -padding;
        double y = rng.uniform(-5.0, 5.0);
        y += y > 0 ? padding : -padding;
        const double noiseX = rng.uniform(-5.0, 5.0) * noise;
        const double noiseY = rng.uniform(-5.0, 5.0) * noise;
        out.push_back(makePoint(x, y, playgroundClass((x + noiseX) * (y + noiseY) >= 0)));
    }
}

// Gaussian clusters of n / centres.size() points each; class k around centres[k].
void blobs(int n, double noise, const std::vector<std::pair<double, double>> &centres, Rng &rng,
           std::vector<Point> &out)
{
    const double variance = gaussVariance(noise);
    const int perClass = n / static_cast<int>(centres.size());
    for (std::size_t k = 0; k < centres.size(); ++k)
        for (int i = 0; i < perClass; ++i) {
            const double x = rng.normal(centres[k].first, variance);
            const double y = rng.normal(centres[k].second, variance);
            out.push_back(makePoint(x, y, static_cast<double>(k)));
        }
}

void spiral(int n, double noise, Rng &rng, std::vector<Point> &out)
{
    const int m = n / 2;
    const auto generate = [&](double deltaT, bool positive) {
        for (int i = 0; i < m; ++i) {
            const double r = static_cast<double>(i) / m * 5.0;
            const double t = 1.75 * i / m * 2.0 * kPi + deltaT;
            const double x = r * std::sin(t) + rng.uniform(-1.0, 1.0) * noise;
            const double y = r * std::cos(t) + rng.uniform(-1.0, 1.0) * noise;
            out.push_back(makePoint(x, y, playgroundClass(positive)));
        }
    };
    generate(0.0, true);
    generate(kPi, false);
}

// scikit-learn's two moons, centred and scaled by 3 to Playground's [-6, 6] field, with
// Gaussian noise of standard deviation 2 * noise.
void moons(int n, double noise, Rng &rng, std::vector<Point> &out)
{
    const double sd = 2.0 * noise;
    const auto jitter = [&] { return sd > 0 ? rng.normal(0.0, sd * sd) : 0.0; };
    for (int moon = 0; moon < 2; ++moon)
        for (int i = 0; i < n / 2; ++i) {
            const double t = rng.uniform(0.0, kPi);
            const double x = moon == 0 ? std::cos(t) : 1.0 - std::cos(t);
            const double y = moon == 0 ? std::sin(t) : 0.5 - std::sin(t);
            out.push_back(
                makePoint(3.0 * (x - 0.5) + jitter(), 3.0 * (y - 0.25) + jitter(), playgroundClass(moon == 0)));
        }
}

// Playground's d3 linear scale from [d0, d1] to [r0, r1].
double scale(double v, double d0, double d1, double r0, double r1)
{
    return r0 + (v - d0) / (d1 - d0) * (r1 - r0);
}

// Playground's regression sets: points uniform in [-6, 6]², labelled at a noisy position.
template<typename Label>
void regressionPoints(int n, double noise, Rng &rng, std::vector<Point> &out, Label label)
{
    constexpr double radius = 6.0;
    for (int i = 0; i < n; ++i) {
        const double x = rng.uniform(-radius, radius);
        const double y = rng.uniform(-radius, radius);
        const double noiseX = rng.uniform(-radius, radius) * noise;
        const double noiseY = rng.uniform(-radius, radius) * noise;
        out.push_back(makePoint(x, y, label(x + noiseX, y + noiseY)));
    }
}

void regressPlane(int n, double noise, Rng &rng, std::vector<Point> &out)
{
    regressionPoints(n, noise, rng, out, [](double x, double y) { return scale(x + y, -10.0, 10.0, -1.0, 1.0); });
}

void regressGauss(int n, double noise, Rng &rng, std::vector<Point> &out)
{
    constexpr std::array<std::array<double, 3>, 6> gaussians{
        {{-4, 2.5, 1}, {0, 2.5, -1}, {4, 2.5, 1}, {-4, -2.5, -1}, {0, -2.5, 1}, {4, -2.5, -1}}};
    // The label is the strongest of the six signed bumps, each falling linearly from 1 at
    // its centre to 0 at distance 2.
    const auto label = [&](double x, double y) {
        double best = 0.0;
        for (const auto &[cx, cy, sign] : gaussians) {
            const double d = std::hypot(x - cx, y - cy);
            const double value = sign * std::clamp(scale(d, 0.0, 2.0, 1.0, 0.0), 0.0, 1.0);
            if (std::abs(value) > std::abs(best))
                best = value;
        }
        return best;
    };
    regressionPoints(n, noise, rng, out, label);
}

void curve(int n, double noise, Rng &rng, std::vector<Point> &out)
{
    for (int i = 0; i < n; ++i) {
        const double x = rng.uniform(-1.0, 1.0);
        const double y = std::sin(kPi * x) + (noise > 0 ? rng.normal(0.0, noise * noise) : 0.0);
        out.push_back(makePoint(x, 0.0, y));
    }
}

// The bounding box of the points with 10% margin (at least 0.5) on each side.
Extent boundingExtent(const std::vector<const std::vector<Point> *> &sets)
{
    float xMin = INFINITY, xMax = -INFINITY, yMin = INFINITY, yMax = -INFINITY;
    for (const auto *set : sets)
        for (const Point &p : *set) {
            xMin = std::min(xMin, p.x1);
            xMax = std::max(xMax, p.x1);
            yMin = std::min(yMin, p.x2);
            yMax = std::max(yMax, p.x2);
        }
    const float mx = std::max(0.5f, 0.1f * (xMax - xMin));
    const float my = std::max(0.5f, 0.1f * (yMax - yMin));
    return {xMin - mx, xMax + mx, yMin - my, yMax + my};
}

void checkSplit(const SplitConfig &split)
{
    if (!(split.trainRatio > 0.0 && split.trainRatio <= 1.0))
        throw ConfigError::outOfRange(Setting::TrainRatio, split.trainRatio, {0.0, 1.0, false, true});
    if (!(split.validationRatio >= 0.0 && split.trainRatio + split.validationRatio <= 1.0))
        throw ConfigError::outOfRange(Setting::ValidationRatio, split.validationRatio, {0.0, 1.0 - split.trainRatio});
}

} // namespace

std::string_view datasetName(DatasetKind kind)
{
    return info(kind).name;
}

std::optional<DatasetKind> datasetFromName(std::string_view name)
{
    for (const KindInfo &k : kKinds)
        if (k.name == name)
            return k.kind;
    return std::nullopt;
}

Task datasetTask(DatasetKind kind)
{
    return info(kind).classes > 0 ? Task::Classification : Task::Regression;
}

int datasetClasses(DatasetKind kind)
{
    return info(kind).classes;
}

std::vector<Point> generatePoints(DatasetKind kind, int points, double noise, Rng &rng)
{
    const int classes = std::max(1, datasetClasses(kind));
    if (points < 2 * classes || points > 1'000'000)
        throw ConfigError::outOfRange(Setting::PointCount, points, {2.0 * classes, 1'000'000.0});
    if (!(noise >= 0.0 && noise <= 0.5))
        throw ConfigError::outOfRange(Setting::Noise, noise, {0.0, 0.5});
    std::vector<Point> out;
    out.reserve(static_cast<std::size_t>(points));
    switch (kind) {
    case DatasetKind::Circle:
        circle(points, noise, rng, out);
        break;
    case DatasetKind::Xor:
        xorData(points, noise, rng, out);
        break;
    case DatasetKind::Gauss:
        blobs(points, noise, {{-2.0, -2.0}, {2.0, 2.0}}, rng, out);
        break;
    case DatasetKind::Spiral:
        spiral(points, noise, rng, out);
        break;
    case DatasetKind::Moons:
        moons(points, noise, rng, out);
        break;
    case DatasetKind::Blobs3:
        blobs(points, noise, {{0.0, 3.0}, {-2.6, -1.5}, {2.6, -1.5}}, rng, out);
        break;
    case DatasetKind::Blobs4:
        blobs(points, noise, {{3.0, 3.0}, {-3.0, 3.0}, {-3.0, -3.0}, {3.0, -3.0}}, rng, out);
        break;
    case DatasetKind::RegressPlane:
        regressPlane(points, noise, rng, out);
        break;
    case DatasetKind::RegressGauss:
        regressGauss(points, noise, rng, out);
        break;
    case DatasetKind::Curve:
        curve(points, noise, rng, out);
        break;
    }
    return out;
}

void shuffleAndSplit(std::vector<Point> points, const SplitConfig &split, std::uint64_t seed, Dataset &dataset)
{
    checkSplit(split);
    Rng rng = makeRng(seed, RngStream::Split);
    for (std::size_t counter = points.size(); counter > 0; --counter)
        std::swap(points[counter - 1], points[rng.below(counter)]);
    const auto n = points.size();
    const auto trainEnd = static_cast<std::size_t>(static_cast<double>(n) * split.trainRatio);
    const auto validationEnd
        = std::min(n, trainEnd + static_cast<std::size_t>(static_cast<double>(n) * split.validationRatio));
    const auto begin = points.begin();
    dataset.train.assign(begin, begin + static_cast<std::ptrdiff_t>(trainEnd));
    dataset.validation.assign(begin + static_cast<std::ptrdiff_t>(trainEnd),
                              begin + static_cast<std::ptrdiff_t>(validationEnd));
    dataset.test.assign(begin + static_cast<std::ptrdiff_t>(validationEnd), points.end());
    if (dataset.train.empty())
        throw ConfigError(Setting::TrainingSet, Rule::Empty);
}

Dataset makeDataset(const DatasetConfig &config)
{
    Rng rng = makeRng(config.seed, RngStream::Data);
    Dataset dataset;
    dataset.task = datasetTask(config.kind);
    dataset.numClasses = datasetClasses(config.kind);
    auto points = generatePoints(config.kind, config.points, config.noise, rng);
    if (config.kind == DatasetKind::Curve)
        dataset.extent = boundingExtent({&points});
    shuffleAndSplit(std::move(points), config.split, config.seed, dataset);
    return dataset;
}

Dataset makeDataset(std::vector<Point> points, Task task, const SplitConfig &split, std::uint64_t seed)
{
    if (points.empty())
        throw ConfigError(Setting::Points, Rule::Empty);
    Dataset dataset;
    dataset.task = task;
    dataset.numClasses = 0;
    for (std::size_t i = 0; i < points.size(); ++i) {
        const Point &p = points[i];
        if (!std::isfinite(p.x1) || !std::isfinite(p.x2) || !std::isfinite(p.label))
            throw ConfigError(Setting::Points, Rule::NotFinite, static_cast<int>(i + 1));
        if (task == Task::Classification) {
            if (p.label < 0 || p.label != std::floor(p.label) || p.label > 99)
                throw ConfigError(Setting::Points, Rule::NotAClass, static_cast<int>(i + 1));
            dataset.numClasses = std::max(dataset.numClasses, static_cast<int>(p.label) + 1);
        }
    }
    if (task == Task::Classification)
        dataset.numClasses = std::max(2, dataset.numClasses);
    dataset.extent = boundingExtent({&points});
    shuffleAndSplit(std::move(points), split, seed, dataset);
    return dataset;
}

} // namespace loopwise::engine
