// The command line as a user meets it: --help, bad options, --validate-content.
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

namespace {
struct Result
{
    int exitCode;
    QString out;
    QString err;
};

Result run(const QStringList &arguments)
{
    QProcess app;
    app.start(QStringLiteral(LOOPWISE_APP), arguments);
    if (!app.waitForFinished(30000))
        return {-1, {}, QStringLiteral("timed out")};
    return {app.exitCode(), QString::fromLocal8Bit(app.readAllStandardOutput()),
            QString::fromLocal8Bit(app.readAllStandardError())};
}
// Puts `probe` in front of every text of a pack file; ids and references stay as they are.
QJsonValue withProbe(const QJsonValue &value, const QString &key, const QString &probe)
{
    static const QStringList references{QStringLiteral("id"),   QStringLiteral("kind"),     QStringLiteral("module"),
                                        QStringLiteral("lab"),  QStringLiteral("term"),     QStringLiteral("terms"),
                                        QStringLiteral("note"), QStringLiteral("previous"), QStringLiteral("next")};
    if (value.isString())
        return references.contains(key) ? value : QJsonValue(probe + value.toString());
    if (value.isArray()) {
        QJsonArray array;
        for (const QJsonValue &item : value.toArray())
            array.append(withProbe(item, key, probe));
        return array;
    }
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            it.value() = withProbe(it.value(), it.key(), probe);
        return object;
    }
    return value;
}

