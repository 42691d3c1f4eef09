// The urgent tickets of "Check the assumptions": every effect the lab promises, over the
// seeds 1, 2 and 3, with the figures printed (the worst case is the one asserted).

#include "loopwise/engine/shortcut_experiment.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <iomanip>
#include <iostream>
#include <map>
#include <sstream>

using namespace loopwise::engine;
using namespace loopwise::engine::assumptions;

namespace {

constexpr std::uint64_t kSeeds[] = {1, 2, 3};

ShortcutConfig configFor(std::uint64_t seed)
{
    ShortcutConfig config;
    config.tickets.seed = seed;
    return config;
}

enum class Variant { Shortcut, WithoutStyle, Leaked, TimeSplit, WriterSplit };

ShortcutConfig configFor(Variant variant, std::uint64_t seed)
{
    ShortcutConfig config = configFor(seed);
    config.features.style = variant != Variant::WithoutStyle && variant != Variant::Leaked;
    config.features.afterTheFact = variant == Variant::Leaked;
    if (variant == Variant::TimeSplit)
        config.split = SplitKind::Time;
    if (variant == Variant::WriterSplit)
        config.split = SplitKind::Writer;
    return config;
}

// Each variant and seed is trained once for all the tests and printed then.
const ShortcutResult &result(Variant variant, std::uint64_t seed)
{
    static std::map<std::pair<Variant, std::uint64_t>, ShortcutResult> done;
    const auto key = std::make_pair(variant, seed);
    if (const auto it = done.find(key); it != done.end())
        return it->second;
    const ShortcutResult r = runShortcut(configFor(variant, seed));
    static const char *const labels[]
        = {"random split", "without style", "without style, leaked", "time split", "writer split"};
    std::ostringstream line;
    line << std::fixed << std::setprecision(1) << "seed " << seed << "  " << std::setw(22) << std::left
         << labels[static_cast<int>(variant)] << std::right << " training " << 100 * r.trainingAccuracy
         << " %, validation " << 100 * r.validationAccuracy << " %, production " << 100 * r.productionAccuracy << " % ("
         << r.trainingCount << " / " << r.validationCount << " / " << r.productionCount << " tickets)\n";
    std::cout << line.str();
    return done.emplace(key, r).first->second;
}

double points(double a, double b)
{
    return 100.0 * (a - b);
}

} // namespace

TEST(ShortcutExperiment, RandomSplitLooksBrilliantAndFallsAfterTheStaffingChange)
{
    double worstDrop = 1e9;
    for (std::uint64_t seed : kSeeds) {
        const ShortcutResult &r = result(Variant::Shortcut, seed);
        worstDrop = std::min(worstDrop, points(r.validationAccuracy, r.productionAccuracy));
        EXPECT_GT(r.validationAccuracy, 0.88);
        EXPECT_GE(points(r.validationAccuracy, r.productionAccuracy), 20.0) << "seed " << seed;
    }
    std::cout << "worst drop from validation to production: " << worstDrop << " points\n";
}

TEST(ShortcutExperiment, ItLeansOnTheNightDesksStyle)
{
    const ShortcutResult &r = result(Variant::Shortcut, 1);
    std::cout << "largest weights:";
    int style = 0;
    for (const auto &w : r.largestWeights) {
        std::cout << " " << w.name << " (" << text::groupName(w.group) << ") " << w.weight << ";";
        style += w.group == text::FeatureGroup::Style;
    }
    std::cout << "\npermutation importance on validation:";
    for (const auto &g : r.importance)
        std::cout << " " << text::groupName(g.group) << " " << 100 * g.accuracyDrop << " points;";
    std::cout << "\n";
    EXPECT_GE(style, 6); // most of the 12 largest weights are style
    ASSERT_EQ(r.importance.size(), 3u);
    EXPECT_EQ(r.importance[1].group, text::FeatureGroup::Style);
    EXPECT_GT(r.importance[1].accuracyDrop, r.importance[0].accuracyDrop); // style above content
}

TEST(ShortcutExperiment, DroppingTheStyleFeaturesKeepsValidationHonest)
{
    for (std::uint64_t seed : kSeeds) {
        const ShortcutResult &r = result(Variant::WithoutStyle, seed);
        EXPECT_LE(std::abs(points(r.validationAccuracy, r.productionAccuracy)), 5.0) << "seed " << seed;
        const ShortcutResult &shortcut = result(Variant::Shortcut, seed);
        EXPECT_GT(r.productionAccuracy, shortcut.productionAccuracy + 0.05) << "seed " << seed;
        for (const auto &w : r.largestWeights)
            EXPECT_NE(w.group, text::FeatureGroup::Style);
    }
}

