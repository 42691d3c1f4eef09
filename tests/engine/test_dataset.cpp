#include "loopwise/engine/dataset.h"
#include "loopwise/engine/rng.h"

#include <gtest/gtest.h>

#include <cmath>
#include <map>
#include <numbers>
#include <stdexcept>

using namespace loopwise::engine;

namespace {

const DatasetKind kAllKinds[] = {
    DatasetKind::Circle, DatasetKind::Xor,    DatasetKind::Gauss,        DatasetKind::Spiral,       DatasetKind::Moons,
    DatasetKind::Blobs3, DatasetKind::Blobs4, DatasetKind::RegressPlane, DatasetKind::RegressGauss, DatasetKind::Curve};

std::vector<Point> all(const Dataset &d)
{
    std::vector<Point> p = d.train;
    p.insert(p.end(), d.validation.begin(), d.validation.end());
    p.insert(p.end(), d.test.begin(), d.test.end());
    return p;
}

std::map<int, int> classCounts(const std::vector<Point> &points)
{
    std::map<int, int> counts;
    for (const Point &p : points)
        ++counts[static_cast<int>(p.label)];
    return counts;
}

} // namespace

TEST(Dataset, NamesRoundTrip)
{
    for (DatasetKind kind : kAllKinds)
        EXPECT_EQ(datasetFromName(datasetName(kind)), kind);
    EXPECT_FALSE(datasetFromName("spirals"));
}

TEST(Dataset, SplitSizes)
{
    DatasetConfig config;
    config.points = 500;
    config.split = {0.6, 0.2};
    const Dataset d = makeDataset(config);
    EXPECT_EQ(d.train.size(), 300u);
    EXPECT_EQ(d.validation.size(), 100u);
    EXPECT_EQ(d.test.size(), 100u);
}

TEST(Dataset, EveryGeneratorHasTheRightShapeAndBalance)
{
    for (DatasetKind kind : kAllKinds) {
        SCOPED_TRACE(std::string(datasetName(kind)));
        DatasetConfig config;
        config.kind = kind;
        config.points = 240;
        config.noise = 0.2;
        const Dataset d = makeDataset(config);
        const auto points = all(d);
        ASSERT_EQ(points.size(), 240u);
        EXPECT_EQ(d.train.size(), 120u);
        for (const Point &p : points) {
            ASSERT_TRUE(std::isfinite(p.x1) && std::isfinite(p.x2) && std::isfinite(p.label));
            if (kind != DatasetKind::Curve) {
                EXPECT_LE(std::abs(p.x1), 12.0f);
                EXPECT_LE(std::abs(p.x2), 12.0f);
            }
        }
        if (datasetTask(kind) == Task::Regression) {
            EXPECT_EQ(d.task, Task::Regression);
            continue;
        }
        const auto counts = classCounts(points);
        ASSERT_EQ(static_cast<int>(counts.size()), datasetClasses(kind));
        // Generators that draw a fixed count per class are exactly balanced; xor and
        // circle label by position (noise may move a point across), so roughly.
        for (const auto &[cls, count] : counts) {
            if (kind == DatasetKind::Xor || kind == DatasetKind::Circle)
                EXPECT_NEAR(count, 120, 40) << "class " << cls;
            else
                EXPECT_EQ(count, 240 / datasetClasses(kind)) << "class " << cls;
        }
    }
}

TEST(Dataset, SameSeedSameData)
{
    DatasetConfig config;
    config.kind = DatasetKind::Circle;
    config.noise = 0.3;
    config.seed = 9;
    const Dataset a = makeDataset(config), b = makeDataset(config);
    EXPECT_EQ(a.train, b.train);
    EXPECT_EQ(a.test, b.test);
    config.seed = 10;
    EXPECT_NE(makeDataset(config).train, a.train);
}

// Playground's spiral: point i of n/2 per arm at r = i/(n/2)*5, t = 1.75 i/(n/2) 2 pi + dt.
TEST(Dataset, SpiralWithoutNoiseIsPlaygrounds)
{
    Rng rng(1);
    const auto points = generatePoints(DatasetKind::Spiral, 500, 0.0, rng);
    ASSERT_EQ(points.size(), 500u);
    for (int i = 0; i < 250; ++i) {
        const double r = i / 250.0 * 5.0;
        const double t = 1.75 * i / 250.0 * 2.0 * std::numbers::pi;
        EXPECT_FLOAT_EQ(points[i].x1, static_cast<float>(r * std::sin(t)));
        EXPECT_FLOAT_EQ(points[i].x2, static_cast<float>(r * std::cos(t)));
        EXPECT_EQ(points[i].label, 1.0f);
        EXPECT_FLOAT_EQ(points[250 + i].x1, static_cast<float>(r * std::sin(t + std::numbers::pi)));
        EXPECT_EQ(points[250 + i].label, 0.0f);
    }
}

