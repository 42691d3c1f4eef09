#include "loopwise/engine/simple_models.h"

#include <Eigen/QR>

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace loopwise::engine {

namespace {

// 1, x, x^2, ..., x^degree
Eigen::VectorXd powers(double x, int degree) {
    Eigen::VectorXd p(degree + 1);
    double v = 1.0;
    for (int k = 0; k <= degree; ++k, v *= x) p[k] = v;
    return p;
}

void requirePoints(const std::vector<Point>& points) {
    if (points.empty()) throw std::invalid_argument("there are no points");
}

}  // namespace

PolynomialRegression::PolynomialRegression(int degree) {
    if (degree < 0 || degree > 20)
        throw std::invalid_argument("polynomial degree must be between 0 and 20");
    coefficients_ = Eigen::VectorXd::Zero(degree + 1);
}

void PolynomialRegression::setCoefficients(const Eigen::VectorXd& c) {
    if (c.size() != coefficients_.size())
        throw std::invalid_argument("expected degree + 1 coefficients");
    coefficients_ = c;
}

double PolynomialRegression::predict(double x) const {
    double y = 0.0;  // Horner
    for (Eigen::Index k = coefficients_.size() - 1; k >= 0; --k) y = y * x + coefficients_[k];
    return y;
}

double PolynomialRegression::meanSquaredError(const std::vector<Point>& points) const {
    requirePoints(points);
    double total = 0.0;
    for (const Point& p : points) {
        const double e = predict(p.x1) - p.label;
        total += e * e;
    }
    return total / static_cast<double>(points.size());
}

Eigen::VectorXd PolynomialRegression::gradient(const std::vector<Point>& points) const {
    requirePoints(points);
    Eigen::VectorXd g = Eigen::VectorXd::Zero(coefficients_.size());
    for (const Point& p : points) g += 2.0 * (predict(p.x1) - p.label) * powers(p.x1, degree());
    return g / static_cast<double>(points.size());
}

void PolynomialRegression::gradientStep(const std::vector<Point>& points, double learningRate) {
    coefficients_ -= learningRate * gradient(points);
}

PolynomialRegression PolynomialRegression::leastSquares(const std::vector<Point>& points,
                                                        int degree) {
    requirePoints(points);
    PolynomialRegression model(degree);
    Eigen::MatrixXd a(static_cast<Eigen::Index>(points.size()), degree + 1);
    Eigen::VectorXd y(a.rows());
    for (Eigen::Index i = 0; i < a.rows(); ++i) {
        const Point& p = points[static_cast<std::size_t>(i)];
        a.row(i) = powers(p.x1, degree).transpose();
        y[i] = p.label;
    }
    // Column-pivoting QR copes with the ill-conditioned powers of high degrees.
    model.coefficients_ = a.colPivHouseholderQr().solve(y);
    return model;
}

LogisticRegression::LogisticRegression(FeatureSet features) : features_(std::move(features)) {
    checkFeatures(features_);
    weights_ = Eigen::VectorXd::Zero(static_cast<Eigen::Index>(features_.size()));
}

void LogisticRegression::setParameters(const Eigen::VectorXd& weights, double bias) {
    if (weights.size() != weights_.size())
        throw std::invalid_argument("expected one weight per feature");
    weights_ = weights;
    bias_ = bias;
}

Eigen::VectorXd LogisticRegression::featuresOf(const Point& p) const {
    Eigen::VectorXd f(weights_.size());
    for (Eigen::Index i = 0; i < f.size(); ++i)
        f[i] = featureValue(features_[static_cast<std::size_t>(i)], p.x1, p.x2);
    return f;
}

double LogisticRegression::probability(float x1, float x2) const {
    const double z = weights_.dot(featuresOf({x1, x2, 0.0f})) + bias_;
    return 1.0 / (1.0 + std::exp(-z));
}

double LogisticRegression::loss(const std::vector<Point>& points) const {
    requirePoints(points);
    double total = 0.0;
    for (const Point& p : points) {
        // log(1 + e^z) - y z, the cross-entropy written to stay finite for large |z|.
        const double z = weights_.dot(featuresOf(p)) + bias_;
        const double softplus = z > 0 ? z + std::log1p(std::exp(-z)) : std::log1p(std::exp(z));
        total += softplus - p.label * z;
    }
    return total / static_cast<double>(points.size());
}

double LogisticRegression::accuracy(const std::vector<Point>& points) const {
    requirePoints(points);
    const auto correct = std::count_if(points.begin(), points.end(), [&](const Point& p) {
        return (probability(p.x1, p.x2) > 0.5) == (p.label > 0.5f);
    });
    return static_cast<double>(correct) / static_cast<double>(points.size());
}

Eigen::VectorXd LogisticRegression::gradient(const std::vector<Point>& points) const {
    requirePoints(points);
    Eigen::VectorXd g = Eigen::VectorXd::Zero(weights_.size() + 1);
    for (const Point& p : points) {
        const double error = probability(p.x1, p.x2) - p.label;
        g.head(weights_.size()) += error * featuresOf(p);
        g[weights_.size()] += error;
    }
    return g / static_cast<double>(points.size());
}

void LogisticRegression::gradientStep(const std::vector<Point>& points, double learningRate) {
    const Eigen::VectorXd g = gradient(points);
    weights_ -= learningRate * g.head(weights_.size());
    bias_ -= learningRate * g[weights_.size()];
}

}  // namespace loopwise::engine
