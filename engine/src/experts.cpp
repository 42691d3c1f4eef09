#include "loopwise/engine/experts.h"

#include "batch.h"
#include "loopwise/engine/config_error.h"
#include "loopwise/engine/optimizer.h"
#include "loopwise/engine/rng.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>

namespace loopwise::engine {

namespace {

constexpr int kInputs = 2;
// Examples per evaluation block (a training batch may be larger).
constexpr int kEvalBlock = 256;

NetworkConfig expertNetwork(const MixtureConfig &config, int classes)
{
    NetworkConfig network{kInputs, config.hidden, WeightInit::Glorot};
    network.layers.push_back({classes, Activation::Linear});
    return network;
}

NetworkConfig gateNetwork(const MixtureConfig &config)
{
    return {kInputs, {{config.experts, Activation::Linear}}, WeightInit::Glorot};
}

// Each network its own seed, all derived from the mixture's.
std::uint64_t networkSeed(std::uint64_t seed, int index)
{
    return seed * 0x9E3779B97F4A7C15ULL + static_cast<std::uint64_t>(index + 1);
}

using Row = Eigen::Map<Eigen::ArrayXf>;
using ConstRow = Eigen::Map<const Eigen::ArrayXf>;

// Softmax down each of the first n columns of a block of `rows` rows (`from` rows
// fromStride floats apart, into `to`, rows toStride apart; the same block is fine), row by
// row so that Eigen's vectorised exp takes many inputs at once: a small mixture's step
// would otherwise spend more time in exp, one value at a time, than in its experts. `top`
// and `total` are room for n floats.
void softmaxRows(const float *from, int fromStride, float *to, int toStride, int rows, int n, float *top, float *total)
{
    Row largest(top, n), sum(total, n);
    largest = ConstRow(from, n);
    for (int r = 1; r < rows; ++r)
        largest = largest.max(ConstRow(from + r * fromStride, n));
    sum.setZero();
    for (int r = 0; r < rows; ++r) {
        Row row(to + r * toStride, n);
        row = (ConstRow(from + r * fromStride, n) - largest).exp();
        sum += row;
    }
    for (int r = 0; r < rows; ++r)
        Row(to + r * toStride, n) /= sum;
}

} // namespace

void checkMixtureConfig(const MixtureConfig &config, const Dataset &data)
{
    if (config.experts < 1 || config.experts > kMaxExperts)
        throw ConfigError::outOfRange(Setting::Experts, config.experts, {1.0, double(kMaxExperts)});
    if (config.topK < 1 || config.topK > config.experts)
        throw ConfigError::outOfRange(Setting::TopK, config.topK, {1.0, double(config.experts)});
    if (!(config.balanceWeight >= 0.0f && config.balanceWeight <= kMaxBalanceWeight))
        throw ConfigError::outOfRange(Setting::BalanceWeight, config.balanceWeight, {0.0, double(kMaxBalanceWeight)});
    if (!(config.capacityFactor == 0.0f
          || (config.capacityFactor >= 0.25f && config.capacityFactor <= kMaxCapacityFactor)))
        throw ConfigError::outOfRange(Setting::Capacity, config.capacityFactor, {0.25, double(kMaxCapacityFactor)});
    if (!(config.learningRate >= kMinNetworkLearningRate && config.learningRate <= kMaxNetworkLearningRate))
        throw ConfigError::outOfRange(Setting::LearningRate, config.learningRate,
                                      {kMinNetworkLearningRate, kMaxNetworkLearningRate});
    if (config.batchSize < 1 || config.batchSize > 1000)
        throw ConfigError::outOfRange(Setting::BatchSize, config.batchSize, {1.0, 1000.0});
    if (data.task != Task::Classification || data.numClasses < 2)
        throw ConfigError::outOfRange(Setting::Classes, data.numClasses, {2.0, 100.0});
    if (data.train.empty())
        throw ConfigError(Setting::TrainingSet, Rule::Empty);
    for (const LayerSpec &layer : config.hidden)
        if (layer.activation == Activation::Softmax)
            throw ConfigError(Setting::Activation, Rule::SoftmaxOnlyForOutput);
    checkNetworkConfig(expertNetwork(config, data.numClasses));
}

ModelCost denseCost(int inputs, const std::vector<LayerSpec> &hidden, int outputs)
{
    ModelCost cost;
    int in = inputs;
    const auto add = [&](int units) {
        cost.multiplyAdds += long(in) * units;
        cost.parameters += long(in) * units + units;
        in = units;
    };
    for (const LayerSpec &layer : hidden)
        add(layer.units);
    add(outputs);
    cost.activeParameters = cost.parameters;
    return cost;
}

std::vector<LayerSpec> denseShapeWithParameters(const std::vector<LayerSpec> &shape, int inputs, int outputs,
                                                long parameters)
{
    std::vector<LayerSpec> best = shape, candidate = shape;
    long bestGap = std::numeric_limits<long>::max();
    for (int width = 1; width <= 256 && !shape.empty(); ++width) {
        for (LayerSpec &layer : candidate)
            layer.units = width;
        const long gap = std::labs(denseCost(inputs, candidate, outputs).parameters - parameters);
        if (gap < bestGap) {
            bestGap = gap;
            best = candidate;
        }
    }
    return best;
}

TrainerConfig denseTrainerConfig(const MixtureConfig &config, std::vector<LayerSpec> hidden)
{
    TrainerConfig dense;
    dense.features = {Feature::X1, Feature::X2};
    dense.hidden = std::move(hidden);
    dense.output = Activation::Softmax;
    dense.loss = LossKind::CategoricalCrossEntropy;
    dense.optimizer.kind = OptimizerKind::Adam;
    dense.optimizer.learningRate = config.learningRate;
    dense.init = WeightInit::Glorot;
    dense.batchSize = config.batchSize;
    dense.shuffle = true;
    dense.protocol = Protocol::Standard;
    dense.seed = config.seed;
    return dense;
}

struct Mixture::Impl
{
    Dataset data;
    MixtureConfig config;
    int classes = 2;
    int block = 0; // the most examples one pass takes
    std::vector<Network> networks; // the experts, then the gate
    // Every network's parameter gradient side by side (offsets[i] .. offsets[i + 1]), laid
    // out as its parameters(), padding included.
    std::vector<Eigen::Index> offsets;
    Eigen::VectorXf gradient;
    // One Adam over the parameters that are not padding, gathered from every network: one
    // update a step instead of one per network, whose fixed costs outweigh a small
    // expert's own, and none spent on the padding, more than half of a small expert's
    // parameter vector (a layer of 2 inputs takes 8 floats a row).
    std::vector<std::vector<int>> live; // per network: its parameters that are not padding
    Eigen::VectorXf liveParameters, liveGradient;
    std::optional<Optimizer> optimizer;
    std::vector<detail::Workspace> spaces; // one per network
    const detail::Kernels &kernels = detail::kernels();

