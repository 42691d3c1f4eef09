#include "FakeModelServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

namespace loopwise::test {

const QString FakeModelServer::kModel = QStringLiteral("tiny:1b");
const QString FakeModelServer::kDigest = QStringLiteral("sha256:5e1f00d0c0ffee");
const QString FakeModelServer::kFingerprint = QStringLiteral("fp_tiny_1");

namespace {

QByteArray chunk(const QByteArray &data)
{
    return QByteArray::number(data.size(), 16) + "\r\n" + data + "\r\n";
}

QByteArray head(int status, const QByteArray &reason, const QByteArray &type, const QByteArray &extra = {})
{
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\nContent-Type: " + type
        + "\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n" + extra + "\r\n";
}

// A whole reply: headers, the body in one chunk, the end.
QByteArray whole(int status, const QByteArray &reason, const QByteArray &type, const QByteArray &body,
                 const QByteArray &extra = {})
{
    return head(status, reason, type, extra) + (body.isEmpty() ? QByteArray() : chunk(body)) + "0\r\n\r\n";
}

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

const QStringList kWords{QStringLiteral("urgent"), QStringLiteral("billing"), QStringLiteral("outage"),
                         QStringLiteral("refund"), QStringLiteral("login"),   QStringLiteral("slow"),
                         QStringLiteral("crash"),  QStringLiteral("invoice"), QStringLiteral("password"),
                         QStringLiteral("later"),  QStringLiteral("now"),     QStringLiteral("maybe")};

} // namespace

FakeModelServer::FakeModelServer(ServerFlavour serverFlavour, QObject *parent)
    : QObject(parent)
    , flavour(serverFlavour)
{
    connect(&m_server, &QTcpServer::newConnection, this, &FakeModelServer::onConnection);
    m_server.listen(QHostAddress::LocalHost, 0);
}

QString FakeModelServer::textFor(int seed, int requestNumber) const
{
    const int key = !variesWithSeed ? 0 : honoursSeed ? seed : seed + 7919 * requestNumber;
    QStringList words;
    for (int i = 0; i < pieces; ++i)
        words.append(kWords[(key * 7 + i * 5 + (key / 3)) % kWords.size()]);
    return words.join(QLatin1Char(' '));
}

void FakeModelServer::onConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
            *buffer += socket->readAll();
            const qsizetype headEnd = buffer->indexOf("\r\n\r\n");
            if (headEnd < 0)
                return;
            const QList<QByteArray> headLines = buffer->left(headEnd).split('\n');
            const QList<QByteArray> requestLine = headLines.front().trimmed().split(' ');
            qsizetype length = 0;
            for (const QByteArray &header : headLines) {
                if (header.toLower().startsWith("content-length:"))
                    length = header.mid(15).trimmed().toLongLong();
            }
            if (buffer->size() < headEnd + 4 + length || requestLine.size() < 2)
                return;
            Request request{requestLine[0], requestLine[1],
                            QJsonDocument::fromJson(buffer->mid(headEnd + 4, length)).object()};
            buffer->clear();
            requests.append(request);
            answer(socket, request);
        });
    }
}

QByteArray FakeModelServer::modelList() const
{
    if (behaviour == Behaviour::WrongShape)
        return json({{QStringLiteral("unexpected"), QJsonArray()}});
    if (flavour == ServerFlavour::Ollama) {
        const QJsonObject model{{QStringLiteral("name"), kModel},
                                {QStringLiteral("model"), kModel},
                                {QStringLiteral("digest"), kDigest},
                                {QStringLiteral("size"), 1234567}};
        return json({{QStringLiteral("models"), QJsonArray{model}}});
    }
    const QJsonObject model{{QStringLiteral("id"), kModel},
                            {QStringLiteral("object"), QStringLiteral("model")},
                            {QStringLiteral("owned_by"), QStringLiteral("me")}};
    return json({{QStringLiteral("object"), QStringLiteral("list")}, {QStringLiteral("data"), QJsonArray{model}}});
}

QByteArray FakeModelServer::line(const QJsonObject &object) const
{
    return flavour == ServerFlavour::Ollama ? QByteArray(json(object) + '\n')
                                            : QByteArray("data: " + json(object) + "\n\n");
}

