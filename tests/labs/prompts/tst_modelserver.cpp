// The prompts lab's local model server client against a fake server this test starts on
// 127.0.0.1, for each flavour (Ollama, llama.cpp, OpenAI-compatible): model lists, streamed
// generation with provenance, cancel, every failure with its sentence, the seed check,
// "find local models" on ports the test passes in, the remote-host warning. Nothing leaves
// the machine: every address is 127.0.0.1, and the one redirect elsewhere is refused.

#include "FakeModelServer.h"
#include "GenerationResult.h"
#include "ModelServer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QTranslator>

using namespace loopwise;
using loopwise::test::FakeModelServer;
using Behaviour = FakeModelServer::Behaviour;

Q_DECLARE_METATYPE(loopwise::ServerFlavour)
Q_DECLARE_METATYPE(loopwise::test::FakeModelServer::Behaviour)

namespace {

void pointAt(ModelServer &server, const FakeModelServer &fake)
{
    server.setEnabled(true);
    server.setFlavour(flavourName(fake.flavour));
    server.setBaseUrl(fake.baseUrl());
    server.setModel(FakeModelServer::kModel);
    server.setTimeoutMs(3000);
}

// Generates and waits for the one result; an empty map when none came within 10 s (a hang).
QVariantMap generate(ModelServer &server, const QString &prompt)
{
    QSignalSpy finished(&server, &ModelServer::generated);
    server.generate(prompt);
    if (!finished.wait(10000) || finished.size() != 1)
        return {};
    return finished.first().first().toMap();
}

void addFlavourRows()
{
    QTest::addColumn<ServerFlavour>("flavour");
    QTest::newRow("ollama") << ServerFlavour::Ollama;
    QTest::newRow("llamacpp") << ServerFlavour::LlamaCpp;
    QTest::newRow("openai") << ServerFlavour::OpenAi;
}

// A port on this machine where nothing listens.
quint16 closedPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

} // namespace

class TestModelServer : public QObject
{
    Q_OBJECT