    // Per pass, `block` columns each.
    std::vector<float> probabilities; // E rows: the gate's softmax
    std::vector<int> chosen; // k rows: the chosen experts, best first
    std::vector<float> weights; // k rows: their mixing weights
    std::vector<int> column; // k rows: the column in the expert's block, -1 dropped
    std::vector<float> mixed; // classes rows: the mixed scores, then probabilities
    std::vector<float> labels;
    std::vector<float> scratch; // 2 * block floats of room
    std::vector<int> taken; // per expert: inputs it got in this pass
    std::vector<int> selected; // per expert: routing choices, dropped ones included
    int dropped = 0;

    std::vector<int> order;
    Rng shuffle;
    long position = 0, epochCount = 0, droppedTotal = 0;
    bool divergedFlag = false;
    std::vector<long> load, lastLoad;
    long droppedInEpoch = 0, lastDropped = 0;
    double balanceSum = 0.0, lastBalance = 1.0;
    long batchesInEpoch = 0;

    Impl(Dataset d, MixtureConfig c)
        : data(std::move(d))
        , config(std::move(c))
    {
        checkMixtureConfig(config, data);
        classes = data.numClasses;
        block = std::max(config.batchSize, kEvalBlock);
        const int e = config.experts;
        for (int i = 0; i < e; ++i)
            networks.emplace_back(expertNetwork(config, classes), networkSeed(config.seed, i));
        networks.emplace_back(gateNetwork(config), networkSeed(config.seed, e));
        OptimizerConfig adam;
        adam.kind = OptimizerKind::Adam;
        adam.learningRate = config.learningRate;
        spaces.resize(networks.size());
        offsets.assign(1, 0);
        Eigen::Index liveCount = 0;
        for (std::size_t i = 0; i < networks.size(); ++i) {
            offsets.push_back(offsets.back() + networks[i].parameters().size());
            spaces[i].reserve(networks[i], block);
            live.push_back(liveParametersOf(networks[i]));
            liveCount += Eigen::Index(live.back().size());
        }
        gradient.setZero(offsets.back());
        liveParameters.setZero(liveCount);
        liveGradient.setZero(liveCount);
        optimizer.emplace(adam, Eigen::VectorXf::Zero(liveCount));
        const auto rows = [&](int count) { return std::size_t(count) * std::size_t(block); };
        probabilities.assign(rows(e), 0.0f);
        chosen.assign(rows(config.topK), 0);
        weights.assign(rows(config.topK), 0.0f);
        column.assign(rows(config.topK), -1);
        mixed.assign(rows(classes), 0.0f);
        labels.assign(std::size_t(block), 0.0f);
        scratch.assign(2 * std::size_t(block), 0.0f);
        taken.assign(std::size_t(e), 0);
        selected.assign(std::size_t(e), 0);
        load.assign(std::size_t(e), 0);
        lastLoad.assign(std::size_t(e), 0);
        order.resize(data.train.size());
        restart();
    }