// The shipped English pack with `probe` in every text, written to dir.
void writeProbePack(const QString &dir, const QString &probe)
{
    for (QDirIterator it(QStringLiteral(LOOPWISE_SOURCE_DIR "/resources/content/en"), {QStringLiteral("*.json")},
                         QDir::Files, QDirIterator::Subdirectories);
         it.hasNext();) {
        const QString source = it.next();
        QFile in(source);
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QJsonObject marked = withProbe(QJsonDocument::fromJson(in.readAll()).object(), {}, probe).toObject();
        const QString target = dir + QStringLiteral("/en/") + source.section(QStringLiteral("/en/"), -1);
        QVERIFY(QDir().mkpath(QFileInfo(target).absolutePath()));
        QFile out(target);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(marked).toJson());
    }
}
} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void helpListsEveryOption()
    {
        const Result result = run({QStringLiteral("--help")});
        QCOMPARE(result.exitCode, 0);
        for (const char *option : {"--lang", "--data-dir", "--content-dir", "--open", "--screenshot", "--size",
                                   "--validate-content", "--run-epochs", "--renderer", "--exit-after-first-frame"})
            QVERIFY2(result.out.contains(QLatin1String(option)), option);
    }

    // The man page is made from the same option table as --help: every option of one is in the other.
    void manPageListsEveryOptionOfHelp()
    {
        const Result help = run({QStringLiteral("--help")});
        const Result man = run({QStringLiteral("--help-man")});
        QCOMPARE(man.exitCode, 0);
        QVERIFY2(man.out.startsWith(QStringLiteral(".TH LOOPWISE 1 ")), qPrintable(man.out.left(80)));
        QVERIFY(man.out.contains(QStringLiteral("\n.SH OPTIONS\n")));
        static const QRegularExpression longOption(QStringLiteral("--([a-z][a-z-]+)"));
        QSet<QString> inHelp;
        for (const QRegularExpressionMatch &match : longOption.globalMatch(help.out))
            inHelp.insert(match.captured(1));
        QVERIFY2(inHelp.size() >= 14, qPrintable(help.out));
        for (QString option : std::as_const(inHelp)) {
            const QString troff = QStringLiteral("\\-\\-") + option.replace(u'-', QStringLiteral("\\-"));
            QVERIFY2(man.out.contains(troff), qPrintable(troff));
        }
        // Options the man page lists under OPTIONS (".TP" then the heading) are all in --help.
        static const QRegularExpression heading(QStringLiteral("\\n\\.TP\\n.*?\\\\-\\\\-([a-z]+(?:\\\\-[a-z]+)*)"));
        int headings = 0;
        for (const QRegularExpressionMatch &match : heading.globalMatch(man.out)) {
            ++headings;
            const QString option = match.captured(1).replace(QStringLiteral("\\-"), QStringLiteral("-"));
            QVERIFY2(inHelp.contains(option), qPrintable(option));
        }
        QCOMPARE(headings, inHelp.size());
    }

    void versionNamesTheBuild()
    {
        const Result result = run({QStringLiteral("--version")});
        QCOMPARE(result.exitCode, 0);
        static const QRegularExpression format(
            QStringLiteral("^loopwise \\d+\\.\\d+\\.\\d+ \\(git ([0-9a-f]{12}|unknown)(-modified)?\\)\\n$"));
        const QRegularExpressionMatch match = format.match(result.out);
        QVERIFY2(match.hasMatch(), qPrintable(result.out));
        // The commit of the sources, or "unknown" where they are not a git checkout.
        QProcess git;
        git.start(QStringLiteral("git"),
                  {QStringLiteral("-C"), QStringLiteral(LOOPWISE_SOURCE_DIR), QStringLiteral("rev-parse"),
                   QStringLiteral("--short=12"), QStringLiteral("HEAD")});
        const bool inGit
            = git.waitForFinished(10000) && git.exitStatus() == QProcess::NormalExit && git.exitCode() == 0;
        QCOMPARE(match.captured(1),
                 inGit ? QString::fromLatin1(git.readAllStandardOutput()).trimmed() : QStringLiteral("unknown"));
    }

    void badInputGetsOneLineAndExitCode2_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate")} << "Unknown option";
        QTest::newRow("missing value") << QStringList{QStringLiteral("--lang")} << "Missing value";
        QTest::newRow("unknown language") << QStringList{QStringLiteral("--lang"), QStringLiteral("xx")} << "--lang";
        QTest::newRow("bad route") << QStringList{QStringLiteral("--open"), QStringLiteral("kitchen")} << "--open";
        QTest::newRow("unknown module") << QStringList{QStringLiteral("--open"),
                                                       QStringLiteral("module/no-such-module")}
                                        << "no module";
        QTest::newRow("bad size") << QStringList{QStringLiteral("--size"), QStringLiteral("huge")} << "--size";
        QTest::newRow("screenshot not png")
            << QStringList{QStringLiteral("--screenshot"), QStringLiteral("x.jpg")} << "--screenshot";
        QTest::newRow("content dir missing")
            << QStringList{QStringLiteral("--content-dir"), QStringLiteral("/no/such/dir")} << "--content-dir";
        QTest::newRow("stray argument") << QStringList{QStringLiteral("hello")} << "unexpected argument";
        QTest::newRow("policy missing") << QStringList{QStringLiteral("--policy"),
                                                       QStringLiteral("/no/such/policy.conf")}
                                        << "--policy: \"/no/such/policy.conf\" is not a file";
        QTest::newRow("bad lab link") << QStringList{QStringLiteral("--open"), QStringLiteral("lab/network?hidden=12")}
                                      << "hidden must be a whole number from 1 to 8";
        QTest::newRow("bad learning lab link")
            << QStringList{QStringLiteral("--open"), QStringLiteral("lab/learning?degree=20")}
            << "degree must be a whole number from 1 to 15";
        // The check the lab makes when the link is applied: the engine cannot train one point.
        QTest::newRow("link the lab cannot train")
            << QStringList{QStringLiteral("--open"), QStringLiteral("lab/network?dataset=custom&points=1:1:0"),
                           QStringLiteral("--run-epochs"), QStringLiteral("10")}
            << "--open: These settings cannot be trained: ";
        QTest::newRow("unknown lab")
            << QStringList{QStringLiteral("--open"), QStringLiteral("lab/nosuchlab")}
            << "--open: there is no lab \"nosuchlab\"; the labs are network, learning, prompts, assumptions, experts";
        QTest::newRow("run epochs without a lab") << QStringList{QStringLiteral("--run-epochs"), QStringLiteral("10")}
                                                  << "--run-epochs needs --open lab/network";
        QTest::newRow("run epochs not a number") << QStringList{QStringLiteral("--open"), QStringLiteral("lab/network"),
                                                                QStringLiteral("--run-epochs"), QStringLiteral("many")}
                                                 << "--run-epochs: \"many\" is not a whole number";
        QTest::newRow("unknown renderer") << QStringList{QStringLiteral("--renderer"), QStringLiteral("vulkan")}
                                          << "--renderer: \"vulkan\" is not one of auto, gpu, software";
    }
    void badInputGetsOneLineAndExitCode2()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        QTemporaryDir data;
        const Result result = run(QStringList{QStringLiteral("--data-dir"), data.path()} + arguments);
        QCOMPARE(result.exitCode, 2);
        const QStringList lines = result.err.trimmed().split(u'\n');
        const QString last = lines.last();
        QVERIFY2(last.startsWith(QStringLiteral("loopwise: ")) && last.contains(message), qPrintable(result.err));
        QVERIFY2(!result.err.contains(QStringLiteral("qrc:/")), qPrintable(result.err));
    }

    // A link as long as a pasted file, with control characters: one short line, each problem once.
    void linkErrorsQuoteAShortEscapedExcerpt_data()
    {
        QTest::addColumn<QString>("route");
        QTest::addColumn<QString>("message");
        const QString tail(130000, u'x');
        QTest::newRow("bad route")
            << QStringLiteral("kitchen\x1b[2J") + tail
            << QStringLiteral("--open: \"kitchen\\x1b[2Jxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\u2026\" is not a place");
        QTest::newRow("bad lab link")
            << QStringLiteral("lab/network?hidden=12,12,12&dataset=%07") + tail
            << QStringLiteral(
                   "--open: hidden must be a whole number from 1 to 8, not \"12\". dataset must be one of circle, "
                   "xor, gauss, spiral, moons, blobs3, blobs4, plane, regress-gauss, custom, "
                   "not \"\\x07xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\u2026\".");
    }
    void linkErrorsQuoteAShortEscapedExcerpt()
    {
        QFETCH(QString, route);
        QFETCH(QString, message);
        QTemporaryDir data;
        const Result result = run({QStringLiteral("--data-dir"), data.path(), QStringLiteral("--open"), route});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.startsWith(QStringLiteral("loopwise: ") + message), qPrintable(result.err));
        QVERIFY2(result.err.size() < 400 && result.err.count(u'\n') == 1, qPrintable(result.err));
    }

    void validateContentOfShippedPack()
    {
        const Result result
            = run({QStringLiteral("--validate-content"), QStringLiteral(LOOPWISE_SOURCE_DIR "/resources/content")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.out + result.err));
        QVERIFY(result.out.contains(QStringLiteral("no problems found")));
    }

    void validateContentNamesEveryProblem()
    {
        QTemporaryDir pack;
        QVERIFY(QDir().mkpath(pack.filePath(QStringLiteral("en/modules"))));
        QFile broken(pack.filePath(QStringLiteral("en/modules/broken.json")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("{\n  \"schema\": 1,\n  \"id\": \"broken\"\n  \"title\": \"x\"\n}\n");
        broken.close();
        QFile unknown(pack.filePath(QStringLiteral("en/modules/odd.json")));
        QVERIFY(unknown.open(QIODevice::WriteOnly));
        unknown.write("{\"schema\": 1, \"id\": \"odd\", \"kind\": \"module\", \"title\": \"Odd\",\n"
                      "            \"sections\": [{\"id\": \"s\", \"title\": \"S\", \"blocks\": [{\"id\": \"b\", "
                      "\"kind\": \"limerick\", \"text\": \"x\"}]}]}");
        unknown.close();

        const Result result = run({QStringLiteral("--validate-content"), pack.path()});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.out.contains(QStringLiteral("broken.json:4"))
                     && result.out.contains(QStringLiteral("is not valid JSON")),
                 qPrintable(result.out));
        QVERIFY2(result.out.contains(QStringLiteral("odd.json"))
                     && result.out.contains(QStringLiteral("$.sections[0].blocks[0].kind"))
                     && result.out.contains(QStringLiteral("limerick")),
                 qPrintable(result.out));
        QVERIFY(result.out.contains(QStringLiteral("2 problem(s) found")));
    }

    void checkPolicyNamesEveryBadLine()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("policy.conf")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[theme]\nuse = dark\n[classroom]\nkiosk = perhaps\n[labs]\non = network, chemistry\n");
        file.close();
        const Result bad = run({QStringLiteral("--check-policy"), file.fileName()});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.out.contains(QStringLiteral("policy.conf, line 4: write yes or no, not \"perhaps\"."))
                     && bad.out.contains(QStringLiteral("policy.conf, line 6: there is no lab \"chemistry\"")),
                 qPrintable(bad.out));

        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("[theme]\nuse = dark\nlocked = yes\n");
        file.close();
        const Result good = run({QStringLiteral("--check-policy"), file.fileName()});
        QCOMPARE(good.exitCode, 0);
        QVERIFY(good.out.contains(QStringLiteral("no problems found")));
    }

    void hashPinPrintsALineThePolicyTakes()
    {
        QProcess app;
        app.start(QStringLiteral(LOOPWISE_APP), {QStringLiteral("--hash-pin")});
        app.write("8642\n");
        app.closeWriteChannel();
        QVERIFY(app.waitForFinished(30000));
        QCOMPARE(app.exitCode(), 0);
        const QString line = QString::fromLocal8Bit(app.readAllStandardOutput()).trimmed();
        QVERIFY2(line.startsWith(QStringLiteral("teacher-pin = pbkdf2-sha256$"))
                     && !line.contains(QStringLiteral("8642")),
                 qPrintable(line));
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("policy.conf")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[classroom]\nmanage-learners = teacher\n" + line.toUtf8() + "\n");
        file.close();
        QCOMPARE(run({QStringLiteral("--check-policy"), file.fileName()}).exitCode, 0);
    }

    void appStartsWithABrokenPolicyAndSaysWhy()
    {
        QTemporaryDir data;
        QFile file(data.filePath(QStringLiteral("policy.conf")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[theme]\nuse = purple\n");
        file.close();
        const QString shot = data.filePath(QStringLiteral("home.png"));
        const Result result = run({QStringLiteral("--policy"), file.fileName(), QStringLiteral("--data-dir"),
                                   data.filePath(QStringLiteral("progress")), QStringLiteral("--screenshot"), shot});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY2(
            result.err.contains(QStringLiteral("policy.conf, line 2: the theme is light or dark, not \"purple\".")),
            qPrintable(result.err));
        QVERIFY(QFile::exists(shot));
    }

    void secondInstanceIsRefusedClearly()
    {
        QTemporaryDir data;
        QProcess first;
        first.start(QStringLiteral(LOOPWISE_APP), {QStringLiteral("--data-dir"), data.path()});
        QVERIFY(first.waitForStarted());
        // Wait until the first one holds the progress folder.
        QTRY_VERIFY_WITH_TIMEOUT(
            !QDir(data.path()).entryList({QStringLiteral("*.lock")}, QDir::Files | QDir::Hidden).isEmpty(), 15000);
        const Result second
            = run({QStringLiteral("--data-dir"), data.path(), QStringLiteral("--exit-after-first-frame")});
        first.kill();
        first.waitForFinished();
        QCOMPARE(second.exitCode, 1);
        QVERIFY2(second.err.contains(QStringLiteral("already running")), qPrintable(second.err));
    }

    void packTextNeverRendersNorFetches()
    {
        // A local server stands in for the one a pack's author would choose; it must see no one.
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        const QString probe
            = QStringLiteral("<b>B</b><img src=\"http://127.0.0.1:%1/i.png\"><a href=\"http://127.0.0.1:%1/\">a</a>")
                  .arg(server.serverPort());
        QTemporaryDir pack;
        writeProbePack(pack.path(), probe);
        QTemporaryDir data;
        QStringList routes{QStringLiteral("home"), QStringLiteral("glossary"), QStringLiteral("lab/learning"),
                           QStringLiteral("lab/network"), QStringLiteral("module/start-ai-intermediate")};
        QFile module(pack.filePath(QStringLiteral("en/modules/models-parameters-training.json")));
        QVERIFY(module.open(QIODevice::ReadOnly));
        for (const QJsonValue &section :
             QJsonDocument::fromJson(module.readAll()).object().value(u"sections").toArray())
            routes.append(QStringLiteral("module/models-parameters-training#") + section[u"id"].toString());
        for (const QString &route : std::as_const(routes)) {
            const Result result
                = run({QStringLiteral("--content-dir"), pack.path(), QStringLiteral("--data-dir"), data.path(),
                       QStringLiteral("--open"), route, QStringLiteral("--size"), QStringLiteral("1280x2400"),
                       QStringLiteral("--screenshot"), data.filePath(QStringLiteral("shot.png"))});
            QVERIFY2(result.exitCode == 0, qPrintable(route + u'\n' + result.err));
        }
        QVERIFY2(!server.waitForNewConnection(1000), "the app contacted the server named in the pack");

        // The validator names the HTML-looking text.
        const Result validated = run({QStringLiteral("--validate-content"), pack.path()});
        QCOMPARE(validated.exitCode, 1);
        QVERIFY2(validated.out.contains(QStringLiteral("looks like HTML")), qPrintable(validated.out));
    }

    void imageInSectionTitleOpensModule()
    {
        QTemporaryDir pack;
        QVERIFY(QDir().mkpath(pack.filePath(QStringLiteral("en/modules"))));
        QFile file(pack.filePath(QStringLiteral("en/modules/models-parameters-training.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"schema\": 1, \"id\": \"models-parameters-training\", \"kind\": \"module\", \"title\": \"T\",\n"
                   " \"sections\": [{\"id\": \"s\", \"title\": \"<img src=\\\"x.png\\\">Pictures\", \"blocks\": "
                   "[{\"id\": \"p\", \"kind\": \"paragraph\", \"text\": \"x\"}]}]}");
        file.close();
        QTemporaryDir data;
        const Result result
            = run({QStringLiteral("--content-dir"), pack.path(), QStringLiteral("--data-dir"), data.path(),
                   QStringLiteral("--open"), QStringLiteral("module/models-parameters-training"),
                   QStringLiteral("--screenshot"), data.filePath(QStringLiteral("module.png"))});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    }

    void appStartsWithoutOversizedOrEndlessParts()
    {
        QTemporaryDir pack;
        QVERIFY(QDir().mkpath(pack.filePath(QStringLiteral("en/modules"))));
        QVERIFY(QFile::link(QStringLiteral("/dev/zero"), pack.filePath(QStringLiteral("en/modules/endless.json"))));
        QVERIFY(QFile::link(QStringLiteral("/dev/urandom"), pack.filePath(QStringLiteral("en/glossary.json"))));
        QFile file(pack.filePath(QStringLiteral("en/modules/models-parameters-training.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            "{\"schema\": 1, \"id\": \"models-parameters-training\", \"kind\": \"module\", \"title\": \"T\",\n"
            " \"sections\": [{\"id\": \"s\", \"title\": \"S\", \"blocks\": [{\"id\": \"p\", \"kind\": \"paragraph\", "
            "\"text\": \""
            + QByteArray(1024 * 1024, 'a') + "\"}]}]}");
        file.close();
        QTemporaryDir data;
        QElapsedTimer timer;
        timer.start();
        const Result result
            = run({QStringLiteral("--content-dir"), pack.path(), QStringLiteral("--data-dir"), data.path(),
                   QStringLiteral("--open"), QStringLiteral("module/models-parameters-training"),
                   QStringLiteral("--screenshot"), data.filePath(QStringLiteral("module.png"))});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        qInfo("1 MB paragraph (left out), /dev/zero module, /dev/urandom glossary: module page shown in %lld ms",
              static_cast<long long>(timer.elapsed()));
        QVERIFY(timer.elapsed() < 20000);
    }

    void appStillStartsWithBrokenPack()
    {
        QTemporaryDir pack;
        QVERIFY(QDir().mkpath(pack.filePath(QStringLiteral("en/modules"))));
        QFile broken(pack.filePath(QStringLiteral("en/modules/broken.json")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("{ not json");
        broken.close();
        QTemporaryDir data;
        const QString shot = data.filePath(QStringLiteral("home.png"));
        const Result result
            = run({QStringLiteral("--content-dir"), pack.path(), QStringLiteral("--data-dir"), data.path(),
                   QStringLiteral("--screenshot"), shot, QStringLiteral("--size"), QStringLiteral("1280x800")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY(QFile::exists(shot));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
