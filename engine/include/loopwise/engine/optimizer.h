#pragma once
// Parameter updates: SGD, momentum and Adam, with L1 or L2 regularization of the weights.

#include <Eigen/Core>

#include <optional>
#include <string_view>

namespace loopwise::engine {

enum class OptimizerKind { Sgd, Momentum, Adam };
enum class Regularization { None, L1, L2 };

// Names: sgd, momentum, adam / none, l1, l2.
std::string_view optimizerName(OptimizerKind kind);
std::optional<OptimizerKind> optimizerFromName(std::string_view name);
std::string_view regularizationName(Regularization kind);
std::optional<Regularization> regularizationFromName(std::string_view name);

// The learning and regularization rates the network lab offers and loopwise-train accepts
// (Playground's range). The optimizer itself takes any finite positive rate.
inline constexpr double kMinNetworkLearningRate = 1e-5;
inline constexpr double kMaxNetworkLearningRate = 10.0;
inline constexpr double kMaxNetworkRegularizationRate = 10.0;

struct OptimizerConfig
{
    OptimizerKind kind = OptimizerKind::Sgd;
    float learningRate = 0.03f;
    float momentum = 0.9f; // Momentum
    float beta1 = 0.9f; // Adam
    float beta2 = 0.999f; // Adam
    float epsilon = 1e-8f; // Adam
    Regularization regularization = Regularization::None;
    float regularizationRate = 0.0f;
    friend bool operator==(const OptimizerConfig &, const OptimizerConfig &) = default;
};

// Throws ConfigError for a non-positive learning rate, momentum or betas
// outside [0, 1), a negative regularization rate, ...
void checkOptimizerConfig(const OptimizerConfig &config);

class Optimizer
{
public:
    // regularized: 1 for the parameters the regularization applies to (weights), 0 for
    // the others (biases). It also fixes the parameter count.
    Optimizer(const OptimizerConfig &config, Eigen::VectorXf regularized);

    const OptimizerConfig &config() const { return config_; }

    // One update from the summed gradient of `count` examples:
    //   g = gradientSum / count
    //   SGD:      p -= lr g
    //   Momentum: v = momentum v + g;  p -= lr v
    //   Adam:     m = b1 m + (1 - b1) g;  v = b2 v + (1 - b2) g^2;
    //             p -= lr (m / (1 - b1^t)) / (sqrt(v / (1 - b2^t)) + eps)
    // Regularization follows as its own step from the weights before the update w0 (for
    // SGD the same as adding its gradient; for Adam it is decoupled, as in AdamW):
    //   L2: p -= lr rate w0
    //   L1: p -= lr rate sign(w0), and a weight that this step would carry across zero
    //       is set to zero (as Playground does).
    // With `freezeZeroedWeights` (Playground's dead links) a weight set to zero by L1
    // stays zero until reset().
    void step(Eigen::Ref<Eigen::VectorXf> parameters, const Eigen::Ref<const Eigen::VectorXf> &gradientSum, int count);

    void setFreezeZeroedWeights(bool freeze) { freezeZeroedWeights_ = freeze; }

    // Forgets momentum, Adam moments and frozen weights.
    void reset();

private:
    OptimizerConfig config_;
    Eigen::VectorXf regularized_;
    Eigen::VectorXf velocity_; // Momentum velocity, Adam first moment
    Eigen::VectorXf second_; // Adam second moment
    Eigen::VectorXf before_; // parameters before the update, for regularization
    Eigen::VectorXf alive_; // 0 for frozen weights
    long steps_ = 0;
    bool freezeZeroedWeights_ = false;
};

} // namespace loopwise::engine