    static std::vector<int> liveParametersOf(const Network &network)
    {
        std::vector<int> positions;
        for (int l = 0; l < network.layerCount(); ++l) {
            const DenseLayer &layer = network.layer(l);
            for (int j = 0; j < layer.units; ++j)
                for (int i = 0; i < layer.inputs; ++i)
                    positions.push_back(int(layer.weightOffset) + j * layer.weightStride + i);
            for (int j = 0; j < layer.units; ++j)
                positions.push_back(int(layer.biasOffset) + j);
        }
        return positions;
    }

    int experts() const { return config.experts; }
    // Where network i's parameter gradient goes.
    float *gradientOf(int i) { return gradient.data() + offsets[std::size_t(i)]; }

    // Adam's step on every network's parameters from the gradient, which it then clears.
    void update()
    {
        Eigen::Index t = 0;
        for (std::size_t i = 0; i < networks.size(); ++i) {
            const float *p = networks[i].parameters().data();
            const float *g = gradientOf(int(i));
            for (const int at : live[i]) {
                liveParameters[t] = p[at];
                liveGradient[t++] = g[at];
            }
        }
        optimizer->step(liveParameters, liveGradient, 1);
        t = 0;
        for (std::size_t i = 0; i < networks.size(); ++i) {
            float *p = networks[i].parameters().data();
            for (const int at : live[i])
                p[at] = liveParameters[t++];
        }
        gradient.setZero();
    }
    Network &gate() { return networks.back(); }
    detail::Workspace &gateSpace() { return spaces.back(); }

    void restart()
    {
        for (int i = 0; i < int(networks.size()); ++i)
            networks[std::size_t(i)].initialize(networkSeed(config.seed, i));
        optimizer->reset();
        gradient.setZero();
        shuffle = makeRng(config.seed, RngStream::Shuffle);
        for (std::size_t i = 0; i < order.size(); ++i)
            order[i] = int(i);
        position = 0;
        epochCount = 0;
        droppedTotal = 0;
        divergedFlag = false;
        std::fill(load.begin(), load.end(), 0);
        std::fill(lastLoad.begin(), lastLoad.end(), 0);
        droppedInEpoch = lastDropped = 0;
        balanceSum = 0.0;
        lastBalance = 1.0;
        batchesInEpoch = 0;
        shuffleOrder();
    }

    void shuffleOrder()
    {
        for (std::size_t i = order.size(); i > 1; --i)
            std::swap(order[i - 1], order[shuffle.below(i)]);
    }

    // Puts point c of a pass into the gate's input block.
    void setInput(int c, float x1, float x2)
    {
        float *x = gateSpace().input();
        const int stride = gateSpace().stride();
        x[c] = x1;
        x[stride + c] = x2;
    }