double caughtShare(const text::Confusion &c)
{
    return static_cast<double>(c.truePositives) / (c.truePositives + c.falseNegatives);
}

TEST(ShortcutExperiment, LeakedFieldLiftsValidationAndFailsInProduction)
{
    for (std::uint64_t seed : kSeeds) {
        const ShortcutResult &honest = result(Variant::WithoutStyle, seed);
        const ShortcutResult &leaked = result(Variant::Leaked, seed);
        std::cout << "seed " << seed << "  urgent tickets caught in production: honest "
                  << caughtShare(honest.production) << ", leaked " << caughtShare(leaked.production) << "\n";
        EXPECT_GE(points(leaked.validationAccuracy, honest.validationAccuracy), 10.0) << "seed " << seed;
        EXPECT_GE(points(leaked.validationAccuracy, leaked.productionAccuracy), 20.0) << "seed " << seed;
        EXPECT_LT(leaked.productionAccuracy, honest.productionAccuracy) << "seed " << seed;
        // Without the field it leans on, it hardly ever flags a ticket as urgent.
        EXPECT_LT(caughtShare(leaked.production), 0.2) << "seed " << seed;
        EXPECT_GT(caughtShare(honest.production), 0.5) << "seed " << seed;
        EXPECT_EQ(leaked.largestWeights.front().group, text::FeatureGroup::AfterTheFact);
    }
}

TEST(ShortcutExperiment, TimeSplitShowsTheProblemBeforeProduction)
{
    for (std::uint64_t seed : kSeeds) {
        const ShortcutResult &r = result(Variant::TimeSplit, seed);
        EXPECT_LE(std::abs(points(r.validationAccuracy, r.productionAccuracy)), 5.0) << "seed " << seed;
        const ShortcutResult &random = result(Variant::Shortcut, seed);
        EXPECT_GE(points(random.validationAccuracy, r.validationAccuracy), 20.0) << "seed " << seed;
    }
}

TEST(ShortcutExperiment, WriterSplitWarnsToo)
{
    for (std::uint64_t seed : kSeeds) {
        const ShortcutResult &r = result(Variant::WriterSplit, seed);
        EXPECT_FALSE(r.validationWriters.empty());
        const ShortcutResult &random = result(Variant::Shortcut, seed);
        // Validation on agents the model never saw falls well below the random split's.
        EXPECT_GE(points(random.validationAccuracy, r.validationAccuracy), 10.0) << "seed " << seed;
        EXPECT_LE(std::abs(points(r.validationAccuracy, r.productionAccuracy)), 10.0) << "seed " << seed;
    }
}

TEST(ShortcutExperiment, StepsAndOneCallGiveTheSameModel)
{
    ShortcutConfig config = configFor(4);
    config.tickets.count = 2000;
    ShortcutExperiment stepped(config);
    while (!stepped.trainer().finished())
        stepped.trainer().step();
    const ShortcutResult a = stepped.result(), b = runShortcut(config);
    EXPECT_EQ(a.validationAccuracy, b.validationAccuracy);
    EXPECT_EQ(a.productionAccuracy, b.productionAccuracy);
    EXPECT_EQ(stepped.trainingIds().size() + stepped.validationIds().size(),
              static_cast<std::size_t>(
                  std::count_if(stepped.tickets().begin(), stepped.tickets().end(),
                                [&](const tickets::Ticket &t) { return t.day < config.historyEndDay; })));
}

TEST(ShortcutExperiment, SplitNamesRoundTripAndBadConfigsSaySo)
{
    for (SplitKind s : {SplitKind::Random, SplitKind::Time, SplitKind::Writer})
        EXPECT_EQ(splitFromName(splitName(s)), s);
    EXPECT_FALSE(splitFromName("month"));
    ShortcutConfig config;
    config.validationShare = 0.9;
    EXPECT_THROW(ShortcutExperiment{config}, std::invalid_argument);
    config = ShortcutConfig{};
    config.features = {false, false, false, false};
    EXPECT_THROW(ShortcutExperiment{config}, std::invalid_argument);
}
