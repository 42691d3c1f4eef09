#include "Generation.h"

#include "ServerCall.h"
#include "ServerProtocol.h"

namespace loopwise {

Generation::Generation(QNetworkAccessManager *network, const ModelServerSettings &settings, const QString &prompt,
                       const QString &modelDigest, QObject *parent)
    : QObject(parent)
    , m_network(network)
{
    m_result.prompt = prompt;
    m_result.settings = settings;
    m_result.modelDigest = modelDigest;
    m_result.endpoint = settings.endpoint(ServerProtocol::of(settings.flavour).generatePath()).toString();
}

int Generation::maxPieces(int maxTokens)
{
    return maxTokens + maxTokens / 4 + 16;
}

int Generation::maxCharacters(int maxTokens)
{
    return maxTokens * 32 + 1024;
}

void Generation::start()
{
    const ServerProtocol &protocol = ServerProtocol::of(m_result.settings.flavour);
    m_result.started = QDateTime::currentDateTimeUtc();
    m_clock.start();
    m_call = new ServerCall(m_network, m_result.settings, protocol.generatePath(),
                            protocol.generateBody(m_result.settings, m_result.prompt), this);
    connect(m_call, &ServerCall::linesArrived, this, &Generation::onLines);
    connect(m_call, &ServerCall::completed, this, [this](const QByteArray &rest) {
        if (!rest.isEmpty() && !read(rest))
            return;
        // Still running: the reply ended without the message that closes it.
        finish(GenerationResult::Outcome::Failed,
               ServerFailure::of(m_pieces > 0 ? ServerFailure::Kind::ClosedMidStream : ServerFailure::Kind::Malformed,
                                 m_call->facts(), QStringLiteral("the reply ended without its closing message")));
    });
    connect(m_call, &ServerCall::failed, this,
            [this](const ServerFailure &failure) { finish(GenerationResult::Outcome::Failed, failure); });
    m_call->start();
}

void Generation::cancel()
{
    if (m_call)
        finish(GenerationResult::Outcome::Cancelled);
}

void Generation::onLines(const QList<QByteArray> &lines)
{
    for (const QByteArray &line : lines) {
        if (!read(line))
            return;
    }
}

bool Generation::read(const QByteArray &line) // false once finished
{
    const StreamEvent event = ServerProtocol::of(m_result.settings.flavour).readLine(line);
    switch (event.kind) {
    case StreamEvent::Kind::Nothing:
        return true;
    case StreamEvent::Kind::Malformed:
        finish(GenerationResult::Outcome::Failed,
               ServerFailure::of(ServerFailure::Kind::Malformed, m_call->facts(), event.problem));
        return false;
    case StreamEvent::Kind::ServerError: {
        const auto kind
            = saysUnknownModel(event.problem) ? ServerFailure::Kind::UnknownModel : ServerFailure::Kind::ServerError;
        finish(GenerationResult::Outcome::Failed, ServerFailure::of(kind, m_call->facts(), event.problem));
        return false;
    }
    case StreamEvent::Kind::Chunk:
        break;
    }
    m_result.stats.merge(event.stats);
    if (!event.text.isEmpty()) {
        ++m_pieces;
        m_result.text += event.text;
        const int maxTokens = m_result.settings.maxTokens;
        if (m_pieces > maxPieces(maxTokens) || m_result.text.size() > maxCharacters(maxTokens)) {
            finish(GenerationResult::Outcome::Failed,
                   ServerFailure::of(ServerFailure::Kind::Endless, m_call->facts(),
                                     QStringLiteral("%1 pieces, %2 characters for at most %3 tokens")
                                         .arg(m_pieces)
                                         .arg(m_result.text.size())
                                         .arg(maxTokens)));
            return false;
        }
        Q_EMIT textArrived(event.text, m_result.text);
    }
    if (event.done) { // the closing message: the reply is complete
        finish(GenerationResult::Outcome::Complete);
        return false;
    }
    return true;
}

void Generation::finish(GenerationResult::Outcome outcome, const ServerFailure &failure)
{
    if (!m_call)
        return;
    m_call->stop();
    m_call->deleteLater();
    m_call = nullptr;
    m_result.outcome = outcome;
    m_result.failure = failure;
    m_result.durationMs = m_clock.elapsed();
    Q_EMIT finished(m_result);
}

} // namespace loopwise
