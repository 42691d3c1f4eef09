#include "CourseRepository.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using loopwise::ContentIssue;
using loopwise::CourseRepository;

namespace {

void writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
}

// A small valid module with the given blocks (JSON text of the blocks array).
QByteArray moduleJson(const QByteArray &id, const QByteArray &blocks, const QByteArray &title = "A school module")
{
    return "{\n  \"schema\": 1,\n  \"id\": \"" + id + "\",\n  \"kind\": \"module\",\n  \"title\": \"" + title
        + "\",\n  \"sections\": [\n    {\"id\": \"intro\", \"title\": \"Intro\", \"blocks\": [\n" + blocks
        + "\n    ]}\n  ]\n}\n";
}

const ContentIssue *findIssue(const QList<ContentIssue> &issues, const QString &fileEnd, const QString &path,
                              const QString &message)
{
    for (const ContentIssue &issue : issues) {
        if (issue.file.endsWith(fileEnd) && issue.jsonPath == path && issue.message.contains(message))
            return &issue;
    }
    return nullptr;
}

QString describe(const QList<ContentIssue> &issues)
{
    QStringList lines;
    for (const ContentIssue &issue : issues)
        lines.append(issue.toString());
    return lines.join(u'\n');
}

} // namespace

class TestContent : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shippedPackLoadsWithoutProblems_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::newRow("en") << "en";
        QTest::newRow("de") << "de";
    }
    void shippedPackLoadsWithoutProblems()
    {
        QFETCH(QString, locale);
        CourseRepository repository;
        repository.load(locale);
        QVERIFY2(repository.issues().isEmpty(), qPrintable(describe(repository.issues())));
        QCOMPARE(repository.course().title, QStringLiteral("AI Intermediate"));
        QCOMPARE(repository.course().outline.size(), 3);
        QVERIFY(repository.course().outline.at(2).moduleId.isEmpty()); // not in this pack
        QCOMPARE(repository.course().labs.size(), 3);

        const auto *module = repository.module(QStringLiteral("models-parameters-training"));
        QVERIFY(module);
        QCOMPARE(module->minutes, 48);
        QCOMPARE(module->label,
                 locale == QStringLiteral("en") ? QStringLiteral("Applied · Module 1")
                                                : QStringLiteral("Angewandt · Modul 1"));
        QVERIFY(repository.module(QStringLiteral("start-ai-intermediate")));

        // Every part of the seed has its place: the 9 questions, 5 loop stages, 4 outcomes...
        QHash<QString, const loopwise::ContentBlock *> firstOfKind;
        for (const auto &section : module->sections) {
            for (const auto &block : section.blocks)
                firstOfKind.insert(block.kind, &block);
        }
        QCOMPARE(firstOfKind.value(QStringLiteral("quiz"))->fields.value(QStringLiteral("questions")).toList().size(),
                 9);
        QCOMPARE(
            firstOfKind.value(QStringLiteral("loopDiagram"))->fields.value(QStringLiteral("stages")).toList().size(),
            5);
        QCOMPARE(firstOfKind.value(QStringLiteral("outcomes"))->fields.value(QStringLiteral("items")).toList().size(),
                 4);
        QCOMPARE(firstOfKind.value(QStringLiteral("rules"))->fields.value(QStringLiteral("items")).toList().size(), 3);
        QCOMPARE(
            firstOfKind.value(QStringLiteral("assumptions"))->fields.value(QStringLiteral("items")).toList().size(), 2);
        QCOMPARE(firstOfKind.value(QStringLiteral("steps"))->fields.value(QStringLiteral("items")).toList().size(), 5);
        QCOMPARE(firstOfKind.value(QStringLiteral("artefact"))->fields.value(QStringLiteral("fields")).toList().size(),
                 3);
        for (const QString &kind :
             {QStringLiteral("reflection"), QStringLiteral("task"), QStringLiteral("complete"),
              QStringLiteral("example"), QStringLiteral("definition"), QStringLiteral("practice"),
              QStringLiteral("labCard"), QStringLiteral("keySentence"), QStringLiteral("termList")})
            QVERIFY2(firstOfKind.contains(kind), qPrintable(kind));

        for (const char *term : {"parameter", "model", "loss", "gradient", "batch", "learning-rate", "capacity",
                                 "overfitting", "underfitting", "generalisation", "leakage", "validation", "baseline",
                                 "shortcut-learning", "mixture-of-experts"})
            QVERIFY2(repository.term(term), qPrintable(term));
    }

    void germanTranslatesEveryBlock()
    {
        CourseRepository english;
        english.load(QStringLiteral("en"));
        CourseRepository german(QStringList{}); // no fallback layer: only what the German files say
        QTemporaryDir dir;
        // German alone, without English underneath, must still have every block.
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("de/modules"))));
        for (const QString &name : {QStringLiteral("course.json"), QStringLiteral("glossary.json"),
                                    QStringLiteral("modules/models-parameters-training.json"),
                                    QStringLiteral("modules/start-ai-intermediate.json")})
            QVERIFY(QFile::copy(QStringLiteral(":/content/de/") + name, dir.filePath(QStringLiteral("de/") + name)));
        CourseRepository germanOnly({dir.path()});
        germanOnly.load(QStringLiteral("de"));
        for (const QString &id : english.moduleIds()) {
            const auto *en = english.module(id);
            const auto *de = germanOnly.module(id);
            QVERIFY2(de, qPrintable(id));
            QCOMPARE(de->sections.size(), en->sections.size());
            for (qsizetype s = 0; s < en->sections.size(); ++s) {
                QCOMPARE(de->sections.at(s).id, en->sections.at(s).id);
                QVERIFY(de->sections.at(s).title != en->sections.at(s).title || en->sections.at(s).title.size() < 12);
                QCOMPARE(de->sections.at(s).blocks.size(), en->sections.at(s).blocks.size());
                for (qsizetype b = 0; b < en->sections.at(s).blocks.size(); ++b) {
                    const auto &enBlock = en->sections.at(s).blocks.at(b);
                    const auto &deBlock = de->sections.at(s).blocks.at(b);
                    QCOMPARE(deBlock.id, enBlock.id);
                    if (enBlock.kind != QStringLiteral("definition") && enBlock.kind != QStringLiteral("keyTerms"))
                        QVERIFY2(deBlock.fields != enBlock.fields, qPrintable(enBlock.id));
                }
            }
        }
        QCOMPARE(germanOnly.glossary().size(), english.glossary().size());
    }

    void missingTranslationFallsBackToEnglish()
    {
        QTemporaryDir dir;
        writeFile(
            dir.filePath(QStringLiteral("en/modules/school-demo.json")),
            moduleJson(
                "school-demo",
                "{\"id\": \"a\", \"kind\": \"paragraph\", \"text\": \"First in English.\"},\n"
                "                      {\"id\": \"b\", \"kind\": \"paragraph\", \"text\": \"Second in English.\"}"));
        writeFile(dir.filePath(QStringLiteral("de/modules/school-demo.json")),
                  moduleJson("school-demo",
                             "{\"id\": \"a\", \"kind\": \"paragraph\", \"text\": \"Zuerst auf Deutsch.\"}",
                             "Ein Schulmodul"));
        CourseRepository repository({CourseRepository::shippedRoot(), dir.path()});
        repository.load(QStringLiteral("de"));
        QVERIFY2(repository.issues().isEmpty(), qPrintable(describe(repository.issues())));
        const auto *module = repository.module(QStringLiteral("school-demo"));
        QVERIFY(module);
        QCOMPARE(module->title, QStringLiteral("Ein Schulmodul"));
        const auto &blocks = module->sections.first().blocks;
        QCOMPARE(blocks.size(), 2);
        QCOMPARE(blocks.at(0).fields.value(QStringLiteral("text")).toString(), QStringLiteral("Zuerst auf Deutsch."));
        QCOMPARE(blocks.at(1).fields.value(QStringLiteral("text")).toString(), QStringLiteral("Second in English."));
    }

    void packReplacesShippedModule()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral("en/modules/models-parameters-training.json")),
                  moduleJson("models-parameters-training",
                             "{\"id\": \"a\", \"kind\": \"paragraph\", \"text\": \"Our school's version.\"}",
                             "Our own module"));
        CourseRepository repository({CourseRepository::shippedRoot(), dir.path()});
        repository.load(QStringLiteral("en"));
        QCOMPARE(repository.module(QStringLiteral("models-parameters-training"))->title,
                 QStringLiteral("Our own module"));
    }

    void badPacksNameFilePathAndLine_data()
    {
        QTest::addColumn<QByteArray>("fileContent");
        QTest::addColumn<QString>("jsonPath");
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("line");
        QTest::addColumn<bool>("moduleStillShown");

        QTest::newRow("malformed JSON") << QByteArray("{\n  \"schema\": 1,\n  \"id\": \"bad\",\n  \"title\": oops\n}\n")
                                        << QString() << "is not valid JSON" << 4 << false;
        QTest::newRow("missing field") << moduleJson("bad", "      {\"id\": \"p1\", \"kind\": \"paragraph\"}")
                                       << "$.sections[0].blocks[0].text"
                                       << "is missing" << 8 << true;
        QTest::newRow("missing title") << QByteArray(
            "{\"schema\": 1, \"id\": \"bad\", \"kind\": \"module\", \"sections\": []}")
                                       << "$.title"
                                       << "is missing" << 0 << false;
        QTest::newRow("unknown kind") << moduleJson("bad",
                                                    "      {\"id\": \"p1\", \"kind\": \"poem\", \"text\": \"x\"}")
                                      << "$.sections[0].blocks[0].kind"
                                      << "unknown block kind \"poem\"" << 8 << true;
        QTest::newRow("dangling term") << moduleJson(
            "bad", "      {\"id\": \"p1\", \"kind\": \"paragraph\", \"text\": \"See [[no-such-term]].\"}")
                                       << "$.sections[0].blocks[0].text"
                                       << "\"no-such-term\", which no glossary defines" << 8 << true;
        QTest::newRow("dangling lab") << moduleJson(
            "bad", "      {\"id\": \"p1\", \"kind\": \"labCard\", \"lab\": \"cooking\", \"text\": \"x\"}")
                                      << "$.sections[0].blocks[0].lab"
                                      << "\"cooking\", which does not exist" << 8 << true;
        QTest::newRow("duplicate id") << moduleJson(
            "bad",
            "      {\"id\": \"p1\", \"kind\": \"paragraph\", \"text\": \"x\"},\n"
            "      {\"id\": \"p1\", \"kind\": \"paragraph\", \"text\": \"y\"}")
                                      << "$.sections[0].blocks[1].id"
                                      << "duplicate block id \"p1\"" << 8 << true;
        QTest::newRow("misspelt field") << moduleJson(
            "bad", "      {\"id\": \"p1\", \"kind\": \"paragraph\", \"text\": \"x\", \"txet\": \"y\"}")
                                        << "$.sections[0].blocks[0].txet"
                                        << "is not a field of this kind" << 8 << true;
        QTest::newRow("wrong schema") << QByteArray("{\"schema\": 7, \"id\": \"bad\"}") << "$.schema"
                                      << "must be 1" << 0 << false;
    }
    void badPacksNameFilePathAndLine()
    {
        QFETCH(QByteArray, fileContent);
        QFETCH(QString, jsonPath);
        QFETCH(QString, message);
        QFETCH(int, line);
        QFETCH(bool, moduleStillShown);

        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral("en/modules/bad.json")), fileContent);
        CourseRepository repository({CourseRepository::shippedRoot(), dir.path()});
        repository.load(QStringLiteral("en"));

        const ContentIssue *issue
            = findIssue(repository.issues(), QStringLiteral("en/modules/bad.json"), jsonPath, message);
        QVERIFY2(issue, qPrintable(describe(repository.issues())));
        QCOMPARE(issue->line, line);
        QVERIFY(issue->toString().contains(QStringLiteral("bad.json")));
        // The rest of the course is untouched.
        QVERIFY(repository.module(QStringLiteral("models-parameters-training")));
        QCOMPARE(repository.module(QStringLiteral("bad")) != nullptr, moduleStillShown);

        // The command-line validator reports the same problem for the pack alone.
        const QList<ContentIssue> validated = CourseRepository::validatePack(dir.path());
        QVERIFY2(findIssue(validated, QStringLiteral("bad.json"), jsonPath, message), qPrintable(describe(validated)));
    }

    void brokenGlossaryAndCourseAreReported()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral("en/glossary.json")),
                  "{\"schema\": 1, \"terms\": [{\"id\": \"loss\", \"term\": \"Loss\", \"definition\": \"x\"},\n"
                  "                      {\"id\": \"loss\", \"term\": \"Loss again\", \"definition\": \"y\"}, {\"id\": "
                  "\"z\", \"term\": \"Zed\"}]}");
        writeFile(dir.filePath(QStringLiteral("en/course.json")),
                  "{\"schema\": 1, \"id\": \"c\", \"title\": \"C\", \"outline\": [],\n"
                  "                      \"labs\": [{\"id\": \"juggling\", \"title\": \"J\", \"summary\": \"s\"}]}");
        const QList<ContentIssue> issues = CourseRepository::validatePack(dir.path());
        QVERIFY2(findIssue(issues, QStringLiteral("glossary.json"), QStringLiteral("$.terms[1].id"),
                           QStringLiteral("duplicate id")),
                 qPrintable(describe(issues)));
        QVERIFY(findIssue(issues, QStringLiteral("glossary.json"), QStringLiteral("$.terms[2].definition"),
                          QStringLiteral("is missing")));
        QVERIFY(findIssue(issues, QStringLiteral("course.json"), QStringLiteral("$.labs[0].id"),
                          QStringLiteral("\"juggling\"")));
    }

    void termIndexFollowsLanguageSwitch()
    {
        // Each language defines a term the other lacks: after a switch, no old index may remain.
        QTemporaryDir dir;
        writeFile(
            dir.filePath(QStringLiteral("en/glossary.json")),
            "{\"schema\": 1, \"terms\": [{\"id\": \"aaa-english-only\", \"term\": \"Aaa\", \"definition\": \"x\"}]}");
        writeFile(
            dir.filePath(QStringLiteral("de/glossary.json")),
            "{\"schema\": 1, \"terms\": [{\"id\": \"zzz-german-only\", \"term\": \"Zzz\", \"definition\": \"y\"}]}");
        CourseRepository repository(QStringList{dir.path()});
        for (const QString &locale : {QStringLiteral("de"), QStringLiteral("en"), QStringLiteral("de")}) {
            repository.load(locale);
            for (const loopwise::GlossaryTerm &term : repository.glossary())
                QCOMPARE(repository.term(term.id)->id, term.id);
        }
        repository.load(QStringLiteral("en"));
        QVERIFY(!repository.term(QStringLiteral("zzz-german-only")));
        QCOMPARE(repository.term(QStringLiteral("aaa-english-only"))->term, QStringLiteral("Aaa"));
    }

    void validatorReportsEveryProblem_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QStringList>("expected"); // pairs: JSON path, message

        const QByteArray stage = "{\"node\": \"N\", \"title\": \"T\", \"text\": \"x\"}";
        auto loop = [&](int stages) {
            QByteArrayList list;
            for (int i = 0; i < stages; ++i)
                list.append(stage);
            return moduleJson("bad",
                              "{\"id\": \"l\", \"kind\": \"loopDiagram\", \"title\": \"L\", \"summary\": \"S\", "
                              "\"stages\": ["
                                  + list.join(", ") + "]}");
        };
        QTest::newRow("outline names a missing module")
            << "en/course.json"
            << QByteArray("{\"schema\": 1, \"id\": \"c\", \"title\": \"C\", \"outline\": "
                          "[{\"id\": \"ghost\", \"title\": \"G\", \"minutes\": 5, \"module\": \"ghost\"}]}")
            << QStringList{"$.outline", "the module \"ghost\""};
        QTest::newRow("every top-level error at once")
            << "en/modules/bad.json"
            << QByteArray(
                   "{\"schema\": 1, \"id\": \"bad\", \"kind\": \"module\", \"minutes\": \"ten\", \"sections\": []}")
            << QStringList{"$.title", "is missing", "$.minutes", "whole number", "$.sections", "must not be empty"};
        QTest::newRow("loop of 1 stage") << "en/modules/bad.json" << loop(1)
                                         << QStringList{"$.sections[0].blocks[0].stages", "exactly 5 items (found 1)"};
        QTest::newRow("loop of 200 stages")
            << "en/modules/bad.json" << loop(200)
            << QStringList{"$.sections[0].blocks[0].stages", "exactly 5 items (found 200)"};
        QTest::newRow("NUL character")
            << "en/modules/bad.json"
            << moduleJson("bad", "{\"id\": \"p\", \"kind\": \"paragraph\", \"text\": \"cut \\u0000 short\"}")
            << QStringList{"$.sections[0].blocks[0].text", "control character U+0000 at character 5"};
        QTest::newRow("HTML-looking text")
            << "en/modules/bad.json"
            << moduleJson("bad", "{\"id\": \"p\", \"kind\": \"paragraph\", \"text\": \"x\"}",
                          "<img src=\\\"http://example.org/a.png\\\">")
            << QStringList{"$.title", "looks like HTML"};
        QTest::newRow("1 MB title") << "en/modules/bad.json"
                                    << moduleJson("bad", "{\"id\": \"p\", \"kind\": \"paragraph\", \"text\": \"x\"}",
                                                  QByteArray(1024 * 1024, 'a'))
                                    << QStringList{"$.title", "is 1048576 characters long; the limit is 20000"};
        QTest::newRow("5 MB file") << "en/modules/bad.json" << QByteArray(5 * 1024 * 1024, ' ')
                                   << QStringList{"", "larger than 4 MB"};
    }
    void validatorReportsEveryProblem()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, content);
        QFETCH(QStringList, expected);
        QTemporaryDir dir;
        writeFile(dir.filePath(file), content);
        const QList<ContentIssue> validated = CourseRepository::validatePack(dir.path());
        CourseRepository repository({CourseRepository::shippedRoot(), dir.path()});
        repository.load(QStringLiteral("en"));
        for (qsizetype i = 0; i < expected.size(); i += 2) {
            // The validator and the app find the same problem.
            QVERIFY2(findIssue(validated, file, expected.at(i), expected.at(i + 1)), qPrintable(describe(validated)));
            QVERIFY2(findIssue(repository.issues(), file, expected.at(i), expected.at(i + 1)),
                     qPrintable(describe(repository.issues())));
        }
        QVERIFY(repository.module(QStringLiteral("models-parameters-training")));
    }

    void fileThatNeverEndsIsRefused_data()
    {
        QTest::addColumn<QString>("device");
        QTest::newRow("/dev/zero") << "/dev/zero";
        QTest::newRow("/dev/urandom") << "/dev/urandom";
    }
    void fileThatNeverEndsIsRefused()
    {
        QFETCH(QString, device);
        QTemporaryDir dir;
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("en/modules"))));
        QVERIFY(QFile::link(device, dir.filePath(QStringLiteral("en/modules/endless.json"))));
        QVERIFY(QFile::link(device, dir.filePath(QStringLiteral("en/glossary.json"))));
        const QList<ContentIssue> validated = CourseRepository::validatePack(dir.path());
        QVERIFY2(findIssue(validated, QStringLiteral("endless.json"), {}, QStringLiteral("is not a regular file")),
                 qPrintable(describe(validated)));
        QVERIFY2(findIssue(validated, QStringLiteral("glossary.json"), {}, QStringLiteral("is not a regular file")),
                 qPrintable(describe(validated)));
        CourseRepository repository({CourseRepository::shippedRoot(), dir.path()});
        repository.load(QStringLiteral("en"));
        QVERIFY(repository.module(QStringLiteral("models-parameters-training")));
        QVERIFY(repository.term(QStringLiteral("loss")));
    }

    void pathThatIsNotAPackRootIsReported()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral("pack/en/modules/demo.json")),
                  moduleJson("demo", "{\"id\": \"p\", \"kind\": \"paragraph\", \"text\": \"x\"}"));
        QVERIFY(CourseRepository::validatePack(dir.filePath(QStringLiteral("pack"))).isEmpty());
        for (const QString &path : {dir.filePath(QStringLiteral("pack/en")), dir.path(), QStringLiteral("/")}) {
            const QList<ContentIssue> issues = CourseRepository::validatePack(path);
            QVERIFY2(issues.size() == 1 && issues.first().message.contains(QStringLiteral("is not a content pack")),
                     qPrintable(path + u'\n' + describe(issues)));
        }
    }

    void emptyPackFolderIsReported()
    {
        QTemporaryDir dir;
        const QList<ContentIssue> issues = CourseRepository::validatePack(dir.path());
        QCOMPARE(issues.size(), 1);
        QVERIFY(issues.first().message.contains(QStringLiteral("no locale folder")));
    }
};

QTEST_GUILESS_MAIN(TestContent)
#include "tst_content.moc"
