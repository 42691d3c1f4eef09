// The prompts lab's whole keystroke on a 4,000-character prompt, as the editor triggers it:
// the controller takes the new text, analyses it, compares it with the other prompt and
// updates the comparison table, the signals and the summary. It must stay well under a
// frame (target <= 1 ms), so that typing never drops one.

#include "CourseRepository.h"
#include "PromptsLab.h"

#include <benchmark/benchmark.h>

#include <QGuiApplication>

namespace {

QString longPrompt()
{
    const QString part
        = QStringLiteral("You are a support lead. Classify each ticket as urgent or normal so that the night team "
                         "knows what to do first. Do not guess; always explain the reason in one sentence.\n"
                         "Ticket: The server is down for everyone since 02:00.\nLabel: urgent\n"
                         "Ticket: How do I change my avatar and some other things etc?\nLabel: normal\n"
                         "<ticket>\n{{input}}\n</ticket>\n");
    QString prompt;
    while (prompt.size() < 4000)
        prompt += part;
    prompt.truncate(4000);
    return prompt;
}

void BM_PromptsLabKeystroke4000(benchmark::State &state)
{
    const loopwise::PromptContent content
        = loopwise::PromptContent::load(QStringLiteral("en"), {loopwise::CourseRepository::shippedRoot()});
    loopwise::PromptsLab lab(content, nullptr);
    const QString prompt = longPrompt();
    // Two texts one character apart, as typing and deleting a character gives them.
    const QString typed[2] = {prompt, prompt.left(prompt.size() - 1)};
    int i = 0;
    for (auto _ : state) {
        lab.setPromptA(typed[i]);
        i = 1 - i;
    }
    state.counters["chars"] = double(prompt.size());
}

} // namespace

BENCHMARK(BM_PromptsLabKeystroke4000)->Unit(benchmark::kMicrosecond);

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
