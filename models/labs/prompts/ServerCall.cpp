#include "ServerCall.h"

#include "ServerProtocol.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <cmath>

namespace loopwise {

namespace {

constexpr qint64 kMaxLineBytes = 1024 * 1024;
constexpr qint64 kMaxErrorBodyBytes = 64 * 1024;

} // namespace

ServerCall::ServerCall(QNetworkAccessManager *network, const ModelServerSettings &settings, const QString &path,
                       const QByteArray &body, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_settings(settings)
    , m_url(settings.endpoint(path))
    , m_body(body)
{
    m_idle.setSingleShot(true);
    m_cap.setSingleShot(true);
    connect(&m_idle, &QTimer::timeout, this, [this] {
        fail(m_answered ? ServerFailure::Kind::Stalled : ServerFailure::Kind::NoAnswer,
             QStringLiteral("%1: no data for %2 ms").arg(m_url.toDisplayString()).arg(m_settings.timeoutMs));
    });
    connect(&m_cap, &QTimer::timeout, this, [this] {
        ServerFailure::Facts cap = facts();
        cap.seconds = static_cast<int>(std::ceil(m_settings.maxDurationMs / 1000.0));
        stop();
        Q_EMIT failed(ServerFailure::of(ServerFailure::Kind::TooLong, cap,
                                        QStringLiteral("%1: reply still running after %2 ms")
                                            .arg(m_url.toDisplayString())
                                            .arg(m_settings.maxDurationMs)));
    });
}

ServerCall::~ServerCall()
{
    stop();
}

ServerFailure::Facts ServerCall::facts() const
{
    ServerFailure::Facts facts;
    const int port = m_url.port(m_url.scheme() == QLatin1String("https") ? 443 : 80);
    facts.server = m_url.host().isEmpty() ? m_settings.baseUrl.toDisplayString()
                                          : QStringLiteral("%1:%2").arg(m_url.host()).arg(port);
    facts.model = m_settings.model;
    facts.path = m_url.path();
    facts.seconds = static_cast<int>(std::ceil(m_settings.timeoutMs / 1000.0));
    facts.tokens = m_settings.maxTokens;
    facts.httpStatus = m_status;
    return facts;
}

void ServerCall::start()
{
    const QString scheme = m_url.scheme();
    if (!m_url.isValid() || m_url.host().isEmpty()
        || (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
        ServerFailure::Facts facts;
        facts.server = m_settings.baseUrl.toString();
        Q_EMIT failed(ServerFailure::of(ServerFailure::Kind::BadAddress, facts, m_url.errorString()));
        return;
    }
    m_network->setProxy(QNetworkProxy::NoProxy); // straight to the server the learner named
    QNetworkRequest request(m_url);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::UserVerifiedRedirectPolicy);
    request.setMaximumRedirectsAllowed(3);
    request.setRawHeader("Accept", "application/json, application/x-ndjson, text/event-stream");
    if (m_body.isEmpty()) {
        m_reply = m_network->get(request);
    } else {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        m_reply = m_network->post(request, m_body);
    }
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &ServerCall::onMetaData);
    connect(m_reply, &QNetworkReply::readyRead, this, &ServerCall::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &ServerCall::onFinished);
    connect(m_reply, &QNetworkReply::redirected, this, &ServerCall::onRedirected);
    m_idle.start(m_settings.timeoutMs);
    m_cap.start(m_settings.maxDurationMs);
}

void ServerCall::stop()
{
    m_idle.stop();
    m_cap.stop();
    if (QNetworkReply *reply = m_reply) {
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void ServerCall::fail(ServerFailure::Kind kind, const QString &details)
{
    stop();
    Q_EMIT failed(ServerFailure::of(kind, facts(), details));
}

void ServerCall::onMetaData()
{
    m_answered = true;
    m_idle.start(m_settings.timeoutMs);
    m_status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

void ServerCall::onRedirected(const QUrl &target)
{
    const QUrl resolved = m_url.resolved(target);
    if (resolved.scheme() == m_url.scheme() && resolved.host().compare(m_url.host(), Qt::CaseInsensitive) == 0
        && resolved.port(80) == m_url.port(80)) {
        m_buffer.clear(); // the redirect's own body
        Q_EMIT m_reply->redirectAllowed();
        return;
    }
    ServerFailure::Facts redirect = facts();
    redirect.target = resolved.host();
    stop();
    Q_EMIT failed(ServerFailure::of(
        ServerFailure::Kind::RedirectRefused, redirect,
        QStringLiteral("%1 redirected to %2").arg(m_url.toDisplayString(), resolved.toDisplayString())));
}

void ServerCall::onReadyRead()
{
    m_answered = true;
    m_idle.start(m_settings.timeoutMs);
    const QByteArray data = m_reply->readAll();
    m_received += data.size();
    if (m_received > kMaxReplyBytes) {
        fail(ServerFailure::Kind::Endless, QStringLiteral("more than %1 bytes received").arg(kMaxReplyBytes));
        return;
    }
    m_buffer += data;
    if (m_status >= 300) { // an error's body, read whole at the end
        m_buffer.truncate(kMaxErrorBodyBytes);
        return;
    }
    QList<QByteArray> lines;
    qsizetype start = 0;
    for (qsizetype end = m_buffer.indexOf('\n'); end >= 0; end = m_buffer.indexOf('\n', start)) {
        QByteArray line = m_buffer.mid(start, end - start);
        if (line.endsWith('\r'))
            line.chop(1);
        lines.append(line);
        start = end + 1;
    }
    m_buffer.remove(0, start);
    if (m_buffer.size() > kMaxLineBytes) {
        fail(ServerFailure::Kind::Malformed, QStringLiteral("a line longer than %1 bytes").arg(kMaxLineBytes));
        return;
    }
    if (!lines.isEmpty())
        Q_EMIT linesArrived(lines); // a receiver may stop() this call
}

void ServerCall::onFinished()
{
    if (!m_reply)
        return;
    const QNetworkReply::NetworkError error = m_reply->error();
    const QString errorText = m_reply->errorString();
    if (m_reply->bytesAvailable() > 0)
        onReadyRead();
    if (!m_reply) // stopped while reading the last bytes
        return;
    m_status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (m_status >= 300) {
        const ServerFailure failure = httpFailure(m_status);
        stop();
        Q_EMIT failed(failure);
        return;
    }
    switch (error) {
    case QNetworkReply::NoError: {
        const QByteArray rest = m_buffer;
        stop();
        Q_EMIT completed(rest);
        return;
    }
    case QNetworkReply::ConnectionRefusedError:
        fail(ServerFailure::Kind::Refused, errorText);
        return;
    case QNetworkReply::HostNotFoundError:
        fail(ServerFailure::Kind::HostNotFound, errorText);
        return;
    case QNetworkReply::TimeoutError:
        fail(ServerFailure::Kind::NoAnswer, errorText);
        return;
    case QNetworkReply::RemoteHostClosedError:
        fail(ServerFailure::Kind::ClosedMidStream, errorText);
        return;
    case QNetworkReply::ProtocolFailure:
        fail(ServerFailure::Kind::Malformed, errorText);
        return;
    default:
        fail(ServerFailure::Kind::Network, errorText);
        return;
    }
}

ServerFailure ServerCall::httpFailure(int status) const
{
    const QString serverText = serverErrorText(m_buffer);
    const QString details = QStringLiteral("HTTP %1 from %2: %3").arg(status).arg(m_url.toDisplayString(), serverText);
    if ((status == 404 || status == 400) && saysUnknownModel(serverText))
        return ServerFailure::of(ServerFailure::Kind::UnknownModel, facts(), details);
    if (status == 404 || status == 405)
        return ServerFailure::of(ServerFailure::Kind::MissingEndpoint, facts(), details);
    return ServerFailure::of(ServerFailure::Kind::HttpError, facts(), details);
}

} // namespace loopwise
