#include "loopwise/engine/rng.h"
#include "loopwise/engine/simple_models.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace loopwise::engine;

namespace {

std::vector<Point> curve(int n, double noise, std::uint64_t seed)
{
    Rng rng(seed);
    return generatePoints(DatasetKind::Curve, n, noise, rng);
}

} // namespace

TEST(PolynomialRegression, LeastSquaresRecoversAnExactPolynomial)
{
    std::vector<Point> points;
    for (int i = 0; i < 20; ++i) {
        const float x = -1.0f + i * 0.1f;
        points.push_back({x, 0.0f, 1.0f - 2.0f * x + 0.5f * x * x * x});
    }
    const auto fit = PolynomialRegression::leastSquares(points, 3);
    EXPECT_NEAR(fit.coefficients()[0], 1.0, 1e-5);
    EXPECT_NEAR(fit.coefficients()[1], -2.0, 1e-5);
    EXPECT_NEAR(fit.coefficients()[2], 0.0, 1e-5);
    EXPECT_NEAR(fit.coefficients()[3], 0.5, 1e-5);
    EXPECT_NEAR(fit.meanSquaredError(points), 0.0, 1e-10);
    EXPECT_NEAR(fit.predict(0.5), 1.0 - 1.0 + 0.0625, 1e-5);
}

TEST(PolynomialRegression, GradientMatchesFiniteDifferences)
{
    const auto points = curve(30, 0.1, 3);
    PolynomialRegression model(4);
    Eigen::VectorXd c(5);
    c << 0.1, -0.2, 0.3, 0.05, -0.4;
    model.setCoefficients(c);
    const Eigen::VectorXd g = model.gradient(points);
    for (int k = 0; k <= 4; ++k) {
        PolynomialRegression plus = model, minus = model;
        Eigen::VectorXd cp = c, cm = c;
        cp[k] += 1e-6;
        cm[k] -= 1e-6;
        plus.setCoefficients(cp);
        minus.setCoefficients(cm);
        EXPECT_NEAR(g[k], (plus.meanSquaredError(points) - minus.meanSquaredError(points)) / 2e-6, 1e-6);
    }
}

TEST(PolynomialRegression, GradientDescentApproachesTheClosedForm)
{
    const auto points = curve(60, 0.1, 5);
    const auto best = PolynomialRegression::leastSquares(points, 3);
    PolynomialRegression model(3);
    double previous = model.meanSquaredError(points);
    for (int i = 0; i < 20000; ++i) {
        model.gradientStep(points, 0.3);
        if (i % 1000 == 0) {
            const double now = model.meanSquaredError(points);
            EXPECT_LE(now, previous + 1e-12); // never goes up at this learning rate
            previous = now;
        }
    }
    EXPECT_NEAR(model.meanSquaredError(points), best.meanSquaredError(points), 1e-6);
    EXPECT_LT((model.coefficients() - best.coefficients()).norm(), 1e-2);
}

TEST(PolynomialRegression, HighDegreeFitsTrainingPointsBetter)
{
    const auto points = curve(15, 0.2, 7);
    EXPECT_LT(PolynomialRegression::leastSquares(points, 9).meanSquaredError(points),
              PolynomialRegression::leastSquares(points, 1).meanSquaredError(points));
    EXPECT_THROW(PolynomialRegression(21), std::invalid_argument);
    EXPECT_THROW(PolynomialRegression::leastSquares({}, 2), std::invalid_argument);
}
