#pragma once
// One HTTP exchange with a model server, asynchronous: sends the request straight to the
// server (never through a proxy), hands on the reply line by line as it streams in, and
// turns everything that can go wrong into a ServerFailure: nothing listening, no answer
// or a pause longer than the timeout, a reply longer than allowed, an HTTP error status
// (404 for an unknown model told apart from 404 for an unknown endpoint), a connection
// closed mid-reply, a redirect to another host (never followed).

#include "ModelServerSettings.h"
#include "ServerFailure.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace loopwise {

class ServerCall : public QObject
{
    Q_OBJECT

public:
    // A reply larger than this is cut off as endless, whatever its kind.
    static constexpr qint64 kMaxReplyBytes = 8 * 1024 * 1024;

    // GET `path` when body is empty, else POST the JSON body. Nothing happens before start().
    ServerCall(QNetworkAccessManager *network, const ModelServerSettings &settings, const QString &path,
               const QByteArray &body = {}, QObject *parent = nullptr);
    ~ServerCall() override;

    // Sends the request; an address that is not http(s) fails at once.
    void start();
    // Ends the exchange; no signal follows.
    void stop();
    // The facts a failure sentence names (server, model, path, limits).
    ServerFailure::Facts facts() const;

Q_SIGNALS:
    // Complete lines (without line ends) of a successful reply, as they arrive.
    void linesArrived(const QList<QByteArray> &lines);
    // The reply ended normally; `rest` is a last line that had no line end.
    void completed(const QByteArray &rest);
    void failed(const loopwise::ServerFailure &failure);

private:
    void onMetaData();
    void onReadyRead();
    void onFinished();
    void onRedirected(const QUrl &target);
    void fail(ServerFailure::Kind kind, const QString &details);
    ServerFailure httpFailure(int status) const;

    QNetworkAccessManager *m_network;
    ModelServerSettings m_settings;
    QUrl m_url;
    QByteArray m_body;
    QPointer<QNetworkReply> m_reply;
    QTimer m_idle; // no byte for timeoutMs
    QTimer m_cap; // the whole reply longer than maxDurationMs
    QByteArray m_buffer; // a success reply's unfinished line, or an error reply's body
    qint64 m_received = 0;
    int m_status = 0;
    bool m_answered = false;
};

} // namespace loopwise
