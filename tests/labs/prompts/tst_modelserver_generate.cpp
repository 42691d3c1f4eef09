// The prompts lab's local model server client generating, per flavour, against a fake
// server on 127.0.0.1: streamed text with token counts and every provenance field, the
// request's fields under each dialect's names, cancel mid-stream, every failure with its
// sentence, details and no hang, the seed check, and the messages in German.

#include "GenerationResult.h"
#include "ModelServerTests.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QTranslator>

using namespace loopwise;
using namespace loopwise::test;
using Behaviour = FakeModelServer::Behaviour;

class TestModelServerGenerate : public QObject
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
        server.listModels(); // Ollama's list carries the model's digest
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
        const double serverMs = flavour == ServerFlavour::Ollama ? 250.0
            : flavour == ServerFlavour::LlamaCpp                 ? 100.0
                                                                 : -1.0;
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
        QCOMPARE(finished.size(), 1); // at once, not when the server ends
        const QVariantMap result = finished.first().first().toMap();
        QCOMPARE(result.value(QStringLiteral("outcome")).toString(), QStringLiteral("cancelled"));
        const QString text = result.value(QStringLiteral("text")).toString();
        QVERIFY(!text.isEmpty());
        QVERIFY(fake.textFor(42, 1).startsWith(text));
        QVERIFY(text.size() < fake.textFor(42, 1).size());
        QVERIFY(!server.generating());
        QVERIFY(server.message().isEmpty()); // cancelling is not a failure
        QTRY_COMPARE_WITH_TIMEOUT(fake.abandoned, 1, 3000); // the connection was closed
        QTest::qWait(100);
        QCOMPARE(finished.size(), 1);
    }

    // Every way a server can fail, for each flavour: the kind, one sentence, details, no hang.
    void failures_data()
    {
        QTest::addColumn<ServerFlavour>("flavour");
        QTest::addColumn<Behaviour>("behaviour");
        QTest::addColumn<QString>("kind");
        const struct
        {
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
        QCOMPARE(fake.requests.size(), 1); // nothing retried, no redirect followed
        if (behaviour == Behaviour::ServerError) {
            QCOMPARE(message, QStringLiteral("The model server answered with error 500."));
            QVERIFY(server.details().contains(QLatin1String("something broke inside")));
        }
        if (behaviour == Behaviour::RedirectAway)
            QVERIFY(message.contains(QLatin1String("example.invalid")));
        if (behaviour == Behaviour::Hang)
            QCOMPARE(
                message,
                QStringLiteral("The model server at 127.0.0.1:%1 did not answer within 1 second.").arg(fake.port()));
        if (behaviour == Behaviour::Endless)
            QCOMPARE(message,
                     QStringLiteral("The model went on past the 8 tokens it was allowed, so Loopwise stopped it."));
        if (behaviour == Behaviour::Stall || behaviour == Behaviour::ErrorInStream)
            QVERIFY(!result.value(QStringLiteral("text")).toString().isEmpty()); // what came is kept
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
        QCOMPARE(server.message(),
                 QStringLiteral("The reply was still running after 1 second, so Loopwise stopped it."));
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
        QCOMPARE(
            server.message(),
            QStringLiteral("Nothing answers at 127.0.0.1:%1: start the model server, or check its address and port.")
                .arg(port));
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
        QCOMPARE(server.message(),
                 QStringLiteral("The server at 127.0.0.1:%1 does not have the model “nope:7b”: pick one from its list.")
                     .arg(fake.port()));
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
        server.setTemperature(0); // the check still samples: at 0.8
        QSignalSpy checked(&server, &ModelServer::seedCheckedChanged);
        server.checkSeed(QStringLiteral("Name a colour."));
        QVERIFY(server.checkingSeed());
        QVERIFY(checked.wait(10000));
        QVERIFY(!server.checkingSeed());
        QCOMPARE(server.seedVerdict(), verdict);
        QCOMPARE(fake.requests.size(), runs);
        const auto seedOf = [&](int i) {
            const QJsonObject body = fake.requests[i].body;
            return flavour == ServerFlavour::Ollama
                ? body.value(QLatin1String("options")).toObject().value(QLatin1String("seed")).toInt()
                : body.value(QLatin1String("seed")).toInt();
        };
        const auto temperatureOf = [&](int i) {
            const QJsonObject body = fake.requests[i].body;
            return flavour == ServerFlavour::Ollama
                ? body.value(QLatin1String("options")).toObject().value(QLatin1String("temperature")).toDouble()
                : body.value(QLatin1String("temperature")).toDouble();
        };
        QCOMPARE(seedOf(0), 42);
        QCOMPARE(seedOf(1), 42);
        if (runs == 3)
            QCOMPARE(seedOf(2), 43);
        for (int i = 0; i < runs; ++i)
            QCOMPARE(temperatureOf(i), 0.8);
        const QHash<QString, QString> words{
            {QStringLiteral("honoured"),
             QStringLiteral("The server honours the seed: seed 42 gave the same text twice at temperature 0.8 and seed "
                            "43 a different one, so a run can be repeated exactly.")},
            {QStringLiteral("ignored"),
             QStringLiteral("The server ignores the seed: seed 42 gave two different texts at temperature 0.8, so no "
                            "run can be repeated exactly; compare prompts over several runs instead.")},
            {QStringLiteral("cannot-tell"),
             QStringLiteral("This check cannot tell: seeds 42 and 43 gave the same text at temperature 0.8, so this "
                            "prompt's answer does not vary; try a prompt with a more open answer.")},
        };
        QCOMPARE(server.seedWords(), words.value(verdict));
    }

    void seedCheckCancelled()
    {
        FakeModelServer fake(ServerFlavour::OpenAi);
        fake.pieceIntervalMs = 200;
        ModelServer server;
        pointAt(server, fake);
        QSignalSpy checked(&server, &ModelServer::seedCheckedChanged);
        server.checkSeed(QStringLiteral("Name a colour."));
        QVERIFY(server.checkingSeed());
        server.cancel();
        QCOMPARE(checked.size(), 1);
        QVERIFY(!server.checkingSeed());
        QCOMPARE(server.seedVerdict(), QStringLiteral("cancelled"));
        QCOMPARE(server.seedWords(), QStringLiteral("The seed check was stopped before it could tell."));
        QVERIFY(server.message().isEmpty());
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
        QCOMPARE(refused,
                 QStringLiteral("Unter 127.0.0.1:%1 antwortet nichts: Starte den Modellserver oder prüfe seine Adresse "
                                "und seinen Port.")
                     .arg(port));
        QCOMPARE(warning,
                 QStringLiteral("Prompts, die du ausführst, verlassen dieses Gerät und gehen an gpu-box.example."));
    }
};

QTEST_GUILESS_MAIN(TestModelServerGenerate)
#include "tst_modelserver_generate.moc"
