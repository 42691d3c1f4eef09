#pragma once
// One prompt sent to a model server, its reply streamed: textArrived as each piece comes,
// then finished once with the whole text and its provenance, whether the reply completed,
// was cancelled or failed. A reply longer than the tokens allowed (the server ignored the
// limit) is stopped and reported as endless.

#include "GenerationResult.h"
#include "ModelServerSettings.h"
#include "ServerCall.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

class QNetworkAccessManager;

namespace loopwise {

class Generation : public QObject
{
    Q_OBJECT

public:
    // `modelDigest`: the model's version from the server's list, kept as provenance.
    Generation(QNetworkAccessManager *network, const ModelServerSettings &settings, const QString &prompt,
               const QString &modelDigest = {}, QObject *parent = nullptr);

    void start();
    // Stops the reply; finished follows at once with the text so far, as cancelled.
    void cancel();
    bool running() const { return m_call != nullptr; }

    // How many pieces of text and characters a reply of `maxTokens` tokens may have before it
    // counts as endless (a server sends about one token per piece).
    static int maxPieces(int maxTokens);
    static int maxCharacters(int maxTokens);

Q_SIGNALS:
    void textArrived(const QString &piece, const QString &textSoFar);
    void finished(const loopwise::GenerationResult &result);

private:
    void onLines(const QList<QByteArray> &lines);
    bool read(const QByteArray &line);
    void finish(GenerationResult::Outcome outcome, const ServerFailure &failure = {});

    QNetworkAccessManager *m_network;
    GenerationResult m_result;
    QPointer<ServerCall> m_call;
    QElapsedTimer m_clock;
    int m_pieces = 0;
};

} // namespace loopwise