    QTranslator m_english;

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<GenerationResult>();
        qRegisterMetaType<ServerFailure>();
        // As the app does in English: the plural forms ("1 second", "8 tokens") come from it.
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
        QCOMPARE(server.remoteWarning(), QStringLiteral("Prompts you run will leave this device to gpu-box.school.example."));
        server.setBaseUrl(QStringLiteral("[::1]:8080"));  // no scheme: http is meant
        QVERIFY(server.local());
        QVERIFY(server.remoteWarning().isEmpty());
        QVERIFY(server.addressProblem().isEmpty());
        server.setBaseUrl(QStringLiteral("ftp://localhost:21"));
        QVERIFY(!server.addressProblem().isEmpty());
        QVERIFY(server.remoteWarning().isEmpty());
        QCOMPARE(server.baseUrl(), QStringLiteral("ftp://localhost:21"));  // kept as typed
    }

    void flavourMovesTheDefaultAddress()
    {
        ModelServer server;
        QCOMPARE(server.baseUrl(), QStringLiteral("http://localhost:11434"));
        server.setFlavour(QStringLiteral("openai"));
        QCOMPARE(server.baseUrl(), QStringLiteral("http://localhost:1234"));
        server.setBaseUrl(QStringLiteral("http://127.0.0.1:9999"));
        server.setFlavour(QStringLiteral("llamacpp"));
        QCOMPARE(server.baseUrl(), QStringLiteral("http://127.0.0.1:9999"));  // the learner's own stays
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
        QTest::newRow("flavour") << QByteArray("flavour") << QVariant(QStringLiteral("openai")) << QVariant(QStringLiteral("openai"));
        QTest::newRow("baseUrl") << QByteArray("baseUrl") << QVariant(QStringLiteral("http://127.0.0.1:1")) << QVariant(QStringLiteral("http://127.0.0.1:1"));
        QTest::newRow("model") << QByteArray("model") << QVariant(QStringLiteral(" m ")) << QVariant(QStringLiteral("m"));
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
        QVERIFY(server.setProperty(property, value));  // the same again: no signal
        QCOMPARE(changed.size(), 1);
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
        QCOMPARE(server.message(), QStringLiteral("The local model server is turned off: turn it on to send prompts to it."));
        QTest::qWait(100);
        QVERIFY(fake.requests.isEmpty());
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
        QCOMPARE(fake.requests[0].path, flavour == ServerFlavour::Ollama ? QByteArray("/api/tags") : QByteArray("/v1/models"));
        // Another server: the list was the old one's.
        server.setBaseUrl(QStringLiteral("http://127.0.0.1:1"));
        QVERIFY(server.models().isEmpty());
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
        QCOMPARE(server.message(), QStringLiteral("The model server sent a reply Loopwise cannot read: check that the kind of server chosen is the one running there."));
        QVERIFY(server.details().contains(QLatin1String("unexpected")));
        QVERIFY(server.models().isEmpty());
    }

    void generateStreams_data() { addFlavourRows(); }
    void generateStreams()
    {
        QFETCH(ServerFlavour, flavour);
        FakeModelServer fake(flavour);
        fake.pieces = 6;
        fake.pieceIntervalMs = 20;
        ModelServer server;
        pointAt(server, fake);
        server.setSeed(1234);
        server.setTemperature(0.7);
        server.setMaxTokens(48);
        QSignalSpy listed(&server, &ModelServer::modelsChanged);
        server.listModels();  // Ollama's list carries the model's digest
        QVERIFY(listed.wait(5000));

        QStringList partials;
        connect(&server, &ModelServer::textArrived, this, [&] { partials.append(server.text()); });
        const QString prompt = QStringLiteral("Classify this ticket: \"The site is down\".\nAnswer with one word.");
        const QDateTime before = QDateTime::currentDateTimeUtc();
        QElapsedTimer clock;
        clock.start();
        const QVariantMap result = generate(server, prompt);
        const qint64 elapsed = clock.elapsed();
        QCOMPARE(result.value(QStringLiteral("outcome")).toString(), QStringLiteral("complete"));
        const QString expected = fake.textFor(1234, 2);
        QCOMPARE(result.value(QStringLiteral("text")).toString(), expected);
        QCOMPARE(server.text(), expected);
        // Streamed: six pieces, each a longer start of the same text.
        QCOMPARE(partials.size(), 6);
        QCOMPARE(partials.front(), expected.section(QLatin1Char(' '), 0, 0));
        for (const QString &partial : partials)
            QVERIFY(expected.startsWith(partial));

        // Provenance.
        QCOMPARE(result.value(QStringLiteral("prompt")).toString(), prompt);
        QCOMPARE(result.value(QStringLiteral("flavour")).toString(), flavourName(flavour));
        QCOMPARE(result.value(QStringLiteral("baseUrl")).toString(), fake.baseUrl());
        QCOMPARE(result.value(QStringLiteral("model")).toString(), FakeModelServer::kModel);
        const QString version = flavour == ServerFlavour::Ollama ? FakeModelServer::kDigest
            : flavour == ServerFlavour::OpenAi                   ? FakeModelServer::kFingerprint
                                                                 : QString();
        QCOMPARE(result.value(QStringLiteral("modelVersion")).toString(), version);
        QCOMPARE(result.value(QStringLiteral("modelReported")).toString(),
                 flavour == ServerFlavour::LlamaCpp ? QStringLiteral("/models/tiny-1b.gguf") : FakeModelServer::kModel);
        QCOMPARE(result.value(QStringLiteral("seed")).toInt(), 1234);
        QCOMPARE(result.value(QStringLiteral("temperature")).toDouble(), 0.7);
        QCOMPARE(result.value(QStringLiteral("maxTokens")).toInt(), 48);
        const QDateTime started = result.value(QStringLiteral("started")).toDateTime();
        QVERIFY(started >= before.addMSecs(-1) && started <= before.addMSecs(elapsed + 1));
        QVERIFY(result.value(QStringLiteral("durationMs")).toLongLong() >= 6 * 20 - 20);
        QVERIFY(result.value(QStringLiteral("durationMs")).toLongLong() <= elapsed);
        QCOMPARE(result.value(QStringLiteral("promptTokens")).toInt(), FakeModelServer::kPromptTokens);
        QCOMPARE(result.value(QStringLiteral("outputTokens")).toInt(), 6);
        const double serverMs = flavour == ServerFlavour::Ollama ? 250.0 : flavour == ServerFlavour::LlamaCpp ? 100.0 : -1.0;
        QCOMPARE(result.value(QStringLiteral("serverDurationMs")).toDouble(), serverMs);
        QCOMPARE(result.value(QStringLiteral("stopReason")).toString(),
                 flavour == ServerFlavour::LlamaCpp ? QStringLiteral("eos") : QStringLiteral("stop"));
        QCOMPARE(server.lastResult(), result);
        QVERIFY(!server.generating());
        QVERIFY(server.message().isEmpty());

        // What the server was sent: the prompt as is, the seed, temperature and token limit
        // under each dialect's own names, streaming asked for.
        QCOMPARE(fake.requests.size(), 2);
        const QJsonObject body = fake.requests[1].body;
        QCOMPARE(body.value(QLatin1String("stream")).toBool(), true);
        switch (flavour) {
        case ServerFlavour::Ollama: {
            QCOMPARE(fake.requests[1].path, QByteArray("/api/generate"));
            QCOMPARE(body.value(QLatin1String("prompt")).toString(), prompt);
            QCOMPARE(body.value(QLatin1String("model")).toString(), FakeModelServer::kModel);
            const QJsonObject options = body.value(QLatin1String("options")).toObject();
            QCOMPARE(options.value(QLatin1String("seed")).toInt(), 1234);
            QCOMPARE(options.value(QLatin1String("temperature")).toDouble(), 0.7);
            QCOMPARE(options.value(QLatin1String("num_predict")).toInt(), 48);
            break;
        }
        case ServerFlavour::LlamaCpp:
            QCOMPARE(fake.requests[1].path, QByteArray("/completion"));
            QCOMPARE(body.value(QLatin1String("prompt")).toString(), prompt);
            QCOMPARE(body.value(QLatin1String("seed")).toInt(), 1234);
            QCOMPARE(body.value(QLatin1String("temperature")).toDouble(), 0.7);
            QCOMPARE(body.value(QLatin1String("n_predict")).toInt(), 48);
            break;
        case ServerFlavour::OpenAi: {
            QCOMPARE(fake.requests[1].path, QByteArray("/v1/chat/completions"));
            const QJsonObject message = body.value(QLatin1String("messages")).toArray().first().toObject();
            QCOMPARE(message.value(QLatin1String("role")).toString(), QStringLiteral("user"));
            QCOMPARE(message.value(QLatin1String("content")).toString(), prompt);
            QCOMPARE(body.value(QLatin1String("model")).toString(), FakeModelServer::kModel);
            QCOMPARE(body.value(QLatin1String("seed")).toInt(), 1234);
            QCOMPARE(body.value(QLatin1String("temperature")).toDouble(), 0.7);
            QCOMPARE(body.value(QLatin1String("max_tokens")).toInt(), 48);
            break;
        }
        }
    }

    void cancelMidStream_data() { addFlavourRows(); }
    void cancelMidStream()
    {
        QFETCH(ServerFlavour, flavour);
        FakeModelServer fake(flavour);
        fake.pieces = 40;
        fake.pieceIntervalMs = 30;
        ModelServer server;
        pointAt(server, fake);
        QSignalSpy pieces(&server, &ModelServer::textArrived);
        QSignalSpy finished(&server, &ModelServer::generated);
        server.generate(QStringLiteral("Write a long story."));
        QVERIFY(server.generating());
        QVERIFY(pieces.wait(5000));
        server.cancel();
        QCOMPARE(finished.size(), 1);  // at once, not when the server ends
        const QVariantMap result = finished.first().first().toMap();
        QCOMPARE(result.value(QStringLiteral("outcome")).toString(), QStringLiteral("cancelled"));
        const QString text = result.value(QStringLiteral("text")).toString();
        QVERIFY(!text.isEmpty());
        QVERIFY(fake.textFor(42, 1).startsWith(text));
        QVERIFY(text.size() < fake.textFor(42, 1).size());
        QVERIFY(!server.generating());
        QVERIFY(server.message().isEmpty());  // cancelling is not a failure
        QTRY_COMPARE_WITH_TIMEOUT(fake.abandoned, 1, 3000);  // the connection was closed
        QTest::qWait(100);
        QCOMPARE(finished.size(), 1);
    }

    // Every way a server can fail, for each flavour: the kind, one sentence, details, no hang.
    void failures_data()
    {
        QTest::addColumn<ServerFlavour>("flavour");
        QTest::addColumn<Behaviour>("behaviour");
        QTest::addColumn<QString>("kind");
        const struct {
            const char *name;
            Behaviour behaviour;
            const char *kind;
        } cases[] = {
            {"no answer", Behaviour::Hang, "no-answer"},
            {"stalls mid-stream", Behaviour::Stall, "stalled"},
            {"closes mid-stream", Behaviour::CloseMidStream, "closed-mid-stream"},
            {"ends without closing message", Behaviour::EndWithoutDone, "closed-mid-stream"},
            {"endless", Behaviour::Endless, "endless"},
            {"bad JSON", Behaviour::BadJson, "malformed"},
            {"wrong shape", Behaviour::WrongShape, "malformed"},
            {"HTTP 500", Behaviour::ServerError, "http-error"},
            {"error in the stream", Behaviour::ErrorInStream, "server-error"},
            {"no such endpoint", Behaviour::NoSuchEndpoint, "missing-endpoint"},
            {"redirect to another host", Behaviour::RedirectAway, "redirect-refused"},
            {"not a model server", Behaviour::NotAModelServer, "malformed"},
        };
        for (const auto &c : cases) {
            for (ServerFlavour flavour : {ServerFlavour::Ollama, ServerFlavour::LlamaCpp, ServerFlavour::OpenAi}) {
                QTest::addRow("%s, %s", qPrintable(flavourName(flavour)), c.name)
                    << flavour << c.behaviour << QString::fromLatin1(c.kind);
            }
        }
    }
    void failures()
    {
        QFETCH(ServerFlavour, flavour);
        QFETCH(Behaviour, behaviour);
        QFETCH(QString, kind);
        FakeModelServer fake(flavour);
        fake.behaviour = behaviour;
        ModelServer server;
        pointAt(server, fake);
        server.setTimeoutMs(400);
        server.setMaxTokens(8);
        QElapsedTimer clock;
        clock.start();
        const QVariantMap result = generate(server, QStringLiteral("Hello"));
        QVERIFY2(!result.isEmpty(), "no result: the client hung");
        QVERIFY(clock.elapsed() < 5000);
        QCOMPARE(result.value(QStringLiteral("outcome")).toString(), QStringLiteral("failed"));
        QCOMPARE(result.value(QStringLiteral("failure")).toString(), kind);
        const QString message = result.value(QStringLiteral("message")).toString();
        QVERIFY(message.endsWith(QLatin1Char('.')));
        QVERIFY(!message.contains(QLatin1Char('\n')));
        QVERIFY(!result.value(QStringLiteral("details")).toString().isEmpty());
        QCOMPARE(server.message(), message);
        QCOMPARE(server.details(), result.value(QStringLiteral("details")).toString());
        QVERIFY(!server.generating());
        QCOMPARE(fake.requests.size(), 1);  // nothing retried, no redirect followed
        if (behaviour == Behaviour::ServerError) {
            QCOMPARE(message, QStringLiteral("The model server answered with error 500."));
            QVERIFY(server.details().contains(QLatin1String("something broke inside")));
        }
        if (behaviour == Behaviour::RedirectAway)
            QVERIFY(message.contains(QLatin1String("example.invalid")));
        if (behaviour == Behaviour::Hang)
            QCOMPARE(message, QStringLiteral("The model server at 127.0.0.1:%1 did not answer within 1 second.").arg(fake.port()));
        if (behaviour == Behaviour::Endless)
            QCOMPARE(message, QStringLiteral("The model went on past the 8 tokens it was allowed, so Loopwise stopped it."));
        if (behaviour == Behaviour::Stall || behaviour == Behaviour::ErrorInStream)
            QVERIFY(!result.value(QStringLiteral("text")).toString().isEmpty());  // what came is kept
    }

    // A reply that sends nothing but keep-alive lines is stopped by the whole-reply time cap.
    void replyOverTimeCapStops()
    {
        FakeModelServer fake(ServerFlavour::LlamaCpp);
        fake.behaviour = Behaviour::KeepAliveOnly;
        ModelServer server;
        pointAt(server, fake);
        server.setMaxDurationMs(500);
        QElapsedTimer clock;
        clock.start();
        const QVariantMap result = generate(server, QStringLiteral("Hello"));
        QCOMPARE(result.value(QStringLiteral("failure")).toString(), QStringLiteral("too-long"));
        QVERIFY(clock.elapsed() >= 450 && clock.elapsed() < 3000);
        QCOMPARE(server.message(), QStringLiteral("The reply was still running after 1 second, so Loopwise stopped it."));
    }

    void refusedOnAClosedPort_data() { addFlavourRows(); }
    void refusedOnAClosedPort()
    {
        QFETCH(ServerFlavour, flavour);
        const quint16 port = closedPort();
        ModelServer server;
        server.setEnabled(true);
        server.setFlavour(flavourName(flavour));
        server.setBaseUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
        server.setModel(QStringLiteral("any"));
        const QVariantMap result = generate(server, QStringLiteral("Hello"));
        QCOMPARE(result.value(QStringLiteral("failure")).toString(), QStringLiteral("refused"));
        QCOMPARE(server.message(), QStringLiteral("Nothing answers at 127.0.0.1:%1: start the model server, or check its address and port.").arg(port));
        QVERIFY(!server.details().isEmpty());
    }

    void unknownModel_data() { addFlavourRows(); }
    void unknownModel()
    {
        QFETCH(ServerFlavour, flavour);
        FakeModelServer fake(flavour);
        ModelServer server;
        pointAt(server, fake);
        server.setModel(QStringLiteral("nope:7b"));
        const QVariantMap result = generate(server, QStringLiteral("Hello"));
        QCOMPARE(result.value(QStringLiteral("failure")).toString(), QStringLiteral("unknown-model"));
        QCOMPARE(server.message(), QStringLiteral("The server at 127.0.0.1:%1 does not have the model “nope:7b”: pick one from its list.").arg(fake.port()));
        QVERIFY(server.details().contains(QLatin1String("404")));
    }

    void noModelChosen()
    {
        FakeModelServer fake(ServerFlavour::Ollama);
        ModelServer server;
        pointAt(server, fake);
        server.setModel(QString());
        server.generate(QStringLiteral("Hello"));
        QCOMPARE(server.message(), QStringLiteral("Choose a model from the server's list first."));
        QTest::qWait(50);
        QVERIFY(fake.requests.isEmpty());
    }

    void seedCheck_data()
    {
        QTest::addColumn<ServerFlavour>("flavour");
        QTest::addColumn<bool>("honours");
        QTest::addColumn<bool>("varies");
        QTest::addColumn<QString>("verdict");
        QTest::addColumn<int>("runs");
        QTest::newRow("ollama honours") << ServerFlavour::Ollama << true << true << "honoured" << 3;
        QTest::newRow("ollama ignores") << ServerFlavour::Ollama << false << true << "ignored" << 2;
        QTest::newRow("llamacpp honours") << ServerFlavour::LlamaCpp << true << true << "honoured" << 3;
        QTest::newRow("openai ignores") << ServerFlavour::OpenAi << false << true << "ignored" << 2;
        QTest::newRow("openai cannot tell") << ServerFlavour::OpenAi << true << false << "cannot-tell" << 3;
    }
    void seedCheck()
    {
        QFETCH(ServerFlavour, flavour);
        QFETCH(bool, honours);
        QFETCH(bool, varies);
        QFETCH(QString, verdict);
        QFETCH(int, runs);
        FakeModelServer fake(flavour);
        fake.honoursSeed = honours;
        fake.variesWithSeed = varies;
        ModelServer server;
        pointAt(server, fake);
        server.setTemperature(0);  // the check still samples: at 0.8
        QSignalSpy checked(&server, &ModelServer::seedCheckedChanged);
        server.checkSeed(QStringLiteral("Name a colour."));
        QVERIFY(server.checkingSeed());
        QVERIFY(checked.wait(10000));
        QVERIFY(!server.checkingSeed());
        QCOMPARE(server.seedVerdict(), verdict);
        QCOMPARE(fake.requests.size(), runs);
        const auto seedOf = [&](int i) {
            const QJsonObject body = fake.requests[i].body;
            return flavour == ServerFlavour::Ollama ? body.value(QLatin1String("options")).toObject().value(QLatin1String("seed")).toInt()
                                                    : body.value(QLatin1String("seed")).toInt();
        };
        const auto temperatureOf = [&](int i) {
            const QJsonObject body = fake.requests[i].body;
            return flavour == ServerFlavour::Ollama ? body.value(QLatin1String("options")).toObject().value(QLatin1String("temperature")).toDouble()
                                                    : body.value(QLatin1String("temperature")).toDouble();
        };
        QCOMPARE(seedOf(0), 42);
        QCOMPARE(seedOf(1), 42);
        if (runs == 3)
            QCOMPARE(seedOf(2), 43);
        for (int i = 0; i < runs; ++i)
            QCOMPARE(temperatureOf(i), 0.8);
        const QHash<QString, QString> words{
            {QStringLiteral("honoured"), QStringLiteral("The server honours the seed: seed 42 gave the same text twice at temperature 0.8 and seed 43 a different one, so a run can be repeated exactly.")},
            {QStringLiteral("ignored"), QStringLiteral("The server ignores the seed: seed 42 gave two different texts at temperature 0.8, so no run can be repeated exactly; compare prompts over several runs instead.")},
            {QStringLiteral("cannot-tell"), QStringLiteral("This check cannot tell: seeds 42 and 43 gave the same text at temperature 0.8, so this prompt's answer does not vary; try a prompt with a more open answer.")},
        };
        QCOMPARE(server.seedWords(), words.value(verdict));
    }

    void seedCheckFailureSaysWhy()
    {
        FakeModelServer fake(ServerFlavour::Ollama);
        fake.behaviour = Behaviour::ServerError;
        ModelServer server;
        pointAt(server, fake);
        QSignalSpy checked(&server, &ModelServer::seedCheckedChanged);
        server.checkSeed(QStringLiteral("Name a colour."));
        QVERIFY(checked.wait(5000));
        QCOMPARE(server.seedVerdict(), QStringLiteral("failed"));
        QCOMPARE(server.seedWords(), QStringLiteral("The model server answered with error 500."));
        QCOMPARE(server.message(), server.seedWords());
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
        ModelServer server;  // off: finding asks only this machine, and only now
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
        QCOMPARE(first.value(QStringLiteral("models")).toList().front().toMap().value(QStringLiteral("digest")).toString(), FakeModelServer::kDigest);
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
        QCOMPARE(server.message(), QStringLiteral("No model server answers on this computer's usual ports (%1).").arg(port));
    }

    void usualPorts()
    {
        const auto probes = LocalModelFinder::usualProbes();
        QCOMPARE(probes.size(), 3);
        QCOMPARE(probes[0].port, 11434);
        QCOMPARE(probes[1].port, 8080);
        QCOMPARE(probes[2].port, 1234);
    }

    void messagesInGerman()
    {
        QTranslator german;
        QVERIFY(german.load(QStringLiteral(":/i18n/loopwise_de.qm")));
        QCoreApplication::installTranslator(&german);
        const quint16 port = closedPort();
        ModelServer server;
        server.setEnabled(true);
        server.setBaseUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
        server.setModel(QStringLiteral("any"));
        generate(server, QStringLiteral("Hallo"));
        const QString refused = server.message();
        server.setBaseUrl(QStringLiteral("http://gpu-box.example"));
        const QString warning = server.remoteWarning();
        QCoreApplication::removeTranslator(&german);
        QCOMPARE(refused, QStringLiteral("Unter 127.0.0.1:%1 antwortet nichts: Starte den Modellserver oder prüfe seine Adresse und seinen Port.").arg(port));
        QCOMPARE(warning, QStringLiteral("Prompts, die du ausführst, verlassen dieses Gerät und gehen an gpu-box.example."));
    }
};

QTEST_GUILESS_MAIN(TestModelServer)
#include "tst_modelserver.moc"