// The text pieces, then the closing lines (statistics and the end mark).
QList<QByteArray> FakeModelServer::replyLines(const Request &request) const
{
    const int seed = flavour == ServerFlavour::Ollama
        ? request.body.value(QLatin1String("options")).toObject().value(QLatin1String("seed")).toInt()
        : request.body.value(QLatin1String("seed")).toInt();
    const QStringList words = textFor(seed, int(requests.size())).split(QLatin1Char(' '));
    QList<QByteArray> lines;
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString piece = i == 0 ? words[i] : QLatin1Char(' ') + words[i];
        switch (flavour) {
        case ServerFlavour::Ollama:
            lines.append(line({{QStringLiteral("model"), kModel},
                               {QStringLiteral("response"), piece},
                               {QStringLiteral("done"), false}}));
            break;
        case ServerFlavour::LlamaCpp:
            lines.append(line({{QStringLiteral("content"), piece}, {QStringLiteral("stop"), false}}));
            break;
        case ServerFlavour::OpenAi: {
            const QJsonObject choice{{QStringLiteral("index"), 0},
                                     {QStringLiteral("delta"), QJsonObject{{QStringLiteral("content"), piece}}},
                                     {QStringLiteral("finish_reason"), QJsonValue::Null}};
            lines.append(line({{QStringLiteral("model"), kModel},
                               {QStringLiteral("system_fingerprint"), kFingerprint},
                               {QStringLiteral("choices"), QJsonArray{choice}}}));
            break;
        }
        }
    }
    switch (flavour) {
    case ServerFlavour::Ollama:
        lines.append(line({{QStringLiteral("model"), kModel},
                           {QStringLiteral("response"), QString()},
                           {QStringLiteral("done"), true},
                           {QStringLiteral("done_reason"), QStringLiteral("stop")},
                           {QStringLiteral("total_duration"), 250000000},
                           {QStringLiteral("prompt_eval_count"), kPromptTokens},
                           {QStringLiteral("eval_count"), pieces}}));
        break;
    case ServerFlavour::LlamaCpp:
        lines.append(line({{QStringLiteral("content"), QString()},
                           {QStringLiteral("stop"), true},
                           {QStringLiteral("model"), QStringLiteral("/models/tiny-1b.gguf")},
                           {QStringLiteral("tokens_predicted"), pieces},
                           {QStringLiteral("tokens_evaluated"), kPromptTokens},
                           {QStringLiteral("timings"),
                            QJsonObject{{QStringLiteral("prompt_ms"), 12.5}, {QStringLiteral("predicted_ms"), 87.5}}},
                           {QStringLiteral("stop_type"), QStringLiteral("eos")}}));
        break;
    case ServerFlavour::OpenAi: {
        const QJsonObject choice{{QStringLiteral("index"), 0},
                                 {QStringLiteral("delta"), QJsonObject()},
                                 {QStringLiteral("finish_reason"), QStringLiteral("stop")}};
        lines.append(line({{QStringLiteral("model"), kModel}, {QStringLiteral("choices"), QJsonArray{choice}}}));
        lines.append(line({{QStringLiteral("model"), kModel},
                           {QStringLiteral("choices"), QJsonArray()},
                           {QStringLiteral("usage"),
                            QJsonObject{{QStringLiteral("prompt_tokens"), kPromptTokens},
                                        {QStringLiteral("completion_tokens"), pieces}}}}));
        lines.append("data: [DONE]\n\n");
        break;
    }
    }
    return lines;
}

