#pragma once
// Small models for the "See how models learn" lab: polynomial regression trained by
// gradient descent next to its closed-form least-squares fit, and logistic regression.
// Full-batch and in double precision: these are about watching parameters move.

#include "loopwise/engine/dataset.h"
#include "loopwise/engine/features.h"

#include <Eigen/Core>

#include <vector>

namespace loopwise::engine {

// y = c0 + c1 x + ... + cd x^d, with x = a point's x1 and y its label.
class PolynomialRegression {
public:
    explicit PolynomialRegression(int degree);  // 0..20, all coefficients 0

    int degree() const { return static_cast<int>(coefficients_.size()) - 1; }
    const Eigen::VectorXd& coefficients() const { return coefficients_; }
    void setCoefficients(const Eigen::VectorXd& c);

    double predict(double x) const;
    // Mean of (prediction - label)^2.
    double meanSquaredError(const std::vector<Point>& points) const;
    // Gradient of meanSquaredError with respect to the coefficients.
    Eigen::VectorXd gradient(const std::vector<Point>& points) const;
    // One full-batch gradient-descent step.
    void gradientStep(const std::vector<Point>& points, double learningRate);

    // The coefficients minimising the mean squared error (QR least squares), the baseline
    // gradient descent should approach. Throws std::invalid_argument without points.
    static PolynomialRegression leastSquares(const std::vector<Point>& points, int degree);

private:
    Eigen::VectorXd coefficients_;
};

// p(class 1) = sigmoid(w . features + b); labels are classes 0 and 1.
class LogisticRegression {
public:
    explicit LogisticRegression(FeatureSet features);  // weights and bias 0

    const FeatureSet& features() const { return features_; }
    const Eigen::VectorXd& weights() const { return weights_; }
    double bias() const { return bias_; }
    void setParameters(const Eigen::VectorXd& weights, double bias);

    double probability(float x1, float x2) const;
    // Mean binary cross-entropy.
    double loss(const std::vector<Point>& points) const;
    double accuracy(const std::vector<Point>& points) const;
    // Gradient of loss(): the weights, then the bias as the last entry.
    Eigen::VectorXd gradient(const std::vector<Point>& points) const;
    void gradientStep(const std::vector<Point>& points, double learningRate);

private:
    Eigen::VectorXd featuresOf(const Point& p) const;

    FeatureSet features_;
    Eigen::VectorXd weights_;
    double bias_ = 0.0;
};

}  // namespace loopwise::engine
