#include "loopwise/engine/trainer.h"
#include "loopwise/engine/config_error.h"

#include "batch.h"
#include "loopwise/engine/rng.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <stdexcept>
#include <string>

namespace loopwise::engine {

namespace {

constexpr std::array<std::string_view, 2> kProtocolNames{"standard", "playground"};

// Examples evaluated per forward pass for metrics and grids.
constexpr int kEvalBlock = 256;

Activation outputActivationFor(const TrainerConfig &config, const Dataset &data)
{
    if (config.output)
        return *config.output;
    if (data.task == Task::Regression)
        return Activation::Linear;
    if (config.loss == LossKind::BinaryCrossEntropy)
        return Activation::Sigmoid;
    if (config.loss == LossKind::CategoricalCrossEntropy || data.numClasses > 2)
        return Activation::Softmax;
    return Activation::Tanh;
}

int outputUnitsFor(Activation output, const Dataset &data)
{
    if (data.task == Task::Regression)
        return 1;
    return data.numClasses == 2 && output != Activation::Softmax ? 1 : data.numClasses;
}

Loss makeLoss(const TrainerConfig &config, const Dataset &data)
{
    const Activation output = outputActivationFor(config, data);
    return Loss(config.loss, output, outputUnitsFor(output, data), data.task, data.numClasses, config.classWeights);
}

// 1 for weights, 0 for biases: what regularization applies to.
Eigen::VectorXf weightMask(const Network &network)
{
    Eigen::VectorXf mask = Eigen::VectorXf::Zero(network.parameters().size());
    for (int l = 0; l < network.layerCount(); ++l) {
        const DenseLayer &layer = network.layer(l);
        mask.segment(static_cast<Eigen::Index>(layer.weightOffset),
                     static_cast<Eigen::Index>(layer.units) * layer.weightStride)
            .setOnes();
    }
    return mask;
}

// One split as a block for the kernels: a row of feature values per feature, one column
// per example, and kLanes spare zero columns so a batch may start at any example.
struct SplitBlock
{
    int count = 0;
    int stride = 0;
    std::vector<float> features;
    std::vector<float> labels;
    // Loss::target() of output 0, then kLanes zeros: Kernels::squaredError reads whole vectors.
    std::vector<float> targets;

