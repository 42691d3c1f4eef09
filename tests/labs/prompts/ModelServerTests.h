#pragma once
// What the model server tests share: pointing a ModelServer at a fake server, generating and
// waiting for the one result, a port where nothing listens, the rows of the three flavours.

#include "FakeModelServer.h"
#include "ModelServer.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

Q_DECLARE_METATYPE(loopwise::ServerFlavour)
Q_DECLARE_METATYPE(loopwise::test::FakeModelServer::Behaviour)

namespace loopwise::test {

inline void pointAt(ModelServer &server, const FakeModelServer &fake)
{
    server.setEnabled(true);
    server.setFlavour(flavourName(fake.flavour));
    server.setBaseUrl(fake.baseUrl());
    server.setModel(FakeModelServer::kModel);
    server.setTimeoutMs(3000);
}

// Generates and waits for the one result; an empty map when none came within 10 s (a hang).
inline QVariantMap generate(ModelServer &server, const QString &prompt)
{
    QSignalSpy finished(&server, &ModelServer::generated);
    server.generate(prompt);
    if (!finished.wait(10000) || finished.size() != 1)
        return {};
    return finished.first().first().toMap();
}

inline void addFlavourRows()
{
    QTest::addColumn<ServerFlavour>("flavour");
    QTest::newRow("ollama") << ServerFlavour::Ollama;
    QTest::newRow("llamacpp") << ServerFlavour::LlamaCpp;
    QTest::newRow("openai") << ServerFlavour::OpenAi;
}

// A port on this machine where nothing listens.
inline quint16 closedPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

} // namespace loopwise::test
