#pragma once
// Polynomial regression trained by gradient descent next to its closed-form least-squares
// fit: the baseline of the "See how models learn" lab.
// Full-batch and in double precision: these are about watching parameters move.

#include "loopwise/engine/dataset.h"

#include <Eigen/Core>

#include <vector>

namespace loopwise::engine {

// y = c0 + c1 x + ... + cd x^d, with x = a point's x1 and y its label.
class PolynomialRegression
{
public:
    explicit PolynomialRegression(int degree); // 0..20, all coefficients 0

    int degree() const { return static_cast<int>(coefficients_.size()) - 1; }
    const Eigen::VectorXd &coefficients() const { return coefficients_; }
    void setCoefficients(const Eigen::VectorXd &c);

    double predict(double x) const;
    // Mean of (prediction - label)^2.
    double meanSquaredError(const std::vector<Point> &points) const;
    // Gradient of meanSquaredError with respect to the coefficients.
    Eigen::VectorXd gradient(const std::vector<Point> &points) const;
    // One full-batch gradient-descent step.
    void gradientStep(const std::vector<Point> &points, double learningRate);

    // The coefficients minimising the mean squared error (QR least squares), the baseline
    // gradient descent should approach. Throws ConfigError without points.
    static PolynomialRegression leastSquares(const std::vector<Point> &points, int degree);

private:
    Eigen::VectorXd coefficients_;
};

} // namespace loopwise::engine
