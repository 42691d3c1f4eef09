#pragma once
// Asks one server for its models (/api/tags or /v1/models) and reads the list.

#include "ModelServerSettings.h"
#include "ServerFailure.h"
#include "ServerProtocol.h"

#include <QByteArray>
#include <QList>
#include <QObject>

class QNetworkAccessManager;

namespace loopwise {

class ServerCall;

class ModelListRequest : public QObject
{
    Q_OBJECT

public:
    ModelListRequest(QNetworkAccessManager *network, const ModelServerSettings &settings, QObject *parent = nullptr);

    // Exactly one of listed or failed follows.
    void start();

Q_SIGNALS:
    void listed(const QList<loopwise::ServerModel> &models);
    void failed(const loopwise::ServerFailure &failure);

private:
    ServerFlavour m_flavour;
    ServerCall *m_call;
    QByteArray m_reply;
};

} // namespace loopwise
