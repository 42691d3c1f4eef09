#include "loopwise/engine/simple_models.h"
#include "loopwise/engine/config_error.h"

#include <Eigen/QR>

#include <stdexcept>

namespace loopwise::engine {

namespace {

// 1, x, x^2, ..., x^degree
Eigen::VectorXd powers(double x, int degree)
{
    Eigen::VectorXd p(degree + 1);
    double v = 1.0;
    for (int k = 0; k <= degree; ++k, v *= x)
        p[k] = v;
    return p;
}

void requirePoints(const std::vector<Point> &points)
{
    if (points.empty())
        throw ConfigError(Setting::Points, Rule::Empty);
}

} // namespace

PolynomialRegression::PolynomialRegression(int degree)
{
    if (degree < 0 || degree > 20)
        throw ConfigError::outOfRange(Setting::Degree, degree, {0.0, 20.0});
    coefficients_ = Eigen::VectorXd::Zero(degree + 1);
}

void PolynomialRegression::setCoefficients(const Eigen::VectorXd &c)
{
    if (c.size() != coefficients_.size())
        throw std::invalid_argument("expected degree + 1 coefficients");
    coefficients_ = c;
}

double PolynomialRegression::predict(double x) const
{
    double y = 0.0; // Horner
    for (Eigen::Index k = coefficients_.size() - 1; k >= 0; --k)
        y = y * x + coefficients_[k];
    return y;
}

double PolynomialRegression::meanSquaredError(const std::vector<Point> &points) const
{
    requirePoints(points);
    double total = 0.0;
    for (const Point &p : points) {
        const double e = predict(p.x1) - p.label;
        total += e * e;
    }
    return total / static_cast<double>(points.size());
}

Eigen::VectorXd PolynomialRegression::gradient(const std::vector<Point> &points) const
{
    requirePoints(points);
    Eigen::VectorXd g = Eigen::VectorXd::Zero(coefficients_.size());
    for (const Point &p : points)
        g += 2.0 * (predict(p.x1) - p.label) * powers(p.x1, degree());
    return g / static_cast<double>(points.size());
}

void PolynomialRegression::gradientStep(const std::vector<Point> &points, double learningRate)
{
    coefficients_ -= learningRate * gradient(points);
}

PolynomialRegression PolynomialRegression::leastSquares(const std::vector<Point> &points, int degree)
{
    requirePoints(points);
    PolynomialRegression model(degree);
    Eigen::MatrixXd a(static_cast<Eigen::Index>(points.size()), degree + 1);
    Eigen::VectorXd y(a.rows());
    for (Eigen::Index i = 0; i < a.rows(); ++i) {
        const Point &p = points[static_cast<std::size_t>(i)];
        a.row(i) = powers(p.x1, degree).transpose();
        y[i] = p.label;
    }
    // Column-pivoting QR copes with the ill-conditioned powers of high degrees.
    model.coefficients_ = a.colPivHouseholderQr().solve(y);
    return model;
}

} // namespace loopwise::engine
