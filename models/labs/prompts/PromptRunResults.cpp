#include "PromptRunResults.h"

#include "loopwise/engine/demo_model.h"

namespace loopwise {

namespace prompts = engine::prompts;

PromptRunResults::PromptRunResults(PromptRunOutcome outcome)
    : m_outcome(std::move(outcome))
{
    const prompts::PassTable a = passTable(kPromptA);
    const prompts::PassTable b = passTable(kPromptB);
    m_passRates = {prompts::passRate(a), prompts::passRate(b)};
    m_rows = prompts::compareCases(a, b);
    m_signTest = prompts::pairedSignTest(m_rows);
    m_interval = prompts::bootstrapDifference(m_rows, seedCount());
}

prompts::PassTable PromptRunResults::passTable(int prompt) const
{
    prompts::PassTable table;
    for (const std::vector<PromptAnswer> &seedAnswers : m_outcome.answers[prompt]) {
        std::vector<bool> &row = table.emplace_back();
        for (const PromptAnswer &answer : seedAnswers)
            row.push_back(answer.passed);
    }
    return table;
}

QVariantMap PromptRunResults::toVariantMap() const
{
    QVariantList answers;
    for (int prompt : {kPromptA, kPromptB})
        for (int seed = 0; seed < seedCount(); ++seed)
            for (int c = 0; c < caseCount(); ++c) {
                const PromptAnswer &answer = m_outcome.answers[prompt][seed][c];
                answers.append(QVariantMap{
                    {QStringLiteral("prompt"), prompt == kPromptA ? QStringLiteral("A") : QStringLiteral("B")},
                    {QStringLiteral("case"), c + 1},
                    {QStringLiteral("seed"), static_cast<qulonglong>(m_outcome.seeds[seed])},
                    {QStringLiteral("output"), QString::fromStdString(answer.text)},
                    {QStringLiteral("passed"), answer.passed},
                    {QStringLiteral("promptTokens"), answer.promptTokens},
                    {QStringLiteral("outputTokens"), answer.outputTokens},
                    {QStringLiteral("milliseconds"), answer.milliseconds}});
            }
    QVariantList cases;
    for (const prompts::TestCase &testCase : m_outcome.task.cases)
        cases.append(QVariantMap{{QStringLiteral("input"), QString::fromStdString(testCase.input)},
                                 {QStringLiteral("expected"), QString::fromStdString(testCase.expected)}});
    const PromptRunProvenance &run = m_outcome.provenance;
    const QVariantMap provenance{{QStringLiteral("model"), run.model},
                                 {QStringLiteral("version"), run.version},
                                 {QStringLiteral("temperature"), run.temperature},
                                 {QStringLiteral("calibrate"), run.calibrate},
                                 {QStringLiteral("startedUtc"), run.startedUtc.toString(Qt::ISODateWithMs)},
                                 {QStringLiteral("promptA"), QString::fromStdString(m_outcome.prompts[kPromptA])},
                                 {QStringLiteral("promptB"), QString::fromStdString(m_outcome.prompts[kPromptB])}};
    return {{QStringLiteral("cases"), cases},
            {QStringLiteral("answers"), answers},
            {QStringLiteral("provenance"), provenance}};
}

std::vector<prompts::AnswerGroup> PromptRunResults::groups(int prompt, int caseIndex) const
{
    std::vector<std::string> texts;
    for (const std::vector<PromptAnswer> &seedAnswers : m_outcome.answers[prompt])
        texts.push_back(seedAnswers[caseIndex].text);
    return prompts::groupAnswers(texts);
}

std::string PromptRunResults::promptAsRun(int prompt, int caseIndex) const
{
    return prompts::filledPrompt(m_outcome.prompts[prompt], m_outcome.task.cases[caseIndex].input);
}

long long PromptRunResults::outputTokens(int prompt) const
{
    long long sum = 0;
    for (const auto &seedAnswers : m_outcome.answers[prompt])
        for (const PromptAnswer &answer : seedAnswers)
            sum += answer.outputTokens;
    return sum;
}

long long PromptRunResults::promptTokens(int prompt) const
{
    long long sum = 0;
    for (const auto &seedAnswers : m_outcome.answers[prompt])
        for (const PromptAnswer &answer : seedAnswers)
            sum += answer.promptTokens;
    return sum;
}

double PromptRunResults::milliseconds(int prompt) const
{
    double sum = 0.0;
    for (const auto &seedAnswers : m_outcome.answers[prompt])
        for (const PromptAnswer &answer : seedAnswers)
            sum += answer.milliseconds;
    return sum;
}

} // namespace loopwise
