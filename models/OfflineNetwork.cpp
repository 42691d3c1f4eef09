#include "OfflineNetwork.h"

#include <QNetworkRequest>

namespace loopwise {

bool OfflineNetworkAccessManager::isLocal(const QUrl &url)
{
    const QString scheme = url.scheme();
    return url.isLocalFile() || scheme == QStringLiteral("qrc") || scheme == QStringLiteral("data");
}

QNetworkReply *OfflineNetworkAccessManager::createRequest(Operation operation, const QNetworkRequest &request,
                                                          QIODevice *outgoingData)
{
    if (isLocal(request.url()))
        return QNetworkAccessManager::createRequest(operation, request, outgoingData);
    qWarning("loopwise: refused to fetch %s: the app works offline", qPrintable(request.url().toDisplayString()));
    // A scheme no backend knows: the reply fails with ProtocolUnknownError, no socket is opened.
    QNetworkRequest refused(request);
    refused.setUrl(QUrl(QStringLiteral("loopwise-offline:refused")));
    return QNetworkAccessManager::createRequest(operation, refused, outgoingData);
}

QNetworkAccessManager *OfflineNetworkFactory::create(QObject *parent)
{
    return new OfflineNetworkAccessManager(parent);
}

} // namespace loopwise
