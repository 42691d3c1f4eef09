#pragma once
// A model server the test starts on 127.0.0.1 (an ephemeral port): just enough HTTP/1.1 to
// answer one request per connection, streaming its reply in chunked encoding, in the
// dialect of one flavour (Ollama NDJSON, llama.cpp or OpenAI-compatible server-sent
// events). `behaviour` makes it misbehave in each way the client must survive.

#include "ModelServerSettings.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QTcpServer>

class QTcpSocket;

namespace loopwise::test {

class FakeModelServer : public QObject
{
    Q_OBJECT

public:
    enum class Behaviour {
        Normal,
        Hang, // reads the request, never answers
        Stall, // headers and one piece, then nothing
        CloseMidStream, // two pieces, then closes the connection
        EndWithoutDone, // every piece, then ends the reply without the closing message
        Endless, // pieces for ever
        KeepAliveOnly, // lines without text for ever (no tokens: only the time cap stops it)
        BadJson, // a line that is not JSON
        WrongShape, // JSON of the wrong shape, for lists and replies
        NoSuchEndpoint, // 404 with a plain text page
        ServerError, // 500 with the server's error JSON
        ErrorInStream, // 200, one piece, then the server's error message in the stream
        RedirectAway, // 307 to another host
        RedirectHere, // 307 to the same path with "?moved=1" on this server, then as Normal
        NotAModelServer, // 200 with an HTML page, for any path
    };

    struct Request
    {
        QByteArray method;
        QByteArray path;
        QJsonObject body;
    };

    explicit FakeModelServer(ServerFlavour flavour, QObject *parent = nullptr);

    quint16 port() const { return m_server.serverPort(); }
    QString baseUrl() const { return QStringLiteral("http://127.0.0.1:%1").arg(port()); }

    ServerFlavour flavour;
    Behaviour behaviour = Behaviour::Normal;
    bool honoursSeed = true; // the text follows the seed; else it changes on every request
    bool variesWithSeed = true; // false: the same text whatever the seed (a closed question)
    int pieceIntervalMs = 5;
    int pieces = 5; // pieces of text in a normal reply
    QList<Request> requests; // every request read, in order (a model other than kModel: 404)
    int abandoned = 0; // connections the client closed before the reply ended

    // The text a reply with this seed would carry on this request.
    QString textFor(int seed, int requestNumber) const;
    static constexpr int kPromptTokens = 7;
    static const QString kModel; // "tiny:1b" (Ollama) or "tiny-1b"
    static const QString kDigest; // Ollama's digest of it
    static const QString kFingerprint; // the OpenAI-compatible system_fingerprint

private:
    void onConnection();
    void answer(QTcpSocket *socket, const Request &request);
    QByteArray modelList() const;
    QList<QByteArray> replyLines(const Request &request) const;
    QByteArray line(const QJsonObject &object) const;

    QTcpServer m_server;
};

} // namespace loopwise::test
