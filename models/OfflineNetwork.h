#pragma once

#include <QNetworkAccessManager>
#include <QQmlNetworkAccessManagerFactory>

namespace loopwise {

// QML never goes online. Text from a content pack is plain text, so it cannot
// ask for an image; should anything in QML still ask for a URL that is not on
// this device (http, https, ftp, ...), the request fails at once and nothing
// leaves the machine. (The prompts lab's ModelServer, off until the learner
// turns it on, has its own network manager and warns before any host that is
// not this machine.)
class OfflineNetworkAccessManager : public QNetworkAccessManager
{
public:
    using QNetworkAccessManager::QNetworkAccessManager;
    static bool isLocal(const QUrl &url);

protected:
    QNetworkReply *createRequest(Operation operation, const QNetworkRequest &request, QIODevice *outgoingData) override;
};

class OfflineNetworkFactory : public QQmlNetworkAccessManagerFactory
{
public:
    QNetworkAccessManager *create(QObject *parent) override;
};

} // namespace loopwise
