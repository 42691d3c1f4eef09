#pragma once
// "Find local models": only when asked, asks this machine's usual model-server ports at
// once (Ollama 11434, llama.cpp 8080, LM Studio 1234) for their model lists, with a short
// timeout, and reports the servers that answered with a list in their flavour's shape. A
// port where nothing listens, or something else answers, is simply not a find.

#include "ModelServerSettings.h"
#include "ServerProtocol.h"

#include <QList>
#include <QObject>
#include <QUrl>
#include <QVariantMap>

class QNetworkAccessManager;

namespace loopwise {

struct FoundServer
{
    ServerFlavour flavour = ServerFlavour::Ollama;
    QUrl baseUrl;
    QList<ServerModel> models;

    QVariantMap toVariantMap() const; // flavour, baseUrl, models (each name, digest, size)
};

class LocalModelFinder : public QObject
{
    Q_OBJECT

public:
    struct Probe
    {
        int port = 0;
        ServerFlavour flavour = ServerFlavour::Ollama;
    };
    static QList<Probe> usualProbes();
    static constexpr int kProbeTimeoutMs = 1500;

    explicit LocalModelFinder(QNetworkAccessManager *network, QObject *parent = nullptr);

    // Tests point the finder at their own ports.
    void setProbes(const QList<Probe> &probes) { m_probes = probes; }
    const QList<Probe> &probes() const { return m_probes; }
    // Asks every port at once; finished follows when all have answered or timed out.
    void start();
    bool running() const { return m_pending > 0; }

Q_SIGNALS:
    void finished(const QList<loopwise::FoundServer> &servers);

private:
    void probeDone();

    QNetworkAccessManager *m_network;
    QList<Probe> m_probes = usualProbes();
    QList<std::optional<FoundServer>> m_found; // one per probe, in probe order
    int m_pending = 0;
};

// A list of models for QML: each {name, digest, size}.
QVariantList modelsToVariantList(const QList<ServerModel> &models);

} // namespace loopwise