    void fill(const std::vector<Point> &points, const FeatureSet &set, const Loss &loss)
    {
        count = static_cast<int>(points.size());
        stride = detail::roundUpToLanes(count) + detail::kLanes;
        features.resize(set.size() * static_cast<std::size_t>(stride)); // same size: no allocation
        labels.resize(points.size());
        for (std::size_t f = 0; f < set.size(); ++f)
            for (int c = 0; c < count; ++c) {
                const Point &p = points[static_cast<std::size_t>(c)];
                features[f * static_cast<std::size_t>(stride) + static_cast<std::size_t>(c)]
                    = featureValue(set[f], p.x1, p.x2);
            }
        for (int c = 0; c < count; ++c)
            labels[static_cast<std::size_t>(c)] = points[static_cast<std::size_t>(c)].label;
        targets.resize(points.size() + detail::kLanes);
        for (std::size_t c = 0; c < points.size(); ++c)
            targets[c] = loss.target(labels[c], 0);
    }
};

bool dependsOnX1Only(Feature f)
{
    return f == Feature::X1 || f == Feature::X1Squared || f == Feature::SinX1 || f == Feature::CosX1;
}

} // namespace

std::string_view protocolName(Protocol protocol)
{
    return kProtocolNames[static_cast<std::size_t>(protocol)];
}

std::optional<Protocol> protocolFromName(std::string_view name)
{
    const auto it = std::find(kProtocolNames.begin(), kProtocolNames.end(), name);
    if (it == kProtocolNames.end())
        return std::nullopt;
    return static_cast<Protocol>(it - kProtocolNames.begin());
}

NetworkConfig networkConfigFor(const TrainerConfig &config, const Dataset &data)
{
    NetworkConfig net;
    net.inputs = static_cast<int>(config.features.size());
    net.layers = config.hidden;
    const Activation output = outputActivationFor(config, data);
    net.layers.push_back({outputUnitsFor(output, data), output});
    net.init = config.init;
    return net;
}

void checkTrainerConfig(const TrainerConfig &config, const Dataset &data)
{
    checkFeatures(config.features);
    for (const LayerSpec &spec : config.hidden)
        if (spec.activation == Activation::Softmax)
            throw ConfigError(Setting::Activation, Rule::SoftmaxOnlyForOutput);
    checkNetworkConfig(networkConfigFor(config, data));
    checkOptimizerConfig(config.optimizer);
    makeLoss(config, data); // checks the loss, output and class weights fit together
    if (config.batchSize < 1 || config.batchSize > 100000)
        throw ConfigError::outOfRange(Setting::BatchSize, config.batchSize, {1.0, 100000.0});
    if (!(config.divergenceFactor > 1.0f))
        throw ConfigError::outOfRange(Setting::DivergenceFactor, config.divergenceFactor,
                                      {1.0, std::numeric_limits<double>::infinity(), false});
    if (data.train.empty())
        throw ConfigError(Setting::TrainingSet, Rule::Empty);
    if (data.task == Task::Classification && data.numClasses < 2)
        throw ConfigError(Setting::Classes, Rule::TooFewClasses);
    if (config.protocol == Protocol::Playground) {
        if (config.loss != LossKind::SquaredError)
            throw ConfigError(Setting::Protocol, Rule::PlaygroundSquaredError);
        if (config.optimizer.kind != OptimizerKind::Sgd)
            throw ConfigError(Setting::Protocol, Rule::PlaygroundSgd);
        if (config.init != WeightInit::Playground)
            throw ConfigError(Setting::Protocol, Rule::PlaygroundInit);
        if (config.shuffle)
            throw ConfigError(Setting::Protocol, Rule::PlaygroundOrder);
        // nn.ts would then never complete a batch, and never learn.
        if (config.batchSize > static_cast<int>(data.train.size()))
            throw ConfigError(Setting::Protocol, Rule::PlaygroundBatch);
    }
}

struct Trainer::Impl
{
    Impl(Dataset d, TrainerConfig c)
        : data(std::move(d))
        , config(std::move(c))
        , network(networkConfigFor(config, data), config.seed)
        , loss(makeLoss(config, data))
        , optimizer(config.optimizer, weightMask(network))
        , kernels(detail::kernels())
    {
        optimizer.setFreezeZeroedWeights(config.protocol == Protocol::Playground);
        ws.reserve(network, std::max(config.batchSize, kEvalBlock));
        planSmallSteps();
        gradient.setZero(network.parameters().size());
        trainOrder = data.train;
        train.fill(trainOrder, config.features, loss);
        validation.fill(data.validation, config.features, loss);
        test.fill(data.test, config.features, loss);
        reset(config.seed);
    }

    SplitBlock &block(Split split)
    {
        switch (split) {
        case Split::Train:
            return train;
        case Split::Validation:
            return validation;
        case Split::Test:
            break;
        }
        return test;
    }

    // A training step's calls for batches of one length when every layer has small kernels
    // (Kernels::planSmall()), each with all its arguments but the batch's worked out when the
    // trainer is built: a small network's step then spends little between them. The
    // workspace's passes and blocks stay where they are: it is reserved only then.
    struct SmallLayer
    {
        detail::SmallCalls calls;
        const detail::LayerPass *pass = nullptr;
        const float *input = nullptr; // the layer before's activations, or nullptr: the batch
        float *inputGradient = nullptr; // the layer before's gradients, or nullptr
    };

    void planSmallSteps()
    {
        const detail::LayerPass *passes = ws.passes(network);
        const auto count = static_cast<std::size_t>(network.layerCount());
        std::vector<detail::SmallCalls> calls(count);
        for (int vecs = 1; vecs <= 2; ++vecs) {
            auto &plan = smallSteps[static_cast<std::size_t>(vecs - 1)];
            if (!kernels.planSmall(passes, network.layerCount(), vecs, outputIsPreActivation, calls.data()))
                continue;
            plan.resize(count);
            for (std::size_t l = 0; l < count; ++l)
                plan[l] = {calls[l], passes + l, l ? passes[l - 1].activations : nullptr,
                           l ? passes[l - 1].gradients : nullptr};
        }
    }

