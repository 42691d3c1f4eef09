#include "ServerPromptRun.h"

#include "ModelServer.h"

#include "loopwise/engine/demo_model.h"

namespace loopwise {

namespace prompts = engine::prompts;

ServerPromptRun::ServerPromptRun(QObject *parent)
    : QObject(parent)
{}

ServerPromptRun::~ServerPromptRun() = default;

bool ServerPromptRun::start(ModelServer *server, const prompts::PromptTask &task,
                            const std::array<std::string, 2> &prompts, int seeds, double temperature)
{
    cancel();
    const int cases = static_cast<int>(task.cases.size());
    m_outcome = {};
    m_outcome.task = task;
    m_outcome.prompts = prompts;
    for (int s = 1; s <= seeds; ++s)
        m_outcome.seeds.push_back(static_cast<std::uint64_t>(s));
    for (auto &perSeed : m_outcome.answers)
        perSeed.assign(seeds, std::vector<PromptAnswer>(cases));
    m_outcome.provenance.temperature = temperature;
    m_outcome.provenance.startedUtc = QDateTime::currentDateTimeUtc();
    m_next = 0;
    m_total = 2 * cases * seeds;
    m_server = server;
    server->setTemperature(temperature);
    m_connection = connect(server, &ModelServer::generationFinished, this, &ServerPromptRun::take);
    sendNext();
    return running();
}

void ServerPromptRun::cancel()
{
    if (!running())
        return;
    ModelServer *server = m_server;
    end();
    server->cancel();
    Q_EMIT cancelled();
}

void ServerPromptRun::end()
{
    disconnect(m_connection);
    m_server = nullptr;
}

void ServerPromptRun::sendNext()
{
    const int cases = static_cast<int>(m_outcome.task.cases.size());
    const int prompt = m_next % 2;
    const int caseIndex = (m_next / 2) % cases;
    const int seedIndex = m_next / (2 * cases);
    Q_EMIT progressed(m_next, m_total, caseIndex, seedIndex);
    m_server->setSeed(static_cast<int>(m_outcome.seeds[seedIndex]));
    m_server->generate(QString::fromStdString(
        prompts::filledPrompt(m_outcome.prompts[prompt], m_outcome.task.cases[caseIndex].input)));
    if (!m_server->generating()) { // refused before sending: off, bad address, no model
        const QString message = m_server->message();
        end();
        Q_EMIT failed(message);
    }
}

void ServerPromptRun::take(const GenerationResult &result)
{
    if (result.outcome == GenerationResult::Outcome::Cancelled)
        return; // cancel() has ended the run
    if (result.outcome == GenerationResult::Outcome::Failed) {
        end();
        Q_EMIT failed(result.failure.message);
        return;
    }
    const int cases = static_cast<int>(m_outcome.task.cases.size());
    const int prompt = m_next % 2;
    const int caseIndex = (m_next / 2) % cases;
    const int seedIndex = m_next / (2 * cases);
    PromptAnswer &answer = m_outcome.answers[prompt][seedIndex][caseIndex];
    answer.text = result.text.trimmed().toStdString();
    answer.promptTokens = std::max(0, result.stats.promptTokens);
    answer.outputTokens = std::max(0, result.stats.outputTokens);
    answer.milliseconds = static_cast<double>(result.durationMs);
    answer.passed = prompts::passesTask(m_outcome.task, m_outcome.task.cases[caseIndex], answer.text);
    //: a local model's name in a run's provenance: %1 the kind of server, %2 the model
    m_outcome.provenance.model = tr("%1 model %2").arg(flavourName(result.settings.flavour), result.settings.model);
    m_outcome.provenance.version = result.modelVersion();
    if (++m_next < m_total) {
        sendNext();
        return;
    }
    end();
    Q_EMIT finished(std::make_shared<const PromptRunResults>(std::move(m_outcome)));
}

} // namespace loopwise
