#pragma once
// A mixture of experts on 2D classification data: E small expert networks and a linear
// gate that scores them for each input. Softmax over the gate's scores, top-k routing,
// the chosen experts' class scores (logits) mixed by the gate's weights, softmax
// cross-entropy on the mix.
//
//   p = softmax(gate(x))                      over all E experts
//   T = the k experts with the highest p      (ties: the lower index)
//   k = 1:  y = p_t z_t(x)                    the Switch Transformer's top-1 mixing: the
//                                             gate learns from the task through p_t
//   k > 1:  y = sum_{i in T} g_i z_i(x),  g_i = p_i / sum_{j in T} p_j
//                                             renormalised weights, the softmax over the
//                                             kept scores of the sparse-gating paper
//   loss = cross-entropy(softmax(y), class) + balance weight * E * sum_i f_i P_i
//
// f_i is the share of the batch's routing choices that go to expert i (not
// differentiable), P_i the batch's mean gate probability of expert i (Switch's
// load-balancing term; 1 when perfectly balanced). With a capacity factor c an expert takes
// at most ceil(c * batch * k / E) inputs of a batch, in batch order; the rest are dropped
// (the expert adds nothing for them) and counted.
//
// Deterministic for a seed. After construction step(), epoch() and the evaluations
// allocate no memory.

#include "loopwise/engine/dataset.h"
#include "loopwise/engine/network.h"
#include "loopwise/engine/trainer.h"

#include <Eigen/Core>

#include <cstdint>
#include <memory>
#include <span>
#include <vector>

namespace loopwise::engine {

inline constexpr int kMaxExperts = 8;
inline constexpr float kMaxBalanceWeight = 1.0f;
inline constexpr float kMaxCapacityFactor = 4.0f;

struct MixtureConfig
{
    int experts = 4; // 1 .. kMaxExperts
    int topK = 1; // 1 .. experts
    // Each expert's hidden layers (as the network lab's); its output layer gives one
    // linear class score per class.
    std::vector<LayerSpec> hidden{{8, Activation::Tanh}};
    bool balance = true;
    float balanceWeight = 0.01f; // 0 .. kMaxBalanceWeight
    float capacityFactor = 0.0f; // 0: no capacity; else 0.25 .. kMaxCapacityFactor
    float learningRate = 0.01f; // Adam's, as the dense networks beside it
    int batchSize = 10;
    std::uint64_t seed = 1; // initial weights and shuffling
    friend bool operator==(const MixtureConfig &, const MixtureConfig &) = default;
};

// Throws ConfigError naming the setting; the data must be classification.
void checkMixtureConfig(const MixtureConfig &config, const Dataset &data);

// What the mixture and a dense network cost, counting each weight once per input.
struct ModelCost
{
    long parameters = 0; // all of them
    long activeParameters = 0; // those that work on one input
    long multiplyAdds = 0; // per input, mixing included
};

ModelCost denseCost(int inputs, const std::vector<LayerSpec> &hidden, int outputs);
// The hidden layers of a dense network as deep as `shape`, every layer `width` units wide
// with `shape`'s activations, with the width that brings its parameters closest to
// `parameters` (the smaller width on a tie).
std::vector<LayerSpec> denseShapeWithParameters(const std::vector<LayerSpec> &shape, int inputs, int outputs,
                                                long parameters);
// A dense network trained as the mixture is (Adam at its rate, softmax cross-entropy,
// Glorot initialisation, shuffled batches of its size, its seed), with these hidden layers.
TrainerConfig denseTrainerConfig(const MixtureConfig &config, std::vector<LayerSpec> hidden);

struct MixtureMetrics
{
    int count = 0;
    double loss = 0.0; // mean cross-entropy per example, without the balance term
    double accuracy = 0.0;
    std::vector<int> load; // inputs whose top-1 choice is each expert (E values)
};

class Mixture
{
public:
    // Throws ConfigError (see checkMixtureConfig).
    Mixture(Dataset data, MixtureConfig config);
    ~Mixture();
    Mixture(Mixture &&) noexcept;
    Mixture &operator=(Mixture &&) noexcept;

    const MixtureConfig &config() const;
    const Dataset &dataset() const;
    int classes() const;
    ModelCost cost() const;

    // The networks, for inspection and gradient checks.
    const Network &expert(int index) const;
    Network &expert(int index);
    const Network &gate() const;
    Network &gate();

    // Trains one batch; false, doing nothing, once the loss stopped being finite.
    bool step();
    bool epoch();
    void reset(); // fresh weights and optimizer state from config().seed
    long epochs() const;
    bool diverged() const;

    // The routing of the last completed epoch (the current one before the first): the
    // routing choices each expert got, and the choices dropped for capacity.
    const std::vector<long> &epochLoad() const;
    long epochDropped() const;
    long totalDropped() const;
    // The balance figure of the last completed epoch: E * sum f_i P_i (1 = even).
    double epochBalance() const;

    // The loss (with the balance term, capacity applied) and, into one vector per network
    // (experts, then the gate; the layout of their parameters()), its gradient for a batch
    // of at most config().batchSize points. For gradient checks; changes no weights.
    double batchLoss(std::span<const Point> batch, std::vector<Eigen::VectorXf> *gradients);

    // Without capacity (every input reaches its chosen experts).
    MixtureMetrics metrics(Split split);
    // Per grid cell: the probability of each class (classes() values side by side).
    void boundary(const Grid &grid, std::span<float> out);
    // Per grid cell: the gate's first choice.
    void gateChoice(const Grid &grid, std::span<int> out);
    // Per grid cell: expert `index`'s own class probabilities (classes() values each).
    void expertBoundary(int index, const Grid &grid, std::span<float> out);

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

} // namespace loopwise::engine
