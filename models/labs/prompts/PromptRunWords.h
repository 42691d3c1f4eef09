#pragma once
// The test run's wording, in whole translated sentences built from a run's own figures:
// the model's name, progress, pass rates, grouped answers, the noise verdict, the honest
// notes about what the built-in model cannot show, and the evidence lines.

#include "PromptRunResults.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace loopwise {

class PromptRunWords
{
    Q_DECLARE_TR_FUNCTIONS(loopwise::PromptRunWords)

public:
    static QString builtinModelName();
    // The built-in model's "version": what it was trained on, which decides its answers.
    static QString builtinModelVersion(int vocabulary, long long trainingTokens, const QString &language);

    static QString progress(int caseIndex, int cases, int seedIndex, int seeds);
    static QString training();
    // "62 % (spread over 5 seeds: 58 % to 67 %, SD 3.4 points)"
    static QString passRate(const engine::prompts::PassRate &rate);
    // "7 of 10 answered "urgent"; 3 of 10 answered "normal""
    static QString groups(const std::vector<engine::prompts::AnswerGroup> &groups, int seeds);
    // Whether B's difference from A is larger than run-to-run noise, in plain words.
    static QString verdict(const PromptRunResults &results);
    // Where the built-in model cannot show an effect, and what to do about it.
    static QString honestNotes();
    // Before a run on the built-in model, for a task whose answer is no label (a summary in
    // a format, a JSON object): the model cannot write such answers, whichever prompt.
    static QString builtinLimit();
    // "Tokens: 1,234 in the prompts, 456 answered; time: 0.8 s"
    static QString cost(const PromptRunResults &results, int prompt);
    // One row's provenance: model, version, seeds, temperature, time.
    static QString provenance(const PromptRunResults &results);

    static QStringList evidenceSettings(const PromptRunResults &results);
    static QStringList evidenceFigures(const PromptRunResults &results);
};

} // namespace loopwise