    // Runs the gate and the chosen experts on the first n inputs of the gate's block and
    // mixes their scores into `mixed` (class probabilities, when `probabilitiesOut`).
    void forward(int n, bool capacity)
    {
        const int e = experts(), k = config.topK, stride = gateSpace().stride();
        detail::forward(kernels, gate(), gateSpace().input(), stride, detail::vectorsFor(n), gateSpace());
        // Whole vectors of inputs: the lanes past n hold finite values no one reads, and
        // Eigen's exp then takes no value alone.
        const int lanes = detail::vectorsFor(n) * detail::kLanes;
        softmaxRows(gateSpace().outputs(), stride, probabilities.data(), block, e, lanes, scratch.data(),
                    scratch.data() + block);
        // Top k, best first; then the columns, in batch order, while capacity lasts.
        const int limit = capacity && config.capacityFactor > 0.0f
            ? std::max(1, int(std::ceil(config.capacityFactor * float(n * k) / float(e))))
            : std::numeric_limits<int>::max();
        std::fill(taken.begin(), taken.end(), 0);
        std::fill(selected.begin(), selected.end(), 0);
        dropped = 0;
        const float *xs = gateSpace().input();
        for (int c = 0; c < n; ++c) {
            float kept = 0.0f;
            for (int j = 0; j < k; ++j) {
                int best = -1;
                for (int i = 0; i < e; ++i) {
                    bool used = false;
                    for (int m = 0; m < j; ++m)
                        used |= chosen[std::size_t(m * block + c)] == i;
                    if (!used
                        && (best < 0
                            || probabilities[std::size_t(i * block + c)]
                                > probabilities[std::size_t(best * block + c)]))
                        best = i;
                }
                chosen[std::size_t(j * block + c)] = best;
                kept += probabilities[std::size_t(best * block + c)];
                ++selected[std::size_t(best)];
                int &col = column[std::size_t(j * block + c)];
                col = -1;
                if (taken[std::size_t(best)] < limit) {
                    col = taken[std::size_t(best)]++;
                    detail::Workspace &ws = spaces[std::size_t(best)];
                    ws.input()[col] = xs[c];
                    ws.input()[ws.stride() + col] = xs[stride + c];
                } else {
                    ++dropped;
                }
            }
            for (int j = 0; j < k; ++j) {
                const float p = probabilities[std::size_t(chosen[std::size_t(j * block + c)] * block + c)];
                weights[std::size_t(j * block + c)] = k == 1 ? p : p / kept;
            }
        }
        for (int i = 0; i < e; ++i)
            if (taken[std::size_t(i)] > 0) {
                detail::Workspace &ws = spaces[std::size_t(i)];
                detail::forward(kernels, networks[std::size_t(i)], ws.input(), ws.stride(),
                                detail::vectorsFor(taken[std::size_t(i)]), ws);
            }
        for (int c = 0; c < n; ++c)
            for (int q = 0; q < classes; ++q) {
                float sum = 0.0f;
                for (int j = 0; j < k; ++j) {
                    const int col = column[std::size_t(j * block + c)];
                    if (col < 0)
                        continue;
                    detail::Workspace &ws = spaces[std::size_t(chosen[std::size_t(j * block + c)])];
                    sum += weights[std::size_t(j * block + c)] * ws.outputs()[q * ws.stride() + col];
                }
                mixed[std::size_t(q * block + c)] = sum;
            }
        softmaxRows(mixed.data(), block, mixed.data(), block, classes, lanes, scratch.data(), scratch.data() + block);
    }

    // The mean cross-entropy of the last forward(), for labels[0..n).
    double crossEntropy(int n)
    {
        Row right(scratch.data(), n);
        for (int c = 0; c < n; ++c)
            right[c] = mixed[std::size_t(int(labels[std::size_t(c)]) * block + c)];
        return -double(right.max(1e-30f).log().sum()) / n;
    }

    // Switch's balance figure E * sum f_i P_i of the last forward().
    double balanceFigure(int n) const
    {
        const int e = experts();
        double figure = 0.0;
        for (int i = 0; i < e; ++i) {
            const double mean = ConstRow(probabilities.data() + i * block, n).sum() / double(n);
            figure += double(selected[std::size_t(i)]) / double(n * config.topK) * mean;
        }
        return e * figure;
    }

