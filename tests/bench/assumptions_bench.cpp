// The "Check the assumptions" experiments: a whole run each (tickets, features, training,
// figures), and one training step of the urgent-tickets model, what a worker's time slice
// is made of.

#include "loopwise/engine/cost_experiment.h"
#include "loopwise/engine/shortcut_experiment.h"
#include "loopwise/engine/validation_experiment.h"

#include <benchmark/benchmark.h>

namespace {

using namespace loopwise::engine::assumptions;

void BM_ShortcutRun(benchmark::State &state)
{
    for (auto _ : state)
        benchmark::DoNotOptimize(runShortcut(ShortcutConfig{}));
}

void BM_ShortcutTrainingStep(benchmark::State &state)
{
    ShortcutExperiment experiment(ShortcutConfig{});
    for (auto _ : state) {
        if (experiment.trainer().finished()) {
            state.PauseTiming();
            experiment = ShortcutExperiment(ShortcutConfig{});
            state.ResumeTiming();
        }
        experiment.trainer().step();
    }
}

void BM_ValidationPureNoise(benchmark::State &state)
{
    ValidationConfig config;
    config.method = ValidationMethod::SelectionBeforeSplit;
    config.data.items = 400;
    config.data.copiesPerItem = 1;
    config.data.signal = 0.0;
    config.data.noiseFeatures = 4000;
    config.selectedFeatures = 20;
    for (auto _ : state)
        benchmark::DoNotOptimize(runValidation(config));
}

void BM_CostRun(benchmark::State &state)
{
    CostConfig config;
    config.repair = CostRepair::CostThreshold;
    for (auto _ : state)
        benchmark::DoNotOptimize(runCost(config));
}

BENCHMARK(BM_ShortcutRun)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ShortcutTrainingStep)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_ValidationPureNoise)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_CostRun)->Unit(benchmark::kMillisecond);

} // namespace
