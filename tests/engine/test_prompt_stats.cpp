#include "loopwise/engine/prompt_stats.h"

#include <gtest/gtest.h>

#include <cmath>
#include <stdexcept>

using namespace loopwise::engine::prompts;

TEST(PromptStats, PassRateAndItsSpreadOverSeeds)
{
    // Seed rates 3/4, 2/4, 4/4: mean 0.75, sample sd sqrt(((0)^2 + 0.25^2 + 0.25^2) / 2) = 0.25.
    const PassTable passes{{true, true, true, false}, {true, false, true, false}, {true, true, true, true}};
    const PassRate r = passRate(passes);
    EXPECT_EQ(r.seeds, 3);
    EXPECT_DOUBLE_EQ(r.mean, 0.75);
    EXPECT_DOUBLE_EQ(r.sd, 0.25);
    EXPECT_DOUBLE_EQ(r.min, 0.5);
    EXPECT_DOUBLE_EQ(r.max, 1.0);
    EXPECT_DOUBLE_EQ(passRate({{true, false}}).sd, 0.0);
    EXPECT_THROW(passRate({}), std::invalid_argument);
    EXPECT_THROW(passRate({{true}, {true, false}}), std::invalid_argument);
}

TEST(PromptStats, RepeatedAnswersGroupedAndCounted)
{
    const std::vector<std::string> answers{"urgent", "normal", " urgent\n", "urgent", "normal",
                                           "urgent", "maybe",  "urgent",    "urgent", "urgent"};
    const std::vector<AnswerGroup> groups = groupAnswers(answers);
    ASSERT_EQ(groups.size(), 3u);
    EXPECT_EQ(groups[0].answer, "urgent");
    EXPECT_EQ(groups[0].count, 7); // "7 of 10 answered urgent"
    EXPECT_EQ(groups[1].answer, "normal");
    EXPECT_EQ(groups[1].count, 2);
    EXPECT_EQ(groups[2].answer, "maybe");
    EXPECT_EQ(groups[2].count, 1);
}

TEST(PromptStats, CaseByCaseDifferences)
{
    const PassTable a{{true, false, true}, {true, false, false}};
    const PassTable b{{true, true, true}, {true, true, false}};
    const std::vector<CaseRow> rows = compareCases(a, b);
    ASSERT_EQ(rows.size(), 3u);
    EXPECT_EQ(rows[0].passesA, 2);
    EXPECT_EQ(rows[0].passesB, 2);
    EXPECT_EQ(rows[1].passesA, 0);
    EXPECT_EQ(rows[1].passesB, 2);
    EXPECT_EQ(rows[2].passesA, 1);
    EXPECT_EQ(rows[2].passesB, 1);
    const std::vector<CaseRow> differ = differingCases(rows);
    ASSERT_EQ(differ.size(), 1u);
    EXPECT_EQ(differ[0].caseIndex, 1);
    EXPECT_THROW(compareCases(a, {{true, true, true}}), std::invalid_argument);
}

TEST(PromptStats, SignTestAgainstHandComputations)
{
    // 8 cases B better, 1 A better, 11 ties: p = 2 * (C(9,0) + C(9,1)) / 2^9 = 20/512.
    std::vector<CaseRow> rows;
    for (int i = 0; i < 8; ++i)
        rows.push_back({i, 0, 1});
    rows.push_back({8, 1, 0});
    for (int i = 9; i < 20; ++i)
        rows.push_back({i, 1, 1});
    const PairedTest t = pairedSignTest(rows);
    EXPECT_EQ(t.bBetter, 8);
    EXPECT_EQ(t.aBetter, 1);
    EXPECT_EQ(t.ties, 11);
    EXPECT_NEAR(t.pValue, 20.0 / 512.0, 1e-12);
    EXPECT_TRUE(t.largerThanNoise);

    // 3 against 2: p = 2 * (1 + 5 + 10) / 32 = 1 (capped): within the noise.
    const PairedTest close = pairedSignTest({{0, 1, 0}, {1, 1, 0}, {2, 0, 1}, {3, 0, 1}, {4, 0, 1}});
    EXPECT_DOUBLE_EQ(close.pValue, 1.0);
    EXPECT_FALSE(close.largerThanNoise);
    // 5 against 0: p = 2 / 32 = 0.0625, not below 0.05: five cases cannot show it.
    const PairedTest five = pairedSignTest({{0, 0, 3}, {1, 0, 3}, {2, 1, 2}, {3, 0, 1}, {4, 2, 3}});
    EXPECT_DOUBLE_EQ(five.pValue, 0.0625);
    EXPECT_FALSE(five.largerThanNoise);
    EXPECT_DOUBLE_EQ(pairedSignTest({{0, 1, 1}}).pValue, 1.0);
}

TEST(PromptStats, BootstrapIntervalOfTheDifference)
{
    std::vector<CaseRow> rows;
    for (int i = 0; i < 20; ++i)
        rows.push_back({i, 2, i < 10 ? 5 : 2}); // B +3/5 on half the cases
    const Interval in = bootstrapDifference(rows, 5);
    EXPECT_DOUBLE_EQ(in.mean, 0.3);
    EXPECT_LE(in.low, in.mean);
    EXPECT_GE(in.high, in.mean);
    EXPECT_GT(in.low, 0.0); // every resample has some B-better case: the interval leaves out 0
    EXPECT_LT(in.high, 0.6 + 1e-12);
    const Interval again = bootstrapDifference(rows, 5);
    EXPECT_EQ(in.low, again.low);
    EXPECT_EQ(in.high, again.high);

    std::vector<CaseRow> same(20, CaseRow{0, 3, 3});
    const Interval zero = bootstrapDifference(same, 5);
    EXPECT_DOUBLE_EQ(zero.low, 0.0);
    EXPECT_DOUBLE_EQ(zero.high, 0.0);
    EXPECT_THROW(bootstrapDifference({}, 5), std::invalid_argument);
    EXPECT_THROW(bootstrapDifference(rows, 5, 1.0), std::invalid_argument);
}