    // Loss of the last forward() on labels[0..n) with the balance term (whose figure is
    // `balance`, balanceFigure(n)); adds its gradient to `gradient`.
    double backward(int n, double balance)
    {
        const int e = experts(), k = config.topK;
        const bool balanced = config.balance && config.balanceWeight > 0.0f;
        const double loss = crossEntropy(n) + (balanced ? config.balanceWeight * balance : 0.0);
        // dLoss/dy of the mixed scores, in place: (softmax - one-hot) / n.
        for (int c = 0; c < n; ++c) {
            mixed[std::size_t(int(labels[std::size_t(c)]) * block + c)] -= 1.0f;
            for (int q = 0; q < classes; ++q)
                mixed[std::size_t(q * block + c)] /= float(n);
        }
        for (int i = 0; i < e; ++i) {
            detail::Workspace &ws = spaces[std::size_t(i)];
            const int lanes = detail::vectorsFor(std::max(taken[std::size_t(i)], 1)) * detail::kLanes;
            for (int q = 0; q < classes; ++q)
                std::fill_n(ws.outputGradients() + q * ws.stride(), lanes, 0.0f);
        }
        detail::Workspace &gs = gateSpace();
        const int gateLanes = detail::vectorsFor(n) * detail::kLanes;
        for (int i = 0; i < e; ++i)
            std::fill_n(gs.outputGradients() + i * gs.stride(), gateLanes, 0.0f);
        float usage[kMaxExperts]; // dLoss/d(weight) of each chosen expert
        for (int c = 0; c < n; ++c) {
            float mixedUsage = 0.0f;
            for (int j = 0; j < k; ++j) {
                const int col = column[std::size_t(j * block + c)];
                usage[j] = 0.0f;
                if (col < 0)
                    continue;
                detail::Workspace &ws = spaces[std::size_t(chosen[std::size_t(j * block + c)])];
                const float w = weights[std::size_t(j * block + c)];
                for (int q = 0; q < classes; ++q) {
                    const float dy = mixed[std::size_t(q * block + c)];
                    usage[j] += dy * ws.outputs()[q * ws.stride() + col];
                    ws.outputGradients()[q * ws.stride() + col] = w * dy;
                }
                mixedUsage += w * usage[j];
            }
            float *dh = gs.outputGradients() + c;
            if (k == 1) {
                // y = p_t z_t: dy/dh_i = z_t p_t (delta_ti - p_i).
                const int t = chosen[std::size_t(c)];
                const float pt = probabilities[std::size_t(t * block + c)];
                for (int i = 0; i < e; ++i)
                    dh[i * gs.stride()]
                        = usage[0] * pt * ((i == t ? 1.0f : 0.0f) - probabilities[std::size_t(i * block + c)]);
            } else {
                // g = softmax over the kept scores: dg_j/dh_m = g_j (delta_jm - g_m).
                for (int j = 0; j < k; ++j)
                    dh[chosen[std::size_t(j * block + c)] * gs.stride()]
                        = weights[std::size_t(j * block + c)] * (usage[j] - mixedUsage);
            }
        }
        if (balanced) {
            // d(alpha E sum_i f_i P_i)/dh_j(c) = alpha E / n * p_j (f_j - sum_i f_i p_i).
            const float scale = config.balanceWeight * float(e) / float(n);
            for (int c = 0; c < n; ++c) {
                float expected = 0.0f;
                for (int i = 0; i < e; ++i)
                    expected
                        += float(selected[std::size_t(i)]) / float(n * k) * probabilities[std::size_t(i * block + c)];
                for (int i = 0; i < e; ++i) {
                    const float p = probabilities[std::size_t(i * block + c)];
                    const float f = float(selected[std::size_t(i)]) / float(n * k);
                    gs.outputGradients()[i * gs.stride() + c] += scale * p * (f - expected);
                }
            }
        }
        for (int i = 0; i < e; ++i)
            if (taken[std::size_t(i)] > 0) {
                detail::Workspace &ws = spaces[std::size_t(i)];
                detail::backward(kernels, networks[std::size_t(i)], ws.input(), ws.stride(),
                                 detail::vectorsFor(taken[std::size_t(i)]), true, ws, gradientOf(i));
            }
        detail::backward(kernels, gate(), gs.input(), gs.stride(), detail::vectorsFor(n), true, gs, gradientOf(e));
        return loss;
    }