    // detail::forward() and detail::backward() by a plan of planSmallSteps().
    void forwardSmall(const std::vector<SmallLayer> &plan, const float *x, int vecs)
    {
        ws.passes(network); // the plan's passes then point to the parameters, wherever they are
        const int stride = ws.stride();
        const SmallLayer *l = plan.data();
        l->calls.forward(l->pass->params, x, train.stride, l->pass->activations, stride);
        for (const SmallLayer *end = l + plan.size(); ++l != end;)
            l->calls.forward(l->pass->params, l->input, stride, l->pass->activations, stride);
        if (network.outputActivation() == Activation::Softmax)
            detail::softmaxColumns(ws.outputs(), network.outputs(), stride, vecs * detail::kLanes);
    }
    void backwardSmall(const std::vector<SmallLayer> &plan, const float *x)
    {
        const int stride = ws.stride();
        const SmallLayer *first = plan.data();
        for (const SmallLayer *l = first + plan.size(); --l != first;)
            l->calls.backward(*l->pass, l->input, stride, stride, gradient.data(), l->inputGradient);
        first->calls.backward(*first->pass, x, train.stride, stride, gradient.data(), nullptr);
    }

    void reset(std::uint64_t seed)
    {
        network.initialize(seed);
        optimizer.reset();
        gradient.setZero();
        pending = cursor = 0;
        epochs = steps = 0;
        lastBatchLoss = 0.0;
        diverged = false;
        shuffleRng = makeRng(seed, RngStream::Shuffle);
        std::copy(data.train.begin(), data.train.end(), trainOrder.begin());
        train.fill(trainOrder, config.features, loss);
        beginEpoch();
        lastGood = network.parameters();
        divergenceLimit = config.divergenceFactor * std::max(1.0, meanLoss(train));
    }

    void beginEpoch()
    {
        if (!config.shuffle)
            return;
        for (std::size_t counter = trainOrder.size(); counter > 1; --counter)
            std::swap(trainOrder[counter - 1], trainOrder[shuffleRng.below(counter)]);
        train.fill(trainOrder, config.features, loss);
    }

    // Inlined into epoch() and run() as well: a call around a small network's step costs it
    // more than the step's own choices.
    [[gnu::always_inline]] bool step()
    {
        if (diverged)
            return false;
        const int n = std::min(config.batchSize, train.count - cursor);
        const int vecs = detail::vectorsFor(n);
        const float *x = train.features.data() + cursor;
        const std::vector<SmallLayer> *plan = vecs <= 2 ? &smallSteps[static_cast<std::size_t>(vecs - 1)] : nullptr;
        if (plan && plan->empty())
            plan = nullptr;
        if (plan)
            forwardSmall(*plan, x, vecs);
        else
            detail::forward(kernels, network, x, train.stride, vecs, ws);
        const int lanes = vecs * detail::kLanes;
        const float lossSum = squaredErrorOfOne
            ? kernels.squaredError(ws.outputs(), train.targets.data() + cursor, n, lanes, ws.outputGradients())
            : loss.accumulate(ws.outputs(), ws.stride(), train.labels.data() + cursor, n, lanes, ws.outputGradients());
        const double batchLoss = lossSum / n;
        if (plan)
            backwardSmall(*plan, x);
        else
            detail::backward(kernels, network, x, train.stride, vecs, outputIsPreActivation, ws, gradient.data());
        pending += n;
        cursor += n;
        ++steps;
        // Playground counts batches from each epoch's start and carries a short last one
        // into the next epoch's first batch.
        const bool carry = config.protocol == Protocol::Playground;
        bool finite = true; // the parameters only change in an update
        if (n == config.batchSize || !carry) {
            finite = update();
            pending = 0;
        }
        if (!std::isfinite(batchLoss) || batchLoss > divergenceLimit || !finite) {
            diverge();
            return false;
        }
        lastBatchLoss = batchLoss;
        if (cursor == train.count)
            endEpoch();
        return true;
    }

    // The rare paths of step() (endEpoch(), optimizerStep(), diverge()) are not inlined:
    // their code would make every step save and restore more registers.
    [[gnu::noinline]] void endEpoch()
    {
        cursor = 0;
        ++epochs;
        lastGood = network.parameters();
        beginEpoch();
    }

