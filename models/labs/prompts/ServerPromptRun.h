#pragma once
// A test run on the learner's local model server: prompt A and prompt B over every case and
// seed, one streamed request at a time through ModelServer (Qt Network's signals, nothing
// waits). The first failure ends the run with the server's message, so the lab can say it
// and run on the built-in model instead; cancel stops the request under way.

#include "PromptRunResults.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace loopwise {

class ModelServer;
struct GenerationResult;

class ServerPromptRun : public QObject
{
    Q_OBJECT

public:
    explicit ServerPromptRun(QObject *parent = nullptr);
    ~ServerPromptRun() override;

    bool running() const { return m_server != nullptr; }
    // Starts the run; false (after failed()) when the server cannot take the first prompt.
    bool start(ModelServer *server, const engine::prompts::PromptTask &task, const std::array<std::string, 2> &prompts,
               int seeds, double temperature);
    void cancel();

Q_SIGNALS:
    void progressed(int done, int total, int caseIndex, int seedIndex);
    void finished(std::shared_ptr<const loopwise::PromptRunResults> results);
    void failed(const QString &message);
    void cancelled();

private:
    void sendNext();
    void take(const GenerationResult &result);
    void end();

    QPointer<ModelServer> m_server;
    QMetaObject::Connection m_connection;
    PromptRunOutcome m_outcome;
    int m_next = 0;
    int m_total = 0;
};

} // namespace loopwise
