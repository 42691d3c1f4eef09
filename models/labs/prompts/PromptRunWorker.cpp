#include "PromptRunWorker.h"

#include "EngineErrorText.h"
#include "PromptRunWords.h"

#include <QElapsedTimer>

#include <stdexcept>

namespace loopwise {

namespace prompts = engine::prompts;

void PromptRunWorker::start(const PromptRunRequest &request, bool countsAsRun)
{
    stop();
    m_request = request;
    m_countsAsRun = countsAsRun;
    m_results.reset();
    m_next = 0;
    const int cases = static_cast<int>(request.task.cases.size());
    m_total = cases * request.seeds * 2;
    m_outcome = {};
    m_outcome.task = request.task;
    m_outcome.prompts = request.prompts;
    for (int s = 1; s <= request.seeds; ++s)
        m_outcome.seeds.push_back(static_cast<std::uint64_t>(s));
    for (auto &perSeed : m_outcome.answers)
        perSeed.assign(request.seeds, std::vector<PromptAnswer>(cases));
    m_outcome.provenance.model = PromptRunWords::builtinModelName();
    m_outcome.provenance.temperature = request.temperature;
    m_outcome.provenance.calibrate = request.calibrate;
    m_outcome.provenance.startedUtc = QDateTime::currentDateTimeUtc();
    if (m_total == 0) {
        stop();
        sendSnapshot();
        return;
    }
    startTraining();
    sendSnapshot();
}

void PromptRunWorker::cancel()
{
    if (!isTraining())
        return;
    stop();
    sendSnapshot();
}

void PromptRunWorker::stop()
{
    stopTraining();
    if (m_countsAsRun) {
        m_countsAsRun = false;
        ++m_runsDone;
    }
}

bool PromptRunWorker::ensureModel()
{
    if (m_model && m_modelLanguage == m_request.corpusLanguage)
        return true;
    try {
        m_model.emplace(prompts::DemoModel::train(prompts::demoCorpus(*m_request.corpus)));
    } catch (const std::exception &error) {
        m_model.reset();
        Q_EMIT failed(EngineErrorText::of(error));
        return false;
    }
    m_modelLanguage = m_request.corpusLanguage;
    m_modelVersion
        = PromptRunWords::builtinModelVersion(m_model->vocabularySize(), m_model->trainingTokens(), m_modelLanguage);
    return true;
}

bool PromptRunWorker::trainUnit()
{
    if (!m_request.corpus || !ensureModel()) {
        stop();
        return false;
    }
    m_outcome.provenance.version = m_modelVersion;
    try {
        answerNext();
    } catch (const std::exception &error) {
        stop();
        Q_EMIT failed(EngineErrorText::of(error));
        return false;
    }
    if (m_next < m_total)
        return true;
    m_results = std::make_shared<const PromptRunResults>(std::move(m_outcome));
    m_outcome = {};
    stop();
    return false;
}

void PromptRunWorker::answerNext()
{
    const int cases = static_cast<int>(m_request.task.cases.size());
    const int prompt = m_next % 2;
    const int caseIndex = (m_next / 2) % cases;
    const int seedIndex = m_next / (2 * cases);
    const prompts::TestCase &testCase = m_request.task.cases[caseIndex];
    prompts::GenerateOptions options;
    options.seed = m_outcome.seeds[seedIndex];
    options.temperature = m_request.temperature;
    options.labels = m_request.task.labels;
    options.calibrate = m_request.calibrate;
    QElapsedTimer clock;
    clock.start();
    const prompts::DemoAnswer answer = m_model->generate(m_request.prompts[prompt], testCase.input, options);
    PromptAnswer &kept = m_outcome.answers[prompt][seedIndex][caseIndex];
    kept.milliseconds = static_cast<double>(clock.nsecsElapsed()) / 1e6;
    kept.text = answer.text;
    kept.promptTokens = answer.promptTokens;
    kept.outputTokens = answer.outputTokens;
    kept.passed = prompts::passesTask(m_request.task, testCase, answer.text);
    ++m_next;
}

void PromptRunWorker::sendSnapshot()
{
    PromptRunProgress progress;
    progress.generation = m_request.generation;
    progress.runsDone = m_runsDone;
    progress.running = isTraining();
    progress.training = isTraining() && (!m_model || m_modelLanguage != m_request.corpusLanguage);
    progress.done = m_results ? m_total : m_next;
    progress.total = m_total;
    const int cases = std::max<int>(1, static_cast<int>(m_request.task.cases.size()));
    const int current = std::min(m_next, std::max(0, m_total - 1));
    progress.caseIndex = (current / 2) % cases;
    progress.seedIndex = current / (2 * cases);
    progress.results = m_results;
    snapshotSent();
    Q_EMIT progressed(progress);
}

} // namespace loopwise