    // Applies the pending gradient and clears it. False when a parameter is no longer
    // finite.
    bool update()
    {
        if (!plainSgd)
            return optimizerStep();
        // Optimizer::step()'s plain SGD in one pass with the clearing and the check.
        Eigen::VectorXf &p = network.parameters();
        const float rate = config.optimizer.learningRate * (1.0f / static_cast<float>(pending));
        return kernels.sgdStep(p.data(), gradient.data(), static_cast<std::size_t>(p.size()), rate);
    }

    // update() for the other optimizers.
    [[gnu::noinline]] bool optimizerStep()
    {
        Eigen::VectorXf &p = network.parameters();
        optimizer.step(p, gradient, pending);
        gradient.setZero();
        return p.allFinite();
    }

    [[gnu::noinline]] void diverge()
    {
        diverged = true;
        network.parameters() = lastGood;
        gradient.setZero();
        pending = 0;
    }

    // Runs the examples of a split through the network in blocks, calling
    // visit(first example, count) with the outputs in the workspace.
    template<typename Visit>
    void forEachBlock(const SplitBlock &b, Visit visit)
    {
        for (int first = 0; first < b.count; first += kEvalBlock) {
            const int n = std::min(kEvalBlock, b.count - first);
            detail::forward(kernels, network, b.features.data() + first, b.stride, detail::vectorsFor(n), ws);
            visit(first, n);
        }
    }

    double meanLoss(const SplitBlock &b)
    {
        if (b.count == 0)
            return 0.0;
        double total = 0.0;
        forEachBlock(
            b, [&](int first, int n) { total += loss.sum(ws.outputs(), ws.stride(), b.labels.data() + first, n); });
        return total / b.count;
    }

    int predictedClass(int column)
    {
        const float *out = ws.outputs();
        const int stride = ws.stride();
        if (network.outputs() == 1) {
            const float threshold = network.outputActivation() == Activation::Sigmoid ? 0.5f : 0.0f;
            return out[column] > threshold ? 1 : 0;
        }
        int best = 0;
        for (int k = 1; k < network.outputs(); ++k)
            if (out[k * stride + column] > out[best * stride + column])
                best = k;
        return best;
    }

    Metrics metrics(const SplitBlock &b)
    {
        Metrics m;
        m.count = b.count;
        if (b.count == 0)
            return m;
        double lossSum = 0.0, squaredError = 0.0;
        int correct = 0;
        const bool classification = data.task == Task::Classification;
        if (classification) {
            m.classes = data.numClasses;
            m.confusion.assign(static_cast<std::size_t>(m.classes * m.classes), 0);
        }
        forEachBlock(b, [&](int first, int n) {
            const float *labels = b.labels.data() + first;
            lossSum += loss.sum(ws.outputs(), ws.stride(), labels, n);
            for (int c = 0; c < n; ++c) {
                if (classification) {
                    const int actual = static_cast<int>(labels[c]);
                    const int predicted = predictedClass(c);
                    correct += actual == predicted;
                    ++m.confusion[static_cast<std::size_t>(actual * m.classes + predicted)];
                } else {
                    const double e = ws.outputs()[c] - labels[c];
                    squaredError += e * e;
                }
            }
        });
        m.loss = lossSum / b.count;
        if (classification) {
            m.accuracy = static_cast<double>(correct) / b.count;
        } else {
            double mean = 0.0;
            for (int c = 0; c < b.count; ++c)
                mean += b.labels[static_cast<std::size_t>(c)];
            mean /= b.count;
            double total = 0.0;
            for (int c = 0; c < b.count; ++c) {
                const double d = b.labels[static_cast<std::size_t>(c)] - mean;
                total += d * d;
            }
            m.r2 = total > 0.0 ? 1.0 - squaredError / total : 0.0;
        }
        return m;
    }