    bool trainBatch()
    {
        if (divergedFlag)
            return false;
        const long size = long(order.size());
        const int n = int(std::min<long>(config.batchSize, size - position));
        for (int c = 0; c < n; ++c) {
            const Point &p = data.train[std::size_t(order[std::size_t(position + c)])];
            setInput(c, p.x1, p.x2);
            labels[std::size_t(c)] = p.label;
        }
        forward(n, true);
        const double balance = balanceFigure(n);
        for (int i = 0; i < experts(); ++i)
            load[std::size_t(i)] += selected[std::size_t(i)];
        droppedInEpoch += dropped;
        droppedTotal += dropped;
        balanceSum += balance;
        ++batchesInEpoch;
        const double loss = backward(n, balance);
        if (!std::isfinite(loss)) {
            divergedFlag = true;
            return false;
        }
        update();
        position += n;
        if (position >= size)
            finishEpoch();
        return true;
    }

    void finishEpoch()
    {
        position = 0;
        ++epochCount;
        lastLoad = load;
        std::fill(load.begin(), load.end(), 0);
        lastDropped = droppedInEpoch;
        droppedInEpoch = 0;
        lastBalance = batchesInEpoch > 0 ? balanceSum / double(batchesInEpoch) : 1.0;
        balanceSum = 0.0;
        batchesInEpoch = 0;
        shuffleOrder();
    }

    const std::vector<Point> &split(Split which) const
    {
        switch (which) {
        case Split::Train:
            return data.train;
        case Split::Validation:
            return data.validation;
        case Split::Test:
            return data.test;
        }
        return data.test;
    }

