#include "LocalModelFinder.h"

#include "ModelList.h"

namespace loopwise {

QVariantList modelsToVariantList(const QList<ServerModel> &models)
{
    QVariantList list;
    for (const ServerModel &model : models) {
        list.append(QVariantMap{{QStringLiteral("name"), model.name},
                                {QStringLiteral("digest"), model.digest},
                                {QStringLiteral("size"), model.sizeBytes}});
    }
    return list;
}

QVariantMap FoundServer::toVariantMap() const
{
    return {{QStringLiteral("flavour"), flavourName(flavour)},
            {QStringLiteral("baseUrl"), baseUrl.toString()},
            {QStringLiteral("models"), modelsToVariantList(models)}};
}

QList<LocalModelFinder::Probe> LocalModelFinder::usualProbes()
{
    QList<Probe> probes;
    for (ServerFlavour flavour : {ServerFlavour::Ollama, ServerFlavour::LlamaCpp, ServerFlavour::OpenAi})
        probes.append({defaultPort(flavour), flavour});
    return probes;
}

LocalModelFinder::LocalModelFinder(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{}

void LocalModelFinder::start()
{
    if (running())
        return;
    m_found = QList<std::optional<FoundServer>>(m_probes.size());
    m_pending = int(m_probes.size());
    if (m_pending == 0) {
        Q_EMIT finished({});
        return;
    }
    for (qsizetype i = 0; i < m_probes.size(); ++i) {
        ModelServerSettings settings;
        settings.flavour = m_probes[i].flavour;
        settings.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_probes[i].port));
        settings.timeoutMs = kProbeTimeoutMs;
        settings.maxDurationMs = kProbeTimeoutMs * 2;
        auto *request = new ModelListRequest(m_network, settings, this);
        connect(request, &ModelListRequest::listed, this,
                [this, i, settings, request](const QList<ServerModel> &models) {
                    m_found[i] = FoundServer{settings.flavour, settings.baseUrl, models};
                    request->deleteLater();
                    probeDone();
                });
        connect(request, &ModelListRequest::failed, this, [this, request] {
            request->deleteLater();
            probeDone();
        });
        request->start();
    }
}

void LocalModelFinder::probeDone()
{
    if (--m_pending > 0)
        return;
    QList<FoundServer> servers;
    for (const auto &found : m_found) {
        if (found)
            servers.append(*found);
    }
    Q_EMIT finished(servers);
}

} // namespace loopwise