    // Runs the grid's cells through the network in blocks, calling visit(first cell,
    // count) with the inputs and activations in the workspace.
    template<typename Visit>
    void forEachGridBlock(const Grid &grid, Visit visit)
    {
        if (grid.width < 1 || grid.height < 1 || grid.width > 8192 || grid.height > 8192)
            throw std::invalid_argument("grid sides must be between 1 and 8192 cells");
        const FeatureSet &set = config.features;
        const auto w = static_cast<std::size_t>(grid.width);
        const auto h = static_cast<std::size_t>(grid.height);
        // Every feature depends on x1 alone, x2 alone, or is x1 * x2: compute them once per
        // column and per row rather than per cell.
        gridColumns.resize(set.size() * w);
        gridRows.resize(set.size() * h);
        const Extent &e = grid.extent;
        for (std::size_t f = 0; f < set.size(); ++f) {
            for (std::size_t col = 0; col < w; ++col) {
                const float x = e.xMin + (static_cast<float>(col) + 0.5f) * (e.xMax - e.xMin) / static_cast<float>(w);
                gridColumns[f * w + col] = set[f] == Feature::X1X2 ? x : featureValue(set[f], x, 0.0f);
            }
            for (std::size_t row = 0; row < h; ++row) {
                const float y = e.yMax - (static_cast<float>(row) + 0.5f) * (e.yMax - e.yMin) / static_cast<float>(h);
                gridRows[f * h + row] = set[f] == Feature::X1X2 ? y : featureValue(set[f], 0.0f, y);
            }
        }
        const int cells = grid.width * grid.height;
        float *input = ws.input();
        const auto stride = static_cast<std::size_t>(ws.stride());
        for (int first = 0; first < cells; first += kEvalBlock) {
            const int n = std::min(kEvalBlock, cells - first);
            for (std::size_t f = 0; f < set.size(); ++f) {
                const float *columns = gridColumns.data() + f * w;
                const float *rows = gridRows.data() + f * h;
                const bool product = set[f] == Feature::X1X2;
                const bool alongX1 = dependsOnX1Only(set[f]);
                float *row = input + f * stride;
                // The block's cells a stretch of one grid line at a time: each stretch is a
                // copy, a fill or a product the compiler vectorizes, not a test per cell.
                std::size_t col = static_cast<std::size_t>(first) % w;
                std::size_t line = static_cast<std::size_t>(first) / w;
                for (std::size_t c = 0; c < static_cast<std::size_t>(n); col = 0, ++line) {
                    const std::size_t len = std::min(w - col, static_cast<std::size_t>(n) - c);
                    const float yv = rows[line];
                    float *dst = row + c;
                    if (product) {
                        for (std::size_t k = 0; k < len; ++k)
                            dst[k] = columns[col + k] * yv;
                    } else if (alongX1) {
                        std::copy_n(columns + col, len, dst);
                    } else {
                        std::fill_n(dst, len, yv);
                    }
                    c += len;
                }
            }
            detail::forward(kernels, network, input, ws.stride(), detail::vectorsFor(n), ws);
            visit(first, n);
        }
    }