    // Runs the grid's cells through in blocks; `use(first, n)` reads each block's results.
    template<typename Use>
    void overGrid(const Grid &grid, Use use)
    {
        const int cells = grid.width * grid.height;
        const float dx = (grid.extent.xMax - grid.extent.xMin) / float(grid.width);
        const float dy = (grid.extent.yMax - grid.extent.yMin) / float(grid.height);
        for (int first = 0; first < cells; first += block) {
            const int n = std::min(block, cells - first);
            for (int c = 0; c < n; ++c) {
                const int row = (first + c) / grid.width, col = (first + c) % grid.width;
                setInput(c, grid.extent.xMin + (float(col) + 0.5f) * dx, grid.extent.yMax - (float(row) + 0.5f) * dy);
            }
            use(first, n);
        }
    }
};

Mixture::Mixture(Dataset data, MixtureConfig config)
    : impl_(std::make_unique<Impl>(std::move(data), std::move(config)))
{}
Mixture::~Mixture() = default;
Mixture::Mixture(Mixture &&) noexcept = default;
Mixture &Mixture::operator=(Mixture &&) noexcept = default;

const MixtureConfig &Mixture::config() const
{
    return impl_->config;
}
const Dataset &Mixture::dataset() const
{
    return impl_->data;
}
int Mixture::classes() const
{
    return impl_->classes;
}

ModelCost Mixture::cost() const
{
    const MixtureConfig &c = impl_->config;
    const ModelCost expert = denseCost(kInputs, c.hidden, impl_->classes);
    const ModelCost gate = denseCost(kInputs, {}, c.experts);
    ModelCost cost;
    cost.parameters = gate.parameters + c.experts * expert.parameters;
    cost.activeParameters = gate.parameters + c.topK * expert.parameters;
    cost.multiplyAdds = gate.multiplyAdds + c.topK * (expert.multiplyAdds + impl_->classes);
    return cost;
}

const Network &Mixture::expert(int index) const
{
    return impl_->networks.at(std::size_t(index));
}
Network &Mixture::expert(int index)
{
    return impl_->networks.at(std::size_t(index));
}
const Network &Mixture::gate() const
{
    return impl_->networks.back();
}
Network &Mixture::gate()
{
    return impl_->networks.back();
}

bool Mixture::step()
{
    return impl_->trainBatch();
}

bool Mixture::epoch()
{
    const long target = impl_->epochCount + 1;
    while (impl_->epochCount < target)
        if (!impl_->trainBatch())
            return false;
    return true;
}

void Mixture::reset()
{
    impl_->restart();
}
long Mixture::epochs() const
{
    return impl_->epochCount;
}
bool Mixture::diverged() const
{
    return impl_->divergedFlag;
}
const std::vector<long> &Mixture::epochLoad() const
{
    return impl_->lastLoad;
}
long Mixture::epochDropped() const
{
    return impl_->lastDropped;
}
long Mixture::totalDropped() const
{
    return impl_->droppedTotal;
}
double Mixture::epochBalance() const
{
    return impl_->lastBalance;
}

double Mixture::batchLoss(std::span<const Point> batch, std::vector<Eigen::VectorXf> *gradients)
{
    Impl &m = *impl_;
    const int n = int(std::min<std::size_t>(batch.size(), std::size_t(m.config.batchSize)));
    for (int c = 0; c < n; ++c) {
        m.setInput(c, batch[std::size_t(c)].x1, batch[std::size_t(c)].x2);
        m.labels[std::size_t(c)] = batch[std::size_t(c)].label;
    }
    m.forward(n, true);
    m.gradient.setZero();
    const double loss = m.backward(n, m.balanceFigure(n));
    if (gradients) {
        gradients->clear();
        for (std::size_t i = 0; i < m.networks.size(); ++i)
            gradients->push_back(m.gradient.segment(m.offsets[i], m.offsets[i + 1] - m.offsets[i]));
    }
    m.gradient.setZero();
    return loss;
}

MixtureMetrics Mixture::metrics(Split which)
{
    Impl &m = *impl_;
    const std::vector<Point> &points = m.split(which);
    MixtureMetrics result;
    result.load.assign(std::size_t(m.experts()), 0);
    result.count = int(points.size());
    int right = 0;
    for (int first = 0; first < result.count; first += m.block) {
        const int n = std::min(m.block, result.count - first);
        for (int c = 0; c < n; ++c) {
            const Point &p = points[std::size_t(first + c)];
            m.setInput(c, p.x1, p.x2);
            m.labels[std::size_t(c)] = p.label;
        }
        m.forward(n, false);
        result.loss += m.crossEntropy(n) * n;
        for (int c = 0; c < n; ++c) {
            int best = 0;
            for (int q = 1; q < m.classes; ++q)
                if (m.mixed[std::size_t(q * m.block + c)] > m.mixed[std::size_t(best * m.block + c)])
                    best = q;
            right += best == int(m.labels[std::size_t(c)]);
            ++result.load[std::size_t(m.chosen[std::size_t(c)])];
        }
    }
    if (result.count > 0) {
        result.loss /= result.count;
        result.accuracy = double(right) / result.count;
    }
    return result;
}

void Mixture::boundary(const Grid &grid, std::span<float> out)
{
    Impl &m = *impl_;
    m.overGrid(grid, [&](int first, int n) {
        m.forward(n, false);
        for (int c = 0; c < n; ++c)
            for (int q = 0; q < m.classes; ++q)
                out[std::size_t((first + c) * m.classes + q)] = m.mixed[std::size_t(q * m.block + c)];
    });
}

void Mixture::gateChoice(const Grid &grid, std::span<int> out)
{
    Impl &m = *impl_;
    m.overGrid(grid, [&](int first, int n) {
        m.forward(n, false);
        for (int c = 0; c < n; ++c)
            out[std::size_t(first + c)] = m.chosen[std::size_t(c)];
    });
}

void Mixture::expertBoundary(int index, const Grid &grid, std::span<float> out)
{
    Impl &m = *impl_;
    Network &network = m.networks.at(std::size_t(index));
    detail::Workspace &ws = m.spaces[std::size_t(index)];
    m.overGrid(grid, [&](int first, int n) {
        const float *x = m.gateSpace().input();
        const int stride = m.gateSpace().stride();
        for (int c = 0; c < n; ++c) {
            ws.input()[c] = x[c];
            ws.input()[ws.stride() + c] = x[stride + c];
        }
        detail::forward(m.kernels, network, ws.input(), ws.stride(), detail::vectorsFor(n), ws);
        detail::softmaxColumns(ws.outputs(), m.classes, ws.stride(), n);
        for (int c = 0; c < n; ++c)
            for (int q = 0; q < m.classes; ++q)
                out[std::size_t((first + c) * m.classes + q)] = ws.outputs()[q * ws.stride() + c];
    });
}

} // namespace loopwise::engine
