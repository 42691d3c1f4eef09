// "Loss matches the decision": triage with 8 % urgent tickets, a miss costing 20 and a
// false alarm 1, over the seeds 1, 2 and 3, with the figures printed (the worst case is
// the one asserted).

#include "loopwise/engine/cost_experiment.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <iomanip>
#include <iostream>
#include <sstream>

using namespace loopwise::engine::assumptions;

namespace {

constexpr std::uint64_t kSeeds[] = {1, 2, 3};

CostResult runAndPrint(CostRepair repair, std::uint64_t seed)
{
    CostConfig config;
    config.tickets.seed = seed;
    config.repair = repair;
    const CostResult r = runCost(config);
    const auto &c = r.test.confusion;
    std::ostringstream line;
    line << std::fixed << std::setprecision(3) << "seed " << seed << "  " << std::setw(14) << std::left
         << repairName(repair) << std::right << " threshold " << r.test.threshold << ", accuracy " << r.test.accuracy
         << ", cost per ticket " << r.test.costPerTicket << " (caught " << c.truePositives << ", missed "
         << c.falseNegatives << ", false alarms " << c.falsePositives << ", left " << c.trueNegatives
         << "); all normal: accuracy " << r.allNormal.accuracy << ", cost " << r.allNormal.costPerTicket << "\n";
    std::cout << line.str();
    return r;
}

double missedShare(const CostResult &r)
{
    const auto &c = r.test.confusion;
    return static_cast<double>(c.falseNegatives) / (c.falseNegatives + c.truePositives);
}

} // namespace

TEST(CostExperiment, PlainLossIsAccurateAndExpensiveAndTheRepairsCutTheCost)
{
    double worstThresholdFactor = 1e9, worstWeightsFactor = 1e9, largestLead = 0.0;
    for (std::uint64_t seed : kSeeds) {
        const CostResult plain = runAndPrint(CostRepair::None, seed);
        const CostResult weighted = runAndPrint(CostRepair::ClassWeights, seed);
        const CostResult threshold = runAndPrint(CostRepair::CostThreshold, seed);
        // The plain model beats calling everything normal, but by little, and misses most
        // of what matters.
        const double lead = 100.0 * (plain.test.accuracy - plain.allNormal.accuracy);
        largestLead = std::max(largestLead, lead);
        EXPECT_GT(lead, 0.0) << "seed " << seed;
        EXPECT_LE(lead, 3.0) << "seed " << seed;
        EXPECT_GT(missedShare(plain), 0.4) << "seed " << seed;
        // Both repairs at least halve the cost, while accuracy falls.
        const double thresholdFactor = plain.test.costPerTicket / threshold.test.costPerTicket;
        const double weightsFactor = plain.test.costPerTicket / weighted.test.costPerTicket;
        worstThresholdFactor = std::min(worstThresholdFactor, thresholdFactor);
        worstWeightsFactor = std::min(worstWeightsFactor, weightsFactor);
        EXPECT_GE(thresholdFactor, 2.0) << "seed " << seed;
        EXPECT_GE(weightsFactor, 2.0) << "seed " << seed;
        EXPECT_LT(threshold.test.accuracy, plain.test.accuracy) << "seed " << seed;
        EXPECT_LT(weighted.test.accuracy, plain.test.accuracy) << "seed " << seed;
        EXPECT_LT(missedShare(threshold), 0.3) << "seed " << seed;
        EXPECT_LT(threshold.test.threshold, 0.5);
    }
    std::cout << "worst: the cost-chosen threshold cuts the cost " << worstThresholdFactor << " times, class weights "
              << worstWeightsFactor << " times; the plain model "
              << "leads the all-normal baseline by at most " << largestLead << " points\n";
}

TEST(CostExperiment, CurveShowsCostAndAccuracyAsTheThresholdMoves)
{
    const CostResult r = runCost(CostConfig{});
    ASSERT_EQ(r.curve.size(), 99u);
    EXPECT_DOUBLE_EQ(r.curve.front().threshold, 0.01);
    EXPECT_DOUBLE_EQ(r.curve.back().threshold, 0.99);
    std::cout << "threshold  accuracy  cost (held-out, plain loss)\n";
    for (std::size_t i = 4; i < r.curve.size(); i += 10) {
        std::ostringstream line;
        line << std::fixed << std::setprecision(3) << r.curve[i].threshold << "      " << r.curve[i].accuracy << "     "
             << r.curve[i].costPerTicket << "\n";
        std::cout << line.str();
    }
    for (std::size_t i = 1; i < r.curve.size(); ++i) {
        const auto &low = r.curve[i - 1].confusion;
        const auto &high = r.curve[i].confusion;
        // A higher threshold flags fewer tickets: never more caught, never more false alarms.
        EXPECT_LE(high.truePositives, low.truePositives);
        EXPECT_LE(high.falsePositives, low.falsePositives);
        EXPECT_EQ(high.total(), low.total());
    }
    // The plain model is read at 0.5; the cost-chosen point is the curve's least.
    EXPECT_DOUBLE_EQ(r.chosen.threshold, 0.5);
    CostConfig config;
    config.repair = CostRepair::CostThreshold;
    const CostResult chosen = runCost(config);
    for (const ThresholdPoint &point : chosen.curve)
        EXPECT_GE(point.costPerTicket, chosen.chosen.costPerTicket);
    EXPECT_DOUBLE_EQ(chosen.costImpliedThreshold, 1.0 / 21.0);
}

TEST(CostExperiment, CostsAreInputs)
{
    CostConfig config;
    config.repair = CostRepair::CostThreshold;
    config.missCost = 1.0; // a miss costs no more than a false alarm: flag less
    const CostResult even = runCost(config);
    config.missCost = 100.0;
    const CostResult dear = runCost(config);
    EXPECT_GT(even.chosen.threshold, dear.chosen.threshold);
    EXPECT_LT(dear.test.confusion.falseNegatives, even.test.confusion.falseNegatives);
}

TEST(CostExperiment, StepsAndOneCallGiveTheSameModel)
{
    CostConfig config;
    config.tickets.count = 1000;
    CostExperiment stepped(config);
    while (!stepped.trainer().finished())
        stepped.trainer().step();
    EXPECT_EQ(stepped.result().test.confusion, runCost(config).test.confusion);
}

TEST(CostExperiment, NamesRoundTripAndBadConfigsSaySo)
{
    for (CostRepair r : {CostRepair::None, CostRepair::ClassWeights, CostRepair::CostThreshold})
        EXPECT_EQ(repairFromName(repairName(r)), r);
    EXPECT_FALSE(repairFromName("smote"));
    CostConfig config;
    config.missCost = 0.0;
    try {
        CostExperiment{config};
        FAIL() << "no exception";
    } catch (const std::invalid_argument &e) {
        EXPECT_NE(std::string(e.what()).find("missCost"), std::string::npos) << e.what();
    }
}
