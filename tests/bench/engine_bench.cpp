// Training-engine benchmarks, single-threaded. The configurations are TensorFlow
// Playground's, trained with the playground protocol, so epochs/s compare like for like
// with Playground's nn.ts.

#include "loopwise/engine/trainer.h"

#include <benchmark/benchmark.h>

#include <vector>

namespace {

using namespace loopwise::engine;

struct Setup
{
    DatasetKind dataset;
    std::vector<int> hidden;
};

const Setup kSpiral8x4{DatasetKind::Spiral, {8, 8, 8, 8}}; // 2-8-8-8-8-1
const Setup kCircle42{DatasetKind::Circle, {4, 2}}; // 2-4-2-1

Trainer makeTrainer(const Setup &setup)
{
    DatasetConfig data;
    data.kind = setup.dataset;
    data.points = 500;
    data.noise = 0.0;
    data.split.trainRatio = 0.5; // 250 training points
    data.seed = 1;
    TrainerConfig config;
    config.protocol = Protocol::Playground;
    config.hidden.clear();
    for (int units : setup.hidden)
        config.hidden.push_back({units, Activation::Tanh});
    config.optimizer.learningRate = 0.03f;
    config.batchSize = 10;
    return Trainer(makeDataset(data), config);
}

void BM_PlaygroundEpoch(benchmark::State &state, const Setup &setup)
{
    Trainer trainer = makeTrainer(setup);
    for (auto _ : state) {
        trainer.epoch();
        if (trainer.diverged())
            trainer.reset();
    }
    state.counters["epochs_per_second"]
        = benchmark::Counter(static_cast<double>(state.iterations()), benchmark::Counter::kIsRate);
}

void BM_Boundary(benchmark::State &state, const Setup &setup)
{
    Trainer trainer = makeTrainer(setup);
    trainer.run(100);
    const int side = static_cast<int>(state.range(0));
    const Grid grid{trainer.dataset().extent, side, side};
    std::vector<float> out(static_cast<std::size_t>(side) * side);
    for (auto _ : state) {
        trainer.boundary(grid, out);
        benchmark::DoNotOptimize(out.data());
        benchmark::ClobberMemory();
    }
}

// What a UI frame needs: one more epoch, both losses and the 100 x 100 boundary.
void BM_Frame(benchmark::State &state, const Setup &setup)
{
    Trainer trainer = makeTrainer(setup);
    const Grid grid{trainer.dataset().extent, 100, 100};
    std::vector<float> out(100 * 100);
    for (auto _ : state) {
        trainer.epoch();
        benchmark::DoNotOptimize(trainer.loss(Split::Train));
        benchmark::DoNotOptimize(trainer.loss(Split::Test));
        trainer.boundary(grid, out);
        benchmark::ClobberMemory();
    }
    state.counters["epochs_per_second"]
        = benchmark::Counter(static_cast<double>(state.iterations()), benchmark::Counter::kIsRate);
}

BENCHMARK_CAPTURE(BM_PlaygroundEpoch, spiral8x4, kSpiral8x4);
BENCHMARK_CAPTURE(BM_PlaygroundEpoch, circle42, kCircle42);
BENCHMARK_CAPTURE(BM_Boundary, spiral8x4, kSpiral8x4)->Arg(100)->Arg(400)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Frame, spiral8x4, kSpiral8x4)->Unit(benchmark::kMillisecond);

} // namespace