TEST(Dataset, CircleAndXorLabelsFollowPlaygroundsRules)
{
    Rng rng(4);
    for (const Point &p : generatePoints(DatasetKind::Circle, 400, 0.0, rng)) {
        const float r = std::hypot(p.x1, p.x2);
        // Inside points have r < 2.5, outside ones 3.5 <= r < 5: the gap makes it exact.
        EXPECT_EQ(p.label, r < 3.0f ? 1.0f : 0.0f);
        EXPECT_TRUE(r < 2.5001f || (r > 3.4999f && r < 5.0001f));
    }
    for (const Point &p : generatePoints(DatasetKind::Xor, 400, 0.0, rng)) {
        EXPECT_EQ(p.label, p.x1 * p.x2 >= 0 ? 1.0f : 0.0f);
        EXPECT_GE(std::abs(p.x1), 0.3f); // Playground's padding keeps points off the axes
    }
}

TEST(Dataset, RegressionTargets)
{
    Rng rng(2);
    for (const Point &p : generatePoints(DatasetKind::RegressPlane, 200, 0.0, rng))
        EXPECT_NEAR(p.label, (p.x1 + p.x2) / 10.0f, 1e-5f);
    for (const Point &p : generatePoints(DatasetKind::Curve, 200, 0.0, rng)) {
        EXPECT_NEAR(p.label, std::sin(std::numbers::pi * p.x1), 1e-5);
        EXPECT_EQ(p.x2, 0.0f);
    }
    for (const Point &p : generatePoints(DatasetKind::RegressGauss, 200, 0.0, rng))
        EXPECT_LE(std::abs(p.label), 1.0f);
}

TEST(Dataset, ExtentIsPlaygroundsFieldOrTheDataBox)
{
    EXPECT_EQ(makeDataset(DatasetConfig{}).extent, (Extent{-6, 6, -6, 6}));
    const Dataset own = makeDataset({{0, 0, 0}, {10, 2, 1}}, Task::Classification, {0.5, 0}, 1);
    EXPECT_FLOAT_EQ(own.extent.xMin, -1.0f);
    EXPECT_FLOAT_EQ(own.extent.xMax, 11.0f);
    EXPECT_FLOAT_EQ(own.extent.yMin, -0.5f);
    EXPECT_FLOAT_EQ(own.extent.yMax, 2.5f);
}

TEST(Dataset, BadConfigurationsAreRejected)
{
    DatasetConfig config;
    config.noise = 0.6;
    EXPECT_THROW(makeDataset(config), std::invalid_argument);
    config.noise = 0.0;
    config.points = 3;
    EXPECT_THROW(makeDataset(config), std::invalid_argument);
    config.points = 100;
    config.split = {0.0, 0.0};
    EXPECT_THROW(makeDataset(config), std::invalid_argument);
    config.split = {0.8, 0.3};
    EXPECT_THROW(makeDataset(config), std::invalid_argument);
}

TEST(Dataset, OwnPointsAreChecked)
{
    const SplitConfig split{0.5, 0.0};
    const Dataset d = makeDataset({{0, 0, 0}, {1, 1, 2}, {2, 2, 1}, {3, 3, 0}}, Task::Classification, split, 1);
    EXPECT_EQ(d.numClasses, 3);
    EXPECT_EQ(d.train.size(), 2u);
    try {
        makeDataset({{0, 0, 0}, {1, 1, 0.5f}}, Task::Classification, split, 1);
        FAIL();
    } catch (const std::invalid_argument &e) {
        EXPECT_STREQ(e.what(), "point 2: label must be a class number 0..99");
    }
    EXPECT_THROW(makeDataset({{NAN, 0, 0}, {1, 1, 1}}, Task::Classification, split, 1), std::invalid_argument);
    EXPECT_THROW(makeDataset({}, Task::Regression, split, 1), std::invalid_argument);
    EXPECT_NO_THROW(makeDataset({{0, 0, 0.5f}, {1, 1, -3}}, Task::Regression, split, 1));
}
