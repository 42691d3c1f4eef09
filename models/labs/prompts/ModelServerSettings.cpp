#include "ModelServerSettings.h"

#include <QHostAddress>

namespace loopwise {

QString flavourName(ServerFlavour flavour)
{
    switch (flavour) {
    case ServerFlavour::Ollama:
        return QStringLiteral("ollama");
    case ServerFlavour::LlamaCpp:
        return QStringLiteral("llamacpp");
    case ServerFlavour::OpenAi:
        return QStringLiteral("openai");
    }
    return {};
}

std::optional<ServerFlavour> flavourFromName(const QString &name)
{
    for (ServerFlavour flavour : {ServerFlavour::Ollama, ServerFlavour::LlamaCpp, ServerFlavour::OpenAi}) {
        if (flavourName(flavour) == name)
            return flavour;
    }
    return std::nullopt;
}

int defaultPort(ServerFlavour flavour)
{
    switch (flavour) {
    case ServerFlavour::Ollama:
        return 11434;
    case ServerFlavour::LlamaCpp:
        return 8080;
    case ServerFlavour::OpenAi:
        return 1234;
    }
    return 0;
}

QString defaultBaseUrl(ServerFlavour flavour)
{
    return QStringLiteral("http://localhost:%1").arg(defaultPort(flavour));
}

bool isThisMachine(const QString &host)
{
    const QString name = host.toLower();
    if (name == QLatin1String("localhost") || name.endsWith(QLatin1String(".localhost")))
        return true;
    QHostAddress address;
    if (!address.setAddress(name))
        return false;
    bool mapped = false;
    const QHostAddress v4(address.toIPv4Address(&mapped)); // ::ffff:127.0.0.1 counts as 127.0.0.1
    return address.isLoopback() || (mapped && v4.isLoopback());
}

QUrl ModelServerSettings::endpoint(const QString &path) const
{
    QUrl url = baseUrl;
    QString prefix = url.path();
    while (prefix.endsWith(QLatin1Char('/')))
        prefix.chop(1);
    url.setPath(prefix + path);
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

} // namespace loopwise
