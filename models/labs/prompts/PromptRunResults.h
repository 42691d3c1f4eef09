#pragma once
// One finished A/B test run of the prompts lab and its figures, all from the engine's
// statistics: the answers (per prompt, seed and case, with tokens and time), whether each
// passed the task's checks, the pass rate per prompt with its spread over seeds, repeated
// answers grouped per case, the case-by-case comparison, and whether B's difference from A
// is larger than the run-to-run noise (paired sign test and bootstrap interval).

#include "loopwise/engine/prompt_stats.h"
#include "loopwise/engine/prompt_tasks.h"

#include <QDateTime>
#include <QString>
#include <QVariantMap>

#include <array>
#include <vector>

namespace loopwise {

// One answer as the model gave it.
struct PromptAnswer
{
    std::string text;
    int promptTokens = 0;
    int outputTokens = 0;
    double milliseconds = 0.0; // measured here, around the model's call
    bool passed = false;
};

// Where the answers came from: what a row of the results shows with every output.
struct PromptRunProvenance
{
    QString model; // the model's name, as the learner sees it
    QString version; // its version or digest
    double temperature = 0.7;
    bool calibrate = false;
    QDateTime startedUtc;
};

// What a run was asked to do and what came back: answers[prompt][seed][case], prompt 0 is A.
struct PromptRunOutcome
{
    engine::prompts::PromptTask task; // with the cases that were run
    std::array<std::string, 2> prompts;
    std::vector<std::uint64_t> seeds;
    PromptRunProvenance provenance;
    std::array<std::vector<std::vector<PromptAnswer>>, 2> answers;
};

// The figures of a finished run (computed once, read by the lab, its rows and its exports).
class PromptRunResults
{
public:
    static constexpr int kPromptA = 0;
    static constexpr int kPromptB = 1;

    explicit PromptRunResults(PromptRunOutcome outcome);

    const PromptRunOutcome &outcome() const { return m_outcome; }
    int caseCount() const { return static_cast<int>(m_outcome.task.cases.size()); }
    int seedCount() const { return static_cast<int>(m_outcome.seeds.size()); }

    const engine::prompts::PassRate &passRate(int prompt) const { return m_passRates[prompt]; }
    const std::vector<engine::prompts::CaseRow> &rows() const { return m_rows; }
    const engine::prompts::PairedTest &signTest() const { return m_signTest; }
    const engine::prompts::Interval &interval() const { return m_interval; }
    // The answers to one case over the seeds, equal ones grouped, the most frequent first.
    std::vector<engine::prompts::AnswerGroup> groups(int prompt, int caseIndex) const;
    // The prompt as it was run on the case (its {{input}} filled in).
    std::string promptAsRun(int prompt, int caseIndex) const;

    // What a saved run keeps so that it can be reopened with its answers: "cases" ({input,
    // expected} each), "answers" (one {prompt: "A"|"B", case (1-based), seed, output, passed,
    // promptTokens, outputTokens, milliseconds} per answer) and "provenance", what all answers
    // share: {model, version, temperature, calibrate, startedUtc, promptA, promptB} (the
    // prompts as templates: a case's prompt as run is its template with the input in the slot).
    QVariantMap toVariantMap() const;

    long long outputTokens(int prompt) const;
    long long promptTokens(int prompt) const;
    double milliseconds(int prompt) const;

private:
    engine::prompts::PassTable passTable(int prompt) const;

    PromptRunOutcome m_outcome;
    std::array<engine::prompts::PassRate, 2> m_passRates;
    std::vector<engine::prompts::CaseRow> m_rows;
    engine::prompts::PairedTest m_signTest;
    engine::prompts::Interval m_interval;
};

} // namespace loopwise
