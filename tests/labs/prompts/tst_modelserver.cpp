// The prompts lab's local model server client, its settings and lists: where prompts go
// (the remote-host warning), every property's NOTIFY, the type as QML uses it, off sends
// nothing, each flavour's model list, a redirect on the same server, and "find local
// models" on ports the test passes in. Against a fake server on 127.0.0.1: nothing leaves
// the machine.

#include "ModelServerTests.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMetaProperty>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QTranslator>
#include <QtQml/qqmlextensionplugin.h>

#include <memory>

Q_IMPORT_QML_PLUGIN(LoopwisePlugin)

using namespace loopwise;
using namespace loopwise::test;
using Behaviour = FakeModelServer::Behaviour;

class TestModelServer : public QObject
{
    Q_OBJECT

    QTranslator m_english;

private Q_SLOTS:
    void initTestCase()
    {
        // As the app does in English.
        QVERIFY(m_english.load(QStringLiteral(":/i18n/loopwise_en.qm")));
        QCoreApplication::installTranslator(&m_english);
    }

    void thisMachine_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("local");
        QTest::newRow("localhost") << "localhost" << true;
        QTest::newRow("LOCALHOST") << "LOCALHOST" << true;
        QTest::newRow("sub.localhost") << "ollama.localhost" << true;
        QTest::newRow("127.0.0.1") << "127.0.0.1" << true;
        QTest::newRow("127.1.2.3") << "127.1.2.3" << true;
        QTest::newRow("::1") << "::1" << true;
        QTest::newRow("mapped") << "::ffff:127.0.0.1" << true;
        QTest::newRow("lan") << "192.168.1.20" << false;
        QTest::newRow("128.0.0.1") << "128.0.0.1" << false;
        QTest::newRow("name") << "gpu-box.school.example" << false;
        QTest::newRow("localhost.example") << "localhost.example.org" << false;
    }
    void thisMachine()
    {
        QFETCH(QString, host);
        QFETCH(bool, local);
        QCOMPARE(isThisMachine(host), local);
    }

    void remoteHostWarning()
    {
        ModelServer server;
        QVERIFY(server.local());
        QVERIFY(server.remoteWarning().isEmpty());
        server.setBaseUrl(QStringLiteral("http://gpu-box.school.example:11434"));
        QVERIFY(!server.local());
        QCOMPARE(server.remoteWarning(),
                 QStringLiteral("Prompts you run will leave this device to gpu-box.school.example."));
        server.setBaseUrl(QStringLiteral("[::1]:8080")); // no scheme: http is meant
        QVERIFY(server.local());
        QVERIFY(server.remoteWarning().isEmpty());
        QVERIFY(server.addressProblem().isEmpty());
        server.setBaseUrl(QStringLiteral("ftp://localhost:21"));
        QVERIFY(!server.addressProblem().isEmpty());
        QVERIFY(server.remoteWarning().isEmpty());
        QCOMPARE(server.baseUrl(), QStringLiteral("ftp://localhost:21")); // kept as typed
    }

    void flavourMovesTheDefaultAddress()
    {
        ModelServer server;
        QCOMPARE(server.baseUrl(), QStringLiteral("http://localhost:11434"));
        server.setFlavour(QStringLiteral("openai"));
        QCOMPARE(server.baseUrl(), QStringLiteral("http://localhost:1234"));
        server.setBaseUrl(QStringLiteral("http://127.0.0.1:9999"));
        server.setFlavour(QStringLiteral("llamacpp"));
        QCOMPARE(server.baseUrl(), QStringLiteral("http://127.0.0.1:9999")); // the learner's own stays
        server.setFlavour(QStringLiteral("no-such-flavour"));
        QCOMPARE(server.flavour(), QStringLiteral("llamacpp"));
    }

    // Every writable property: set, its NOTIFY once, read back (clamped where it must be).
    void propertiesNotify_data()
    {
        QTest::addColumn<QByteArray>("property");
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<QVariant>("expected");
        QTest::newRow("enabled") << QByteArray("enabled") << QVariant(true) << QVariant(true);
        QTest::newRow("flavour") << QByteArray("flavour") << QVariant(QStringLiteral("openai"))
                                 << QVariant(QStringLiteral("openai"));
        QTest::newRow("baseUrl") << QByteArray("baseUrl") << QVariant(QStringLiteral("http://127.0.0.1:1"))
                                 << QVariant(QStringLiteral("http://127.0.0.1:1"));
        QTest::newRow("model") << QByteArray("model") << QVariant(QStringLiteral(" m "))
                               << QVariant(QStringLiteral("m"));
        QTest::newRow("seed") << QByteArray("seed") << QVariant(7) << QVariant(7);
        QTest::newRow("seed < 0") << QByteArray("seed") << QVariant(-3) << QVariant(0);
        QTest::newRow("temperature") << QByteArray("temperature") << QVariant(1.5) << QVariant(1.5);
        QTest::newRow("temperature > 2") << QByteArray("temperature") << QVariant(9.0) << QVariant(2.0);
        QTest::newRow("maxTokens") << QByteArray("maxTokens") << QVariant(64) << QVariant(64);
        QTest::newRow("maxTokens 0") << QByteArray("maxTokens") << QVariant(0) << QVariant(1);
        QTest::newRow("timeoutMs") << QByteArray("timeoutMs") << QVariant(5000) << QVariant(5000);
        QTest::newRow("timeoutMs tiny") << QByteArray("timeoutMs") << QVariant(1) << QVariant(100);
    }
    void propertiesNotify()
    {
        QFETCH(QByteArray, property);
        QFETCH(QVariant, value);
        QFETCH(QVariant, expected);
        ModelServer server;
        QSignalSpy changed(&server, &ModelServer::settingsChanged);
        QVERIFY(server.setProperty(property, value));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(server.property(property), expected);
        QVERIFY(server.setProperty(property, value)); // the same again: no signal
        QCOMPARE(changed.size(), 1);
    }

    // A read-only property says when it changes, or is constant.
    void everyPropertyNotifies()
    {
        const QMetaObject &meta = ModelServer::staticMetaObject;
        for (int i = meta.propertyOffset(); i < meta.propertyCount(); ++i) {
            const QMetaProperty property = meta.property(i);
            QVERIFY2(property.hasNotifySignal() || property.isConstant(), property.name());
        }
    }

    // QML creates it, sets it, calls it and hears its signals, as the lab's page will.
    void usableFromQml()
    {
        FakeModelServer fake(ServerFlavour::LlamaCpp);
        QQmlEngine engine;
        QQmlComponent component(&engine);
        component.setData("import Loopwise\n"
                          "ModelServer {\n"
                          "    property int pieces: 0\n"
                          "    enabled: true\n"
                          "    flavour: \"llamacpp\"\n"
                          "    onTextArrived: (piece) => pieces += piece.length > 0 ? 1 : 0\n"
                          "}\n",
                          QUrl());
        std::unique_ptr<QObject> object(component.create());
        QVERIFY2(object, qPrintable(component.errorString()));
        QVERIFY(object->setProperty("baseUrl", fake.baseUrl()));
        QSignalSpy generated(object.get(), SIGNAL(generated(QVariantMap)));
        QVERIFY(QMetaObject::invokeMethod(object.get(), "generate", Q_ARG(QString, QStringLiteral("Hello"))));
        QVERIFY(generated.wait(5000));
        QCOMPARE(object->property("pieces").toInt(), fake.pieces);
        QCOMPARE(object->property("lastResult").toMap().value(QStringLiteral("outcome")).toString(),
                 QStringLiteral("complete"));
        QCOMPARE(object->property("flavours").toStringList(), QStringList({"ollama", "llamacpp", "openai"}));
    }

    void offSendsNothing()
    {
        FakeModelServer fake(ServerFlavour::Ollama);
        ModelServer server;
        pointAt(server, fake);
        server.setEnabled(false);
        server.generate(QStringLiteral("hello"));
        server.listModels();
        server.checkSeed(QStringLiteral("hello"));
        QVERIFY(!server.generating());
        QCOMPARE(server.message(),
                 QStringLiteral("The local model server is turned off: turn it on to send prompts to it."));
        QTest::qWait(100);
        QVERIFY(fake.requests.isEmpty());
    }

    // Turning it off stops what is under way: a model list and a generation.
    void turningOffStopsEverything()
    {
        FakeModelServer fake(ServerFlavour::Ollama);
        fake.behaviour = Behaviour::Hang;
        ModelServer server;
        pointAt(server, fake);
        server.listModels();
        QVERIFY(server.listing());
        QSignalSpy generated(&server, &ModelServer::generated);
        server.generate(QStringLiteral("hello"));
        QVERIFY(server.generating());
        server.setEnabled(false);
        QVERIFY(!server.listing());
        QVERIFY(!server.generating());
        QCOMPARE(generated.size(), 1);
        QCOMPARE(generated.first().first().toMap().value(QStringLiteral("outcome")).toString(),
                 QStringLiteral("cancelled"));
    }

    void listModels_data() { addFlavourRows(); }
    void listModels()
    {
        QFETCH(ServerFlavour, flavour);
        FakeModelServer fake(flavour);
        ModelServer server;
        pointAt(server, fake);
        QSignalSpy listed(&server, &ModelServer::modelsChanged);
        server.listModels();
        QVERIFY(server.listing());
        QVERIFY(listed.wait(5000));
        QVERIFY(!server.listing());
        const QVariantList models = server.models();
        QCOMPARE(models.size(), 1);
        QCOMPARE(models[0].toMap().value(QStringLiteral("name")).toString(), FakeModelServer::kModel);
        QCOMPARE(models[0].toMap().value(QStringLiteral("digest")).toString(),
                 flavour == ServerFlavour::Ollama ? FakeModelServer::kDigest : QString());
        QCOMPARE(fake.requests.size(), 1);
        QCOMPARE(fake.requests[0].path,
                 flavour == ServerFlavour::Ollama ? QByteArray("/api/tags") : QByteArray("/v1/models"));
        // Another server: the list was the old one's.
        server.setBaseUrl(QStringLiteral("http://127.0.0.1:1"));
        QVERIFY(server.models().isEmpty());
    }

    // A redirect on the same server is followed (the model list arrives); one to another
    // host is refused in failures().
    void redirectOnTheSameServerIsFollowed()
    {
        FakeModelServer fake(ServerFlavour::Ollama);
        fake.behaviour = Behaviour::RedirectHere;
        ModelServer server;
        pointAt(server, fake);
        QSignalSpy listed(&server, &ModelServer::modelsChanged);
        server.listModels();
        QVERIFY(listed.wait(5000));
        QCOMPARE(server.models().size(), 1);
        QCOMPARE(fake.requests.size(), 2);
        QCOMPARE(fake.requests[1].path, QByteArray("/api/tags?moved=1"));
        QVERIFY(server.message().isEmpty());
    }

    void malformedModelList()
    {
        FakeModelServer fake(ServerFlavour::OpenAi);
        fake.behaviour = Behaviour::WrongShape;
        ModelServer server;
        pointAt(server, fake);
        QSignalSpy message(&server, &ModelServer::messageChanged);
        server.listModels();
        QVERIFY(message.wait(5000));
        QCOMPARE(server.message(),
                 QStringLiteral("The model server sent a reply Loopwise cannot read: check that the kind of server "
                                "chosen is the one running there."));
        QVERIFY(server.details().contains(QLatin1String("unexpected")));
        QVERIFY(server.models().isEmpty());
    }

    // "Find local models" asks every port at once with a short timeout, and keeps only the
    // servers that answered with a model list.
    void findsLocalServers()
    {
        FakeModelServer ollama(ServerFlavour::Ollama);
        FakeModelServer lmStudio(ServerFlavour::OpenAi);
        FakeModelServer router(ServerFlavour::LlamaCpp);
        router.behaviour = Behaviour::NotAModelServer;
        FakeModelServer hangs1(ServerFlavour::LlamaCpp);
        hangs1.behaviour = Behaviour::Hang;
        FakeModelServer hangs2(ServerFlavour::OpenAi);
        hangs2.behaviour = Behaviour::Hang;
        ModelServer server; // off: finding asks only this machine, and only now
        server.setProbes({{ollama.port(), ServerFlavour::Ollama},
                          {closedPort(), ServerFlavour::LlamaCpp},
                          {router.port(), ServerFlavour::LlamaCpp},
                          {hangs1.port(), ServerFlavour::LlamaCpp},
                          {hangs2.port(), ServerFlavour::OpenAi},
                          {lmStudio.port(), ServerFlavour::OpenAi}});
        QSignalSpy found(&server, &ModelServer::foundServersChanged);
        QElapsedTimer clock;
        clock.start();
        server.findLocalModels();
        QVERIFY(server.searching());
        QVERIFY(found.wait(10000));
        // Two silent ports of 1.5 s each, asked at once.
        QVERIFY2(clock.elapsed() < 2 * LocalModelFinder::kProbeTimeoutMs, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(!server.searching());
        const QVariantList servers = server.foundServers();
        QCOMPARE(servers.size(), 2);
        const QVariantMap first = servers[0].toMap();
        QCOMPARE(first.value(QStringLiteral("flavour")).toString(), QStringLiteral("ollama"));
        QCOMPARE(first.value(QStringLiteral("baseUrl")).toString(), ollama.baseUrl());
        QCOMPARE(
            first.value(QStringLiteral("models")).toList().front().toMap().value(QStringLiteral("digest")).toString(),
            FakeModelServer::kDigest);
        const QVariantMap second = servers[1].toMap();
        QCOMPARE(second.value(QStringLiteral("flavour")).toString(), QStringLiteral("openai"));
        QCOMPARE(second.value(QStringLiteral("baseUrl")).toString(), lmStudio.baseUrl());
        QVERIFY(server.message().isEmpty());

        server.useFoundServer(1);
        QCOMPARE(server.flavour(), QStringLiteral("openai"));
        QCOMPARE(server.baseUrl(), lmStudio.baseUrl());
        QCOMPARE(server.model(), FakeModelServer::kModel);
        QCOMPARE(server.models().size(), 1);
    }

    void findsNothingAndSaysSo()
    {
        ModelServer server;
        const quint16 port = closedPort();
        server.setProbes({{port, ServerFlavour::Ollama}});
        QSignalSpy found(&server, &ModelServer::foundServersChanged);
        server.findLocalModels();
        QVERIFY(found.wait(5000));
        QVERIFY(server.foundServers().isEmpty());
        QCOMPARE(server.message(),
                 QStringLiteral("No model server answers on this computer's usual ports (%1).").arg(port));
    }

    void usualPorts()
    {
        const auto probes = LocalModelFinder::usualProbes();
        QCOMPARE(probes.size(), 3);
        QCOMPARE(probes[0].port, 11434);
        QCOMPARE(probes[1].port, 8080);
        QCOMPARE(probes[2].port, 1234);
    }
};

QTEST_GUILESS_MAIN(TestModelServer)
#include "tst_modelserver.moc"