void FakeModelServer::answer(QTcpSocket *socket, const Request &request)
{
    const bool isList = request.method == "GET";
    const QString wantedPath = isList
        ? (flavour == ServerFlavour::Ollama ? QStringLiteral("/api/tags") : QStringLiteral("/v1/models"))
        : flavour == ServerFlavour::Ollama   ? QStringLiteral("/api/generate")
        : flavour == ServerFlavour::LlamaCpp ? QStringLiteral("/completion")
                                             : QStringLiteral("/v1/chat/completions");
    const QString model = request.body.value(QLatin1String("model")).toString();
    const auto send = [socket](const QByteArray &data) {
        socket->write(data);
        socket->disconnectFromHost();
    };
    switch (behaviour) {
    case Behaviour::Hang:
        return;
    case Behaviour::NotAModelServer:
        return send(whole(200, "OK", "text/html", "<html><body>A router's admin page</body></html>"));
    case Behaviour::RedirectAway:
        return send(
            whole(307, "Temporary Redirect", "text/plain", {}, "Location: http://example.invalid:9/elsewhere\r\n"));
    case Behaviour::RedirectHere:
        if (!request.path.contains('?'))
            return send(
                whole(307, "Temporary Redirect", "text/plain", "moved", "Location: " + request.path + "?moved=1\r\n"));
        break;
    case Behaviour::ServerError:
        return send(whole(500, "Internal Server Error", "application/json",
                          json({{QStringLiteral("error"), QStringLiteral("something broke inside")}})));
    case Behaviour::NoSuchEndpoint:
        return send(whole(404, "Not Found", "text/plain", "404 page not found"));
    default:
        break;
    }
    if (QString::fromLatin1(request.path).section(QLatin1Char('?'), 0, 0) != wantedPath)
        return send(whole(404, "Not Found", "text/plain", "404 page not found"));
    if (!isList && !model.isEmpty() && model != kModel) {
        const QJsonObject error = flavour == ServerFlavour::Ollama
            ? QJsonObject{{QStringLiteral("error"),
                           QStringLiteral("model \"%1\" not found, try pulling it first").arg(model)}}
            : QJsonObject{{QStringLiteral("error"),
                           QJsonObject{{QStringLiteral("message"), QStringLiteral("Model %1 not found").arg(model)},
                                       {QStringLiteral("code"), QStringLiteral("model_not_found")}}}};
        return send(whole(404, "Not Found", "application/json", json(error)));
    }
    if (isList)
        return send(whole(200, "OK", "application/json", modelList()));

    // A streamed reply: one line per timer tick.
    QList<QByteArray> lines = replyLines(request);
    const QByteArray firstPiece = lines.front();
    const QByteArray keepAlive = flavour == ServerFlavour::Ollama
        ? line({{QStringLiteral("response"), QString()}, {QStringLiteral("done"), false}})
        : QByteArray(": keep-alive\n\n");
    bool endless = false;
    bool closeEarly = false;
    bool finishChunks = true;
    switch (behaviour) {
    case Behaviour::Stall:
        lines = {firstPiece};
        finishChunks = false;
        break;
    case Behaviour::CloseMidStream:
        lines = lines.mid(0, 2);
        closeEarly = true;
        break;
    case Behaviour::EndWithoutDone:
        lines = lines.mid(0, pieces);
        break;
    case Behaviour::Endless:
        lines = {firstPiece};
        endless = true;
        break;
    case Behaviour::KeepAliveOnly:
        lines = {keepAlive};
        endless = true;
        break;
    case Behaviour::BadJson:
        lines = {firstPiece,
                 flavour == ServerFlavour::Ollama ? QByteArray("this is not json\n")
                                                  : QByteArray("data: this is not json\n\n")};
        break;
    case Behaviour::WrongShape:
        lines = {line({{QStringLiteral("unexpected"), true}})};
        break;
    case Behaviour::ErrorInStream:
        lines = {firstPiece,
                 flavour == ServerFlavour::Ollama
                     ? line({{QStringLiteral("error"), QStringLiteral("model runner crashed")}})
                     : flavour == ServerFlavour::LlamaCpp
                     ? QByteArray("error: {\"code\":500,\"message\":\"slot crashed\"}\n\n")
                     : line({{QStringLiteral("error"),
                              QJsonObject{{QStringLiteral("message"), QStringLiteral("engine crashed")}}}})};
        break;
    default:
        break;
    }
    socket->write(head(200, "OK", flavour == ServerFlavour::Ollama ? "application/x-ndjson" : "text/event-stream"));
    auto *timer = new QTimer(socket);
    auto next = std::make_shared<qsizetype>(0);
    connect(socket, &QTcpSocket::disconnected, this, [this, next, lines, endless] {
        if (endless || *next < lines.size())
            ++abandoned;
    });
    connect(timer, &QTimer::timeout, socket, [socket, timer, next, lines, endless, closeEarly, finishChunks] {
        if (*next < lines.size()) {
            socket->write(chunk(lines[*next]));
            ++*next;
            return;
        }
        if (endless) {
            socket->write(chunk(lines.back()));
            return;
        }
        timer->stop();
        if (closeEarly) {
            socket->disconnectFromHost();
        } else if (finishChunks) {
            socket->write("0\r\n\r\n");
            socket->disconnectFromHost();
        }
    });
    timer->start(pieceIntervalMs);
}

} // namespace loopwise::test
