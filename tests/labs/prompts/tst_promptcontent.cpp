// The prompts lab's content per language: the shipped English, German and Arabic files parse, a
// language without prompts falls back to English, a later pack's file replaces the shipped
// one, and a broken file is named in a translated sentence while the file it replaces is used.

#include "CourseRepository.h"
#include "PromptContent.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace loopwise;

class TestPromptContent : public QObject
{
    Q_OBJECT

    static void write(const QString &root, const QString &relative, const QByteArray &text)
    {
        const QString path = root + QLatin1Char('/') + relative;
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text);
    }

private Q_SLOTS:
    void shippedEnglishAndGerman()
    {
        const PromptContent english = PromptContent::load(QStringLiteral("en"), {CourseRepository::shippedRoot()});
        QVERIFY2(english.problems().isEmpty(), qPrintable(english.problems().join(u'\n')));
        QCOMPARE(english.tasks().size(), std::size_t(4));
        QVERIFY(english.task(QStringLiteral("triage")));
        QCOMPARE(english.task(QStringLiteral("triage"))->cases.size(), std::size_t(24));
        QCOMPARE(english.task(QStringLiteral("nothing")), nullptr);
        QCOMPARE(english.wordLists().language, std::string("en"));
        QCOMPARE(english.phrases().inputKey, std::string("Input"));
        QVERIFY(english.demoCorpus().find("paragraphs"));
        QVERIFY(english.analyser().analyse("You are a support lead.").has(engine::prompts::Criterion::Role));

        const PromptContent german = PromptContent::load(QStringLiteral("de"), {CourseRepository::shippedRoot()});
        QVERIFY2(german.problems().isEmpty(), qPrintable(german.problems().join(u'\n')));
        QCOMPARE(german.wordLists().language, std::string("de"));
        QCOMPARE(german.task(QStringLiteral("triage"))->title, std::string("Dringende Support-Tickets einordnen"));
        QVERIFY(german.analyser().analyse("Du bist eine Support-Leiterin.").has(engine::prompts::Criterion::Role));

        // Arabic: its own tasks, patterns and word lists; the demonstration corpus is English's.
        const PromptContent arabic = PromptContent::load(QStringLiteral("ar"), {CourseRepository::shippedRoot()});
        QVERIFY2(arabic.problems().isEmpty(), qPrintable(arabic.problems().join(u'\n')));
        QCOMPARE(arabic.wordLists().language, std::string("ar"));
        QCOMPARE(QString::fromStdString(arabic.task(QStringLiteral("triage"))->title),
                 QStringLiteral("فرز تذاكر الدعم العاجلة"));
        QCOMPARE(arabic.task(QStringLiteral("triage"))->cases.size(), std::size_t(24));
        QCOMPARE(QString::fromStdString(arabic.phrases().inputKey), QStringLiteral("المُدخَل"));
        QVERIFY(arabic.analyser().analyse("أنت قائدة فريق الدعم.").has(engine::prompts::Criterion::Role));
    }

    void missingLanguageFallsBackToEnglish()
    {
        // Swahili: a language the shipped packs do not have.
        const PromptContent swahili = PromptContent::load(QStringLiteral("sw"), {CourseRepository::shippedRoot()});
        QVERIFY(swahili.problems().isEmpty());
        QCOMPARE(swahili.locale(), QStringLiteral("sw"));
        QCOMPARE(swahili.wordLists().language, std::string("en"));
        QCOMPARE(swahili.task(QStringLiteral("triage"))->title, std::string("Triage urgent support tickets"));
    }

    void laterPackReplacesAFile()
    {
        QTemporaryDir pack;
        QFile shipped(QStringLiteral(":/content/en/prompts/patterns.json"));
        QVERIFY(shipped.open(QIODevice::ReadOnly));
        QByteArray text = shipped.readAll();
        text.replace("\"Input\"", "\"Eingang\"");
        write(pack.path(), QStringLiteral("fr/prompts/patterns.json"), text);

        const PromptContent french
            = PromptContent::load(QStringLiteral("fr"), {CourseRepository::shippedRoot(), pack.path()});
        QVERIFY(french.problems().isEmpty());
        QCOMPARE(french.phrases().inputKey, std::string("Eingang")); // the pack's own file
        QCOMPARE(french.tasks().size(), std::size_t(4)); // the rest from English
    }

    void brokenFileIsNamedAndReplaced()
    {
        QTemporaryDir pack;
        write(pack.path(), QStringLiteral("de/prompts/tasks.json"), "{\"schema\": 1,\n \"tasks\": [}");
        write(pack.path(), QStringLiteral("de/prompts/analyser.json"), "{\"schema\": 1}");

        const PromptContent german
            = PromptContent::load(QStringLiteral("de"), {CourseRepository::shippedRoot(), pack.path()});
        QCOMPARE(german.problems().size(), 2);
        const QString tasksPath = pack.path() + QStringLiteral("/de/prompts/tasks.json");
        QCOMPARE(
            german.problems().at(0),
            tasksPath
                + QStringLiteral(
                    " is not valid JSON at line 2, column 12; the prompts lab uses the file it replaces instead."));
        QVERIFY(german.problems().at(1).startsWith(pack.path()
                                                   + QStringLiteral("/de/prompts/analyser.json cannot be used (")));
        // The shipped German files stand in.
        QCOMPARE(german.task(QStringLiteral("triage"))->title, std::string("Dringende Support-Tickets einordnen"));
        QCOMPARE(german.wordLists().language, std::string("de"));
    }
};

QTEST_GUILESS_MAIN(TestPromptContent)
#include "tst_promptcontent.moc"
