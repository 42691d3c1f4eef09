// The mixture of experts' promise in time: epochs per second of a 4-expert, top-1 mixture
// on the spiral against the dense network with the same total parameters, trained alike
// (Adam, softmax cross-entropy, batches of 10 of 250 training points), and the frame
// figure: one 100 x 100 decision picture of the mixture.

#include "loopwise/engine/experts.h"

#include <benchmark/benchmark.h>

#include <vector>

namespace {

using namespace loopwise::engine;

MixtureConfig spiralMixture()
{
    MixtureConfig config;
    config.experts = 4;
    config.topK = 1;
    config.hidden = {{8, Activation::Tanh}};
    return config;
}

Dataset spiral()
{
    DatasetConfig data;
    data.kind = DatasetKind::Spiral;
    data.points = 500;
    return makeDataset(data);
}

void BM_MixtureEpoch(benchmark::State &state)
{
    Mixture mixture(spiral(), spiralMixture());
    for (auto _ : state)
        mixture.epoch();
    state.counters["epochs_per_second"]
        = benchmark::Counter(static_cast<double>(state.iterations()), benchmark::Counter::kIsRate);
    state.counters["multiply_adds_per_input"] = double(mixture.cost().multiplyAdds);
}

void BM_DenseSameTotalEpoch(benchmark::State &state)
{
    const MixtureConfig config = spiralMixture();
    const Dataset data = spiral();
    const long total = Mixture(data, config).cost().parameters;
    const auto shape = denseShapeWithParameters(config.hidden, 2, 2, total);
    Trainer dense(data, denseTrainerConfig(config, shape));
    for (auto _ : state)
        dense.epoch();
    state.counters["epochs_per_second"]
        = benchmark::Counter(static_cast<double>(state.iterations()), benchmark::Counter::kIsRate);
    state.counters["multiply_adds_per_input"] = double(denseCost(2, shape, 2).multiplyAdds);
}

void BM_MixtureFrame(benchmark::State &state)
{
    Mixture mixture(spiral(), spiralMixture());
    const Grid grid{mixture.dataset().extent, 100, 100};
    std::vector<float> picture(100 * 100 * 2);
    std::vector<int> regions(100 * 100);
    for (auto _ : state) {
        mixture.boundary(grid, picture);
        mixture.gateChoice(grid, regions);
        benchmark::DoNotOptimize(picture.data());
    }
}

} // namespace

BENCHMARK(BM_MixtureEpoch);
BENCHMARK(BM_DenseSameTotalEpoch);
BENCHMARK(BM_MixtureFrame);
