// The prompts lab's built-in demonstration model: training at first use, and a test run of
// 2 prompts x 20 cases x 5 seeds, which must take <= 1 s on one core (issue 15, section 5).

#include "loopwise/engine/demo_model.h"
#include "loopwise/engine/json.h"
#include "loopwise/engine/prompt_tasks.h"

#include <benchmark/benchmark.h>

#include <fstream>
#include <sstream>
#include <string>

namespace {

using namespace loopwise::engine;

Json content(const std::string &file)
{
    std::ifstream in(LOOPWISE_CONTENT_DIR "/en/prompts/" + file, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return parseJson(text.str());
}

void BM_DemoModelTrain(benchmark::State &state)
{
    const std::string corpus = prompts::demoCorpus(content("demo_corpus.json"));
    for (auto _ : state)
        benchmark::DoNotOptimize(prompts::DemoModel::train(corpus));
}

// Prompt A of the triage task (zero-shot: the model writes until a blank line or 48
// tokens) and a prompt with six examples (it answers a label), on 20 of its cases, 5 seeds.
void BM_DemoModelTestRun(benchmark::State &state)
{
    const prompts::DemoModel model = prompts::DemoModel::train(prompts::demoCorpus(content("demo_corpus.json")));
    const prompts::PromptTask task = prompts::tasksFromJson(content("tasks.json")).front();
    std::string fewShot = "Classify each support ticket as urgent or normal.\n\n";
    for (std::size_t i = 0; i < 6; ++i)
        fewShot += "Ticket: " + task.cases[23 - i].input + "\nLabel: " + task.cases[23 - i].expected + "\n\n";
    fewShot += "Ticket: {{input}}\nLabel:";
    prompts::GenerateOptions options;
    options.labels = task.labels;
    long long tokens = 0;
    for (auto _ : state)
        for (const std::string &prompt : {task.promptA, fewShot})
            for (std::uint64_t seed = 1; seed <= 5; ++seed)
                for (std::size_t c = 0; c < 20; ++c) {
                    options.seed = seed;
                    const prompts::DemoAnswer answer = model.generate(prompt, task.cases[c].input, options);
                    tokens += answer.outputTokens;
                }
    state.counters["answers"] = 200;
    state.counters["tokens_per_s"] = benchmark::Counter(static_cast<double>(tokens), benchmark::Counter::kIsRate);
}

} // namespace

BENCHMARK(BM_DemoModelTrain)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_DemoModelTestRun)->Unit(benchmark::kMillisecond);
