#pragma once
// Runs prompts A and B of a test run on the built-in demonstration model, on its own
// thread: every case with every seed, one answer per unit of work, so progress reaches the
// page and a cancel takes effect between two answers. The model is trained from the content
// pack's demo corpus at first use (and again only for another language's corpus).

#include "LabWorker.h"
#include "PromptRunResults.h"

#include "loopwise/engine/demo_model.h"
#include "loopwise/engine/json.h"

#include <QString>

#include <memory>
#include <optional>

namespace loopwise {

// What to run: the task with the cases, the two prompts and the model settings.
struct PromptRunRequest
{
    long generation = 0;
    engine::prompts::PromptTask task;
    std::array<std::string, 2> prompts;
    int seeds = 5;
    double temperature = 0.7;
    bool calibrate = false;
    // The shipped demo_corpus.json and the language it is for (the model is kept per language).
    std::shared_ptr<const engine::Json> corpus;
    QString corpusLanguage;
};

// Where a run stands, as every snapshot carries it.
struct PromptRunProgress
{
    long generation = 0;
    long runsDone = 0; // runEpochs() calls ended so far
    bool running = false;
    bool training = false; // the model is being trained before the first answer
    int done = 0; // answers so far
    int total = 0;
    int caseIndex = 0; // the answer being given
    int seedIndex = 0;
    std::shared_ptr<const PromptRunResults> results; // once every answer is in
};

class PromptRunWorker : public LabWorker
{
    Q_OBJECT

public:
    using LabWorker::LabWorker;

    // On the worker's thread: a new run from the start; `countsAsRun` for runEpochs().
    void start(const PromptRunRequest &request, bool countsAsRun);
    void cancel();

Q_SIGNALS:
    void progressed(const loopwise::PromptRunProgress &progress);

protected:
    bool trainUnit() override;
    void sendSnapshot() override;

private:
    bool ensureModel();
    void answerNext();
    void stop();

    PromptRunRequest m_request;
    PromptRunOutcome m_outcome;
    std::optional<engine::prompts::DemoModel> m_model;
    QString m_modelLanguage;
    QString m_modelVersion;
    int m_next = 0; // the next answer: seed-major, then case, then prompt
    int m_total = 0;
    long m_runsDone = 0;
    bool m_countsAsRun = false;
    std::shared_ptr<const PromptRunResults> m_results;
};

} // namespace loopwise
