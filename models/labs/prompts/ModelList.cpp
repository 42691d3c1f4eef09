#include "ModelList.h"

#include "ServerCall.h"

namespace loopwise {

ModelListRequest::ModelListRequest(QNetworkAccessManager *network, const ModelServerSettings &settings, QObject *parent)
    : QObject(parent)
    , m_flavour(settings.flavour)
    , m_call(new ServerCall(network, settings, ServerProtocol::of(settings.flavour).modelsPath(), {}, this))
{
    connect(m_call, &ServerCall::linesArrived, this, [this](const QList<QByteArray> &lines) {
        for (const QByteArray &line : lines)
            m_reply += line + '\n';
    });
    connect(m_call, &ServerCall::failed, this, &ModelListRequest::failed);
    connect(m_call, &ServerCall::completed, this, [this](const QByteArray &rest) {
        m_reply += rest;
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(m_reply, &error);
        const auto models = error.error == QJsonParseError::NoError ? ServerProtocol::of(m_flavour).readModels(document)
                                                                    : std::nullopt;
        if (models)
            Q_EMIT listed(*models);
        else
            Q_EMIT failed(
                ServerFailure::of(ServerFailure::Kind::Malformed, m_call->facts(),
                                  QStringLiteral("not a model list: %1").arg(QString::fromUtf8(m_reply.left(300)))));
    });
}

void ModelListRequest::start()
{
    m_call->start();
}

} // namespace loopwise