    Dataset data;
    TrainerConfig config;
    Network network;
    Loss loss;
    Optimizer optimizer;
    const detail::Kernels &kernels;
    const bool plainSgd
        = config.optimizer.kind == OptimizerKind::Sgd && config.optimizer.regularization == Regularization::None;
    const bool outputIsPreActivation = loss.gradientIsPreActivation();
    // Playground's loss, which has a kernel of its own.
    const bool squaredErrorOfOne
        = loss.kind() == LossKind::SquaredError && network.outputs() == 1 && loss.classWeights().empty();
    detail::Workspace ws;
    // planSmallSteps() for batches of one and of two vectors; empty when some layer has no
    // small kernels.
    std::array<std::vector<SmallLayer>, 2> smallSteps;
    SplitBlock train, validation, test;
    std::vector<Point> trainOrder; // the training points in the current epoch's order
    Rng shuffleRng;
    Eigen::VectorXf gradient; // summed over the examples of the pending batch
    Eigen::VectorXf lastGood; // parameters at the end of the last epoch
    int pending = 0; // examples in `gradient`
    int cursor = 0; // next training example of the epoch
    long epochs = 0;
    long steps = 0;
    double lastBatchLoss = 0.0;
    double divergenceLimit = 0.0;
    bool diverged = false;
    std::vector<float> gridColumns, gridRows; // feature values along a grid's axes
};

Trainer::Trainer(Dataset data, TrainerConfig config)
{
    checkTrainerConfig(config, data);
    impl_ = std::make_unique<Impl>(std::move(data), std::move(config));
}
Trainer::~Trainer() = default;
Trainer::Trainer(Trainer &&) noexcept = default;
Trainer &Trainer::operator=(Trainer &&) noexcept = default;

const TrainerConfig &Trainer::config() const
{
    return impl_->config;
}
const Dataset &Trainer::dataset() const
{
    return impl_->data;
}
const Network &Trainer::network() const
{
    return impl_->network;
}
const Loss &Trainer::loss() const
{
    return impl_->loss;
}

bool Trainer::step()
{
    return impl_->step();
}

bool Trainer::epoch()
{
    const long target = impl_->epochs + 1;
    while (impl_->epochs < target)
        if (!impl_->step())
            return false;
    return true;
}

StopReason Trainer::run(long epochs, const std::function<bool(const Progress &)> &callback, long callbackEvery,
                        const std::atomic<bool> *stop)
{
    const long target = impl_->epochs + epochs;
    long sinceCallback = 0;
    while (impl_->epochs < target) {
        if (stop && stop->load(std::memory_order_relaxed))
            return StopReason::Stopped;
        if (!impl_->step())
            return StopReason::Diverged;
        if (callback && callbackEvery > 0 && ++sinceCallback >= callbackEvery) {
            sinceCallback = 0;
            if (!callback(progress()))
                return StopReason::Stopped;
        }
    }
    return impl_->diverged ? StopReason::Diverged : StopReason::Finished;
}

void Trainer::reset()
{
    impl_->reset(impl_->config.seed);
}
void Trainer::reset(std::uint64_t seed)
{
    impl_->reset(seed);
}

void Trainer::setParameters(const Network &trained)
{
    if (trained.config() != impl_->network.config())
        throw std::invalid_argument("the network's shape differs from the trainer's");
    impl_->reset(impl_->config.seed);
    impl_->network.parameters() = trained.parameters();
    impl_->lastGood = trained.parameters();
}

long Trainer::epochs() const
{
    return impl_->epochs;
}
long Trainer::steps() const
{
    return impl_->steps;
}
bool Trainer::diverged() const
{
    return impl_->diverged;
}
Progress Trainer::progress() const
{
    return {impl_->epochs, impl_->steps, impl_->lastBatchLoss};
}

double Trainer::loss(Split split)
{
    return impl_->meanLoss(impl_->block(split));
}
Metrics Trainer::metrics(Split split)
{
    return impl_->metrics(impl_->block(split));
}

void Trainer::boundary(const Grid &grid, std::span<float> out)
{
    const int outputs = impl_->network.outputs();
    if (out.size() < static_cast<std::size_t>(grid.width) * grid.height * outputs)
        throw std::invalid_argument("boundary: the output buffer is too small for the grid");
    const float *result = impl_->ws.outputs();
    const int stride = impl_->ws.stride();
    impl_->forEachGridBlock(grid, [&](int first, int n) {
        float *dst = out.data() + static_cast<std::size_t>(first) * outputs;
        if (outputs == 1) {
            std::copy_n(result, n, dst);
            return;
        }
        for (int c = 0; c < n; ++c)
            for (int k = 0; k < outputs; ++k)
                dst[c * outputs + k] = result[k * stride + c];
    });
}

int Trainer::neuronCount() const
{
    int count = impl_->network.inputs();
    for (int l = 0; l < impl_->network.layerCount(); ++l)
        count += impl_->network.layer(l).units;
    return count;
}

void Trainer::neuronOutputs(const Grid &grid, std::span<float> out)
{
    const auto plane = static_cast<std::size_t>(grid.width) * static_cast<std::size_t>(grid.height);
    if (out.size() < plane * static_cast<std::size_t>(neuronCount()))
        throw std::invalid_argument("neuronOutputs: the output buffer is too small for the grid");
    auto &s = *impl_;
    const auto stride = static_cast<std::size_t>(s.ws.stride());
    s.forEachGridBlock(grid, [&](int first, int n) {
        std::size_t neuron = 0;
        const auto copyRows = [&](const float *block, int rows) {
            for (int r = 0; r < rows; ++r, ++neuron)
                std::copy_n(block + static_cast<std::size_t>(r) * stride, n,
                            out.data() + neuron * plane + static_cast<std::size_t>(first));
        };
        copyRows(s.ws.input(), s.network.inputs());
        for (int l = 0; l < s.network.layerCount(); ++l)
            copyRows(s.ws.activations(l), s.network.layer(l).units);
    });
}

} // namespace loopwise::engine
