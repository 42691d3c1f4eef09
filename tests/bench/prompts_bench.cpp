// The prompts lab's analyser on a 4,000-character prompt: it re-runs on every keystroke,
// so it must stay well under a frame (target <= 1 ms).

#include "loopwise/engine/json.h"
#include "loopwise/engine/prompt_analyser.h"

#include <benchmark/benchmark.h>

#include <fstream>
#include <sstream>
#include <string>

namespace {

using namespace loopwise::engine;

prompts::PromptAnalyser englishAnalyser()
{
    std::ifstream in(LOOPWISE_CONTENT_DIR "/en/prompts/analyser.json", std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return prompts::PromptAnalyser(prompts::wordListsFromJson(parseJson(text.str())));
}

// A realistic long prompt: role, context, rules, examples, delimiters, repeated to 4,000 chars.
std::string longPrompt()
{
    const std::string part = "You are a support lead. Classify each ticket as urgent or normal so that the night team "
                             "knows what to do first. Do not guess; always explain the reason in one sentence.\n"
                             "Ticket: The server is down for everyone since 02:00.\nLabel: urgent\n"
                             "Ticket: How do I change my avatar and some other things etc?\nLabel: normal\n"
                             "<ticket>\n{{input}}\n</ticket>\n";
    std::string prompt;
    while (prompt.size() < 4000)
        prompt += part;
    prompt.resize(4000);
    return prompt;
}

void BM_PromptAnalyser4000(benchmark::State &state)
{
    const prompts::PromptAnalyser analyser = englishAnalyser();
    const std::string prompt = longPrompt();
    for (auto _ : state)
        benchmark::DoNotOptimize(analyser.analyse(prompt));
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) * prompt.size());
}

} // namespace

BENCHMARK(BM_PromptAnalyser4000)->Unit(benchmark::kMicrosecond);
