#pragma once
// The "See how models learn" lab: a small model learns a noisy curve (polynomial
// regression) or two classes of 2-D points (logistic regression on polynomial terms), with
// every number of the training loop visible, presets that show the classic phenomena on
// purpose, and a status in words computed from the loss history.
//
// Deterministic: a config (with its two seeds) gives bit-identical data, steps and history.
// Nothing returned for drawing is NaN or Inf: a step that would make the loss non-finite
// or explode is not applied, training stops and diverged() says so.
// A LearningSession is used from one thread at a time.

#include "loopwise/engine/dataset.h"

#include <Eigen/Core>

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace loopwise::engine::learning {

// Curve: y = f(x) on x in [-1, 1], mean squared error. The data is the noisy sin(pi x) of
// DatasetKind::Curve (x2 is 0).
// Classes: p(class 1) = sigmoid(f(x1, x2)), mean binary cross-entropy (natural log). The
// data is Playground's circle on [-6, 6]^2 (class 1 inside).
//
// f is a polynomial of the capacity degree d written in Legendre polynomials P_k(t)
// (P_0 = 1, P_1 = t, P_2 = (3t^2 - 1) / 2, ...; |P_k| <= 1 on [-1, 1]). They are
// orthogonal for t uniform on [-1, 1] with mean square 1 / (2k + 1), so gradient descent is
// well conditioned even at degree 15 (raw powers of x would need millions of epochs), and
// it still fits the broad shape before the wiggles: noise is fitted late, and overfitting
// unfolds over hundreds of epochs. The parameters are the coefficients of these terms,
// exactly what gradient descent updates:
//   Curve:   f(x) = sum_k a_k P_k(x), k = 0..d (d + 1 parameters);
//   Classes: f = sum a_ij P_i(x1 / 6) P_j(x2 / 6) over i + j <= d, ordered by total
//            degree i + j, then by falling i: 1, x1, x2, x1^2, x1 x2, x2^2, ...
//            ((d + 1)(d + 2) / 2 parameters; the first is the bias; d = 1 is a straight
//            boundary).
// The initial parameters are normal with standard deviation 0.1 (initSeed).
enum class ModelKind { Curve, Classes };

struct LabConfig
{
    ModelKind model = ModelKind::Curve;
    double learningRate = 0.1; // 0.0001 .. 10
    int points = 100; // 10 .. 1000, training and validation together
    // 0 .. 1. Curve: Gaussian noise of standard deviation 0.5 * noise on y (the curve's
    // amplitude is 1). Classes: the share of labels replaced by a coin flip (1 = no signal).
    double noise = 0.2;
    int degree = 3; // capacity, 1 .. 15
    int batchSize = 0; // rows per step: 0 = the whole training set, else 1 .. points
    double validationRatio = 0.3; // share of the points held out for validation, 0.1 .. 0.5
    std::uint64_t dataSeed = 1; // the points and the split
    std::uint64_t initSeed = 1; // the initial parameters
    friend bool operator==(const LabConfig &, const LabConfig &) = default;
};

// The allowed ranges of LabConfig's fields, in one place for the engine's check and for
// the app's controls and lab link.
inline constexpr double kMinLearningRate = 1e-4;
inline constexpr double kMaxLearningRate = 10.0;
inline constexpr int kMinPoints = 10;
inline constexpr int kMaxPoints = 1000;
inline constexpr int kMinDegree = 1;
inline constexpr int kMaxDegree = 15;
inline constexpr double kMinValidationRatio = 0.1;
inline constexpr double kMaxValidationRatio = 0.5;

// Throws ConfigError naming the setting and its allowed range.
void checkLabConfig(const LabConfig &config);

// The loss of the true rule on noisy data, which no model beats on fresh data: the noise
// variance (Curve) or the entropy of a label that is wrong with probability noise / 2
// (Classes).
double noiseFloor(const LabConfig &config);

// Settings that show one phenomenon each, reliably.
enum class Preset { GoodFit, Underfit, Overfit, TooHighRate, TooLowRate, NoisyLabels, MoreDataCures };
inline constexpr std::array<Preset, 7> kPresets{Preset::GoodFit,      Preset::Underfit,   Preset::Overfit,
                                                Preset::TooHighRate,  Preset::TooLowRate, Preset::NoisyLabels,
                                                Preset::MoreDataCures};

// good-fit, underfit, overfit, too-high, too-low, noisy-labels, more-data.
std::string_view presetName(Preset preset);
std::optional<Preset> presetFromName(std::string_view name);
LabConfig presetConfig(Preset preset);
// Epochs after which the phenomenon is plain to see.
int presetEpochs(Preset preset);

// The losses of the whole training and validation sets; epoch 0 is before training.
struct EpochStats
{
    int epoch = 0;
    double trainLoss = 0.0;
    double validationLoss = 0.0;
    friend bool operator==(const EpochStats &, const EpochStats &) = default;
};

// The simple model a learned one must beat, as the module defines a baseline. Curve: always
// predicting the mean of the training targets. Classes: always predicting the training
// set's share of class 1 (the majority class).
struct Baseline
{
    double trainLoss = 0.0;
    double validationLoss = 0.0;
    std::optional<double> trainAccuracy; // Classes only
    std::optional<double> validationAccuracy; // Classes only
    // The training loss of the best constant prediction (this baseline's training loss):
    // the top of the range classify() measures "far" in.
    double constantTrainLoss = 0.0;
};

// One turn of the loop "training data -> predict -> loss -> update -> parameters".
struct LoopTrace
{
    int epoch = 0; // the epoch this step belongs to, from 1
    int step = 0; // the step within that epoch, from 0
    std::vector<Point> batch; // the rows: inputs x1 (and x2) and the target (label)
    std::vector<double> predictions; // per row: Curve the predicted y, Classes p(class 1)
    double loss = 0.0; // mean loss of the predictions against the targets
    std::vector<double> gradient; // d loss / d parameter, at parametersBefore
    double learningRate = 0.0;
    std::vector<double> update; // -learningRate * gradient (plain gradient descent)
    std::vector<double> parametersBefore;
    // parametersBefore + update; if the step diverged, the parameters the model went back
    // to (those at the end of the last completed epoch).
    std::vector<double> parametersAfter;
    bool diverged = false; // this step made the loss non-finite or explode; training stopped
    bool epochEnded = false; // this step completed an epoch and added a history entry
};

enum class Phase {
    NotStarted,
    Improving,
    Converged,
    Underfitting,
    Overfitting,
    TooSlow, // the learning rate is too low
    Oscillating,
    Diverged,
};

// not-started, improving, converged, underfitting, overfitting, too-slow, oscillating,
// diverged.
std::string_view phaseName(Phase phase);

struct Status
{
    Phase phase = Phase::NotStarted;
    int bestValidationEpoch = 0; // the epoch with the lowest validation loss (the first)
};

// The status of a run from its history (history[0] = before training). The first rule
// that holds wins; "the loss" is the training loss, n the number of epochs trained, and
// "far" means more than 10 % of the learnable range (constant prediction down to the noise
// floor) plus 10 % of the floor above the noise floor (a sample's noise differs from its
// expectation).
//   NotStarted    n = 0.
//   Diverged      diverged is true.
//   Oscillating   from 6 epochs on: over the last min(n, 20) epochs the loss changed
//                 direction, by more than 1 % each way, at least half as often as it
//                 could, and its range there exceeds 10 % of its low.
//   Overfitting   the validation loss is at least 20 % (and 5 % of the learnable range)
//                 above its minimum while the loss is lower than at that minimum and not
//                 far from the floor (far from it, the model is underfitting whatever the
//                 validation loss does).
//   Improving     n < 6, or the loss falls by more than 1 % per epoch (mean of the last
//                 window of min(10, n / 4) epochs against the window before).
//   TooSlow       it falls by less than that but steadily (the second half of the run
//                 fell at least half as much as the first) and is far from the floor.
//   Underfitting  it has levelled off far from the floor.
//   Converged     it has levelled off near the floor.
Status classify(const std::vector<EpochStats> &history, bool diverged, const Baseline &baseline,
                const LabConfig &config);

enum class Split { Train, Validation };

class LearningSession
{
public:
    // Generates the points and fresh parameters (throws ConfigError).
    explicit LearningSession(const LabConfig &config);

    const LabConfig &config() const { return config_; }
    // Take effect from the next step (throw ConfigError like checkLabConfig).
    // Points, noise and degree need a new session.
    void setLearningRate(double learningRate);
    void setBatchSize(int batchSize);

    // One mini-batch: the next rows of the training set, in the same order every epoch.
    // Returns false, doing nothing, once training has diverged.
    bool step();
    // The same step, with every number of it.
    LoopTrace traceStep();
    // Steps to the end of the current epoch; false once diverged.
    bool epoch();
    bool epochs(int count);

    void reset(); // fresh parameters (initSeed), same data
    void newData(std::uint64_t dataSeed); // new points, then reset()

    const std::vector<EpochStats> &history() const { return history_; }
    int epochsDone() const { return history_.back().epoch; }
    int stepsPerEpoch() const;
    int stepInEpoch() const;
    bool diverged() const { return diverged_; }
    const Baseline &baseline() const { return baseline_; }
    Status status() const { return classify(history_, diverged_, baseline_, config_); }

    const std::vector<Point> &train() const { return train_; }
    const std::vector<Point> &validation() const { return validation_; }
    // Curve: x over [-1, 1], y over the targets with 10 % margin. Classes: [-6, 6]^2.
    Extent extent() const { return extent_; }

    const std::vector<double> &parameters() const { return parameters_; }
    // "1", "P1(x)", ... or "1", "P1(x1)", "P1(x2)", "P1(x1)·P1(x2)", ...: the terms, in
    // parameter order.
    std::vector<std::string> parameterNames() const;
    // Curve: the same polynomial as c_0 + c_1 x + ... + c_d x^d, to compare with the
    // least-squares baseline's coefficients. Throws std::logic_error for Classes.
    std::vector<double> powerCoefficients() const;

    double loss(Split split) const;
    double accuracy(Split split) const; // Classes; throws std::logic_error for Curve

    // Curve: the predicted y at `samples` (>= 2) evenly spaced x from extent().xMin to xMax.
    std::vector<double> curve(int samples) const;
    // Classes: p(class 1) at cell centres over extent(), row 0 at the top (largest x2),
    // cell (row, col) at row * width + col; sides 1 .. 8192.
    std::vector<double> probabilityGrid(int width, int height) const;

private:
    using Terms = Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

    void loadData();
    bool advance(LoopTrace *trace);
    void recordEpoch();
    void stopDiverged();
    double modelOutput(float x1, float x2) const; // f, before any sigmoid

    LabConfig config_;
    std::vector<Point> train_, validation_;
    // One row of term values (the parameters' multipliers) per point.
    Terms trainTerms_, validationTerms_;
    Eigen::VectorXd trainTargets_, validationTargets_;
    Extent extent_;
    Baseline baseline_;
    std::vector<double> parameters_;
    std::vector<double> epochStartParameters_; // where a divergence goes back to
    std::vector<EpochStats> history_;
    std::size_t row_ = 0; // the next training row of this epoch
    double explosionLimit_ = 0.0;
    bool diverged_ = false;
};

} // namespace loopwise::engine::learning
