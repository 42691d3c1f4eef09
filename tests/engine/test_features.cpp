#include "loopwise/engine/features.h"

#include <gtest/gtest.h>

#include <cmath>
#include <stdexcept>

using namespace loopwise::engine;

TEST(Features, Values)
{
    EXPECT_EQ(featureValue(Feature::X1, 2.0f, -3.0f), 2.0f);
    EXPECT_EQ(featureValue(Feature::X2, 2.0f, -3.0f), -3.0f);
    EXPECT_EQ(featureValue(Feature::X1Squared, 2.0f, -3.0f), 4.0f);
    EXPECT_EQ(featureValue(Feature::X2Squared, 2.0f, -3.0f), 9.0f);
    EXPECT_EQ(featureValue(Feature::X1X2, 2.0f, -3.0f), -6.0f);
    EXPECT_FLOAT_EQ(featureValue(Feature::SinX1, 2.0f, -3.0f), std::sin(2.0f));
    EXPECT_FLOAT_EQ(featureValue(Feature::SinX2, 2.0f, -3.0f), std::sin(-3.0f));
    EXPECT_FLOAT_EQ(featureValue(Feature::CosX1, 2.0f, -3.0f), std::cos(2.0f));
    EXPECT_FLOAT_EQ(featureValue(Feature::CosX2, 2.0f, -3.0f), std::cos(-3.0f));
}

TEST(Features, NamesRoundTrip)
{
    for (int i = 0; i <= static_cast<int>(Feature::CosX2); ++i) {
        const auto f = static_cast<Feature>(i);
        EXPECT_EQ(featureFromName(featureName(f)), f);
    }
    EXPECT_FALSE(featureFromName("x3"));
}

TEST(Features, SetMustBeNonEmptyWithoutRepeats)
{
    EXPECT_NO_THROW(checkFeatures({Feature::X1, Feature::SinX2}));
    EXPECT_THROW(checkFeatures({}), std::invalid_argument);
    try {
        checkFeatures({Feature::X1, Feature::X2, Feature::X1});
        FAIL();
    } catch (const std::invalid_argument &e) {
        EXPECT_STREQ(e.what(), "input feature x1 is listed twice");
    }
}
