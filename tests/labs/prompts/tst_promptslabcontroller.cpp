// The prompts lab's controller: its shared settings, the link both ways and bad values named,
// switching tasks, the editors' marks on a known prompt, the comparison table (under
// QAbstractItemModelTester), the clarity signals with where they are, the summary's
// sentences, the pattern helpers with their diff and an undo that restores the exact text,
// a saved pair reopened, and the comparison as evidence.

#include "../common/TestStore.h"
#include "CourseRepository.h"
#include "Labs.h"
#include "PromptHighlighter.h"
#include "PromptsLab.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickTextDocument>
#include <QSignalSpy>
#include <QTest>
#include <QTranslator>

#include <memory>

using namespace loopwise;
using Criterion = engine::prompts::Criterion;

namespace {

PromptContent english()
{
    static const PromptContent content = PromptContent::load(QStringLiteral("en"), {CourseRepository::shippedRoot()});
    return content;
}

// The structure comparisons the store keeps as the lab's progress.
int comparisonsKept(ProgressStore &store)
{
    int count = 0;
    for (const QVariant &run : store.labRuns(QStringLiteral("prompts")))
        count += QJsonDocument::fromJson(run.toMap().value(QStringLiteral("results")).toString().toUtf8())
                     .object()
                     .value(QStringLiteral("kind"))
                     .toString()
            == QStringLiteral("comparison");
    return count;
}

int rowOf(const PromptComparisonModel &model, const QString &name)
{
    for (int row = 0; row < model.rowCount(); ++row)
        if (model.data(model.index(row), PromptComparisonModel::NameRole).toString() == name)
            return row;
    return -1;
}

} // namespace

class TestPromptsLabController : public QObject
{
    Q_OBJECT

    QTranslator m_english;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_english.load(QStringLiteral(":/i18n/loopwise_en.qm")));
        QCoreApplication::installTranslator(&m_english);
    }

    void startsWithTheTriagePair()
    {
        PromptsLab lab(english(), nullptr);
        QCOMPARE(lab.taskId(), QStringLiteral("triage"));
        QCOMPARE(lab.promptA(), QString::fromStdString(english().task(QStringLiteral("triage"))->promptA));
        QCOMPARE(lab.promptB(), QString::fromStdString(english().task(QStringLiteral("triage"))->promptB));
        QCOMPARE(lab.seeds(), 5);
        QCOMPARE(lab.temperature(), 0.7);
        QCOMPARE(lab.calibrate(), false);
        QCOMPARE(lab.modelSource(), QStringLiteral("builtin"));
        QCOMPARE(lab.tasks().size(), 4);
        QCOMPARE(lab.tasks().at(1).toMap().value(QStringLiteral("title")).toString(),
                 QStringLiteral("Summarise an incident for a manager"));
        QVERIFY(!lab.busy());
        QCOMPARE(lab.link(), QStringLiteral("lab/prompts?task=triage"));
    }

    void settingsAreClamped()
    {
        PromptsLab lab(english(), nullptr);
        lab.setSeeds(40);
        QCOMPARE(lab.seeds(), 10);
        lab.setTemperature(-1);
        QCOMPARE(lab.temperature(), 0.0);
        lab.setModelSource(QStringLiteral("cloud"));
        QCOMPARE(lab.modelSource(), QStringLiteral("builtin"));
    }

    void linkRoundTrip()
    {
        PromptsLab lab(english(), nullptr);
        lab.setTaskId(QStringLiteral("feedback"));
        const QString prompt = QStringLiteral("Rate this: a & b = c + 100% #1?\nÄrger über \"it\" {{input}}");
        lab.setPromptA(prompt);
        lab.setSeeds(3);
        lab.setTemperature(1.2);
        lab.setCalibrate(true);
        lab.setModelSource(QStringLiteral("server"));
        lab.setTab(QStringLiteral("run"));
        const QString link = lab.link();
        QVERIFY2(link.endsWith(QStringLiteral("&model=server&tab=run")), qPrintable(link));
        QVERIFY(link.startsWith(QStringLiteral("lab/prompts?task=feedback&a=")));
        QVERIFY2(!link.contains(QStringLiteral("&b=")), qPrintable(link)); // B is the starter
        QVERIFY(labLinkProblems(QStringLiteral("prompts"), link.mid(link.indexOf(u'?') + 1)).isEmpty());

        PromptsLab other(english(), nullptr);
        QVERIFY(other.applyLink(link));
        QCOMPARE(other.taskId(), QStringLiteral("feedback"));
        QCOMPARE(other.promptA(), prompt);
        QCOMPARE(other.promptB(), lab.promptB());
        QCOMPARE(other.seeds(), 3);
        QCOMPARE(other.temperature(), 1.2);
        QCOMPARE(other.calibrate(), true);
        QCOMPARE(other.modelSource(), QStringLiteral("server"));
        QCOMPARE(other.tab(), QStringLiteral("run"));
        QCOMPARE(other.link(), link);
    }

    void badLinkValuesAreNamed()
    {
        const QString query
            = QStringLiteral("task=Not An Id&seeds=11&temperature=3&calibrate=yes&model=cloud&colour=red&tab=side");
        const QStringList problems = labLinkProblems(QStringLiteral("prompts"), query);
        QCOMPARE(problems.size(), 7);
        QVERIFY(std::any_of(problems.begin(), problems.end(), [](const QString &p) {
            return p.contains(QStringLiteral("structure, run")) && p.contains(QStringLiteral("\"side\""));
        }));
        QVERIFY(problems.contains(QStringLiteral("seeds must be a whole number from 1 to 10, not \"11\".")));
        QVERIFY(problems.contains(QStringLiteral("temperature must be a number from 0 to 2, not \"3\".")));
        QVERIFY(problems.contains(QStringLiteral("\"colour\" is not a setting of this lab.")));

        PromptsLab lab(english(), nullptr);
        const QString before = lab.link();
        QVERIFY(!lab.applyLink(query));
        QVERIFY(lab.message().startsWith(QStringLiteral("That link cannot be used: ")));
        QCOMPARE(lab.link(), before);
        // A well-formed id the content does not have.
        QVERIFY(!lab.applyLink(QStringLiteral("lab/prompts?task=poetry")));
        QCOMPARE(lab.message(), QStringLiteral("That link cannot be used: The prompts lab has no task \"poetry\"."));
        QCOMPARE(lab.taskId(), QStringLiteral("triage"));
    }

    void switchingTaskLoadsItsPair()
    {
        PromptsLab lab(english(), nullptr);
        QSignalSpy task(&lab, &PromptsLab::taskIdChanged);
        QSignalSpy a(&lab, &PromptsLab::promptAChanged);
        lab.setTaskId(QStringLiteral("extraction"));
        QCOMPARE(task.count(), 1);
        QCOMPARE(a.count(), 1);
        QCOMPARE(lab.promptA(), QString::fromStdString(english().task(QStringLiteral("extraction"))->promptA));
        QCOMPARE(lab.promptB(), QString::fromStdString(english().task(QStringLiteral("extraction"))->promptB));
        lab.setTaskId(QStringLiteral("nothing"));
        QCOMPARE(lab.taskId(), QStringLiteral("extraction"));
        QCOMPARE(lab.message(), QStringLiteral("The prompts lab has no task \"nothing\"."));
        lab.setPromptA(QStringLiteral("Edited."));
        lab.reset();
        QCOMPARE(lab.promptA(), QString::fromStdString(english().task(QStringLiteral("extraction"))->promptA));
    }

    void highlighterMarksCriteriaAndSignals()
    {
        PromptsLab lab(english(), nullptr);
        QQmlEngine engine;
        QQmlComponent component(&engine);
        component.setData("import QtQuick\nTextEdit {}", QUrl());
        std::unique_ptr<QObject> editor(component.create());
        QVERIFY2(editor, qPrintable(component.errorString()));
        auto *document = editor->property("textDocument").value<QQuickTextDocument *>();
        QVERIFY(document);

        const QString prompt = QStringLiteral("Classify the ticket.\nYou are a support lead. Mention the things etc.");
        PromptHighlighter highlighter;
        highlighter.setDocument(document);
        highlighter.setLab(&lab);
        highlighter.setPrompt(PromptsLab::B);
        editor->setProperty("text", prompt);
        lab.setPromptB(prompt);

        const int role = int(prompt.indexOf(QStringLiteral("You are")));
        QCOMPARE(highlighter.formatAt(role).underlineStyle(), QTextCharFormat::SingleUnderline);
        QCOMPARE(highlighter.formatAt(role).underlineColor(), PromptHighlighter::criterionColour(Criterion::Role));
        QCOMPARE(highlighter.formatAt(0).underlineStyle(),
                 PromptHighlighter::criterionFormat(Criterion::Task).underlineStyle());
        const int vague = int(prompt.indexOf(QStringLiteral("etc")));
        QCOMPARE(highlighter.formatAt(vague).underlineStyle(), QTextCharFormat::WaveUnderline);
        // Between the marks, nothing.
        QCOMPARE(highlighter.formatAt(int(prompt.indexOf(QStringLiteral("Mention")))).underlineStyle(),
                 QTextCharFormat::NoUnderline);

        // Every criterion looks different from every other one, colour aside too.
        QSet<QString> looks;
        for (int i = 0; i < engine::prompts::kCriterionCount; ++i) {
            const QTextCharFormat format = PromptHighlighter::criterionFormat(Criterion(i));
            looks.insert(QString::number(format.underlineStyle()) + format.underlineColor().name());
        }
        QCOMPARE(looks.size(), engine::prompts::kCriterionCount);
    }

    void comparisonTable()
    {
        PromptsLab lab(english(), nullptr);
        PromptComparisonModel *model = lab.comparison();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model->rowCount(), engine::prompts::kCriterionCount);
        const int role = rowOf(*model, QStringLiteral("role"));
        QCOMPARE(model->data(model->index(role), PromptComparisonModel::CriterionRole).toString(),
                 QStringLiteral("Role or persona"));
        QCOMPARE(model->data(model->index(role), PromptComparisonModel::InARole).toBool(), false);
        QCOMPARE(model->data(model->index(role), PromptComparisonModel::InBRole).toBool(), true);
        const QString guides = model->data(model->index(role), PromptComparisonModel::GuidesRole).toString();
        QVERIFY(guides.startsWith(QStringLiteral("OpenAI, Anthropic")) && guides.endsWith(QStringLiteral("Google")));
        QVERIFY(!model->data(model->index(role), PromptComparisonModel::ReasonRole).toString().isEmpty());
        QVERIFY(model->countB() > model->countA());

        QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
        lab.setPromptA(QStringLiteral("You are a support lead. ") + lab.promptA());
        QCOMPARE(model->data(model->index(role), PromptComparisonModel::InARole).toBool(), true);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), role);
    }

    void summarySentences()
    {
        PromptsLab lab(english(), nullptr);
        QVERIFY2(lab.summary().contains(QStringLiteral("B gives the model a role; A does not.")),
                 qPrintable(lab.summary().join(u'|')));
        QVERIFY(lab.summary().contains(QStringLiteral("B asks for an output format; A does not.")));
        lab.setPromptB(lab.promptA());
        QCOMPARE(lab.summary(),
                 QStringList{QStringLiteral("A and B have the same parts and the same clarity signals.")});
        lab.setPromptA(QStringLiteral("You are an editor. Explain the things etc."));
        lab.setPromptB(QStringLiteral("Explain the report."));
        QVERIFY(lab.summary().contains(QStringLiteral("A gives the model a role; B does not.")));
        QVERIFY(lab.summary().contains(QStringLiteral("B has fewer vague words than A.")));
    }

    void signalsSayWhere()
    {
        PromptsLab lab(english(), nullptr);
        lab.setPromptA(QStringLiteral("Summarise the incident.\nList the things in the report."));
        const QVariantList signalList = lab.signalsA();
        QCOMPARE(signalList.size(), 1);
        const QVariantMap signal = signalList.at(0).toMap();
        QCOMPARE(signal.value(QStringLiteral("title")).toString(), QStringLiteral("Vague word"));
        QCOMPARE(signal.value(QStringLiteral("line")).toInt(), 2);
        QCOMPARE(signal.value(QStringLiteral("excerpt")).toString(), QStringLiteral("things"));
    }

    void patternsShowTheirChangeAndUndo()
    {
        PromptsLab lab(english(), nullptr);
        const QString original = lab.promptA();
        QVERIFY(lab.addRole(PromptsLab::A, QStringLiteral("a support lead")));
        QVERIFY(lab.promptA().startsWith(QStringLiteral("You are a support lead.")));
        QVERIFY2(lab.diffA().startsWith(QStringLiteral("<b><u>You are a support lead.")), qPrintable(lab.diffA()));
        QVERIFY(lab.canUndoA());
        QVERIFY(!lab.canUndoB());
        const QString withRole = lab.promptA();
        QVERIFY(lab.addStepByStep(PromptsLab::A));
        QVERIFY(lab.promptA().contains(QStringLiteral("Think step by step")));
        QVERIFY(lab.addDelimiters(PromptsLab::A));
        QVERIFY(lab.promptA().contains(QStringLiteral("<input>")));
        QVERIFY(lab.addOutputFormat(PromptsLab::A, lab.suggestedFormat()));
        QVERIFY(lab.promptA().contains(QStringLiteral("Answer in this format: urgent / normal")));
        QVERIFY(lab.undoPattern(PromptsLab::A));
        QVERIFY(lab.undoPattern(PromptsLab::A));
        QVERIFY(lab.undoPattern(PromptsLab::A));
        QCOMPARE(lab.promptA(), withRole);
        QVERIFY(lab.undoPattern(PromptsLab::A));
        QCOMPARE(lab.promptA(), original); // exactly as before
        QVERIFY(!lab.canUndoA());
        QVERIFY(!lab.undoPattern(PromptsLab::A));
        QVERIFY(lab.diffA().isEmpty());

        // Typing after a pattern hands undo to the editor.
        QVERIFY(lab.addStepByStep(PromptsLab::B));
        lab.setPromptB(lab.promptB() + QStringLiteral(" More."));
        QVERIFY(!lab.canUndoB());

        // Nothing to do says so and changes nothing.
        QVERIFY(!lab.addRole(PromptsLab::A, QStringLiteral("  ")));
        QCOMPARE(lab.promptA(), original);
    }

    void examplesFromCasesAndOwn()
    {
        PromptsLab lab(english(), nullptr);
        const QString original = lab.promptA();
        QVERIFY(lab.addCaseExamples(PromptsLab::A, 4));
        const engine::prompts::ExampleFacts &facts = lab.analysis(PromptsLab::A).examples;
        QCOMPARE(facts.count, 4);
        QVERIFY(facts.balanced);
        QVERIFY(lab.undoPattern(PromptsLab::A));
        QCOMPARE(lab.promptA(), original);

        QVERIFY(!lab.addOwnExamples(PromptsLab::A, QStringLiteral("no bar here")));
        QVERIFY(lab.addOwnExamples(PromptsLab::A,
                                   QStringLiteral("The site is down | urgent\nA question about invoices | normal\n")));
        QCOMPARE(lab.analysis(PromptsLab::A).examples.count, 2);
        QCOMPARE(lab.analysis(PromptsLab::A).examples.lastLabel, std::string("normal"));
    }

    void savedPairReopens()
    {
        TestStore store;
        QVERIFY(store.isOpen());
        PromptsLab lab(english(), nullptr);
        lab.setStore(store.store());
        lab.setPromptA(QStringLiteral("My own prompt: {{input}}"));
        QSignalSpy saved(&lab, &PromptsLab::savedPairsChanged);
        const QString id = lab.savePair(QStringLiteral("B names the labels."));
        QVERIFY(!id.isEmpty());
        QVERIFY(saved.count() >= 1);
        QCOMPARE(lab.savedPairs().size(), 1);
        QCOMPARE(lab.savedPairs().at(0).toMap().value(QStringLiteral("note")).toString(),
                 QStringLiteral("B names the labels."));
        QCOMPARE(store.store()->labRuns(QStringLiteral("prompts")).size(), 1); // the lab's progress

        lab.setTaskId(QStringLiteral("feedback"));
        QVERIFY(lab.openPair(id));
        QCOMPARE(lab.taskId(), QStringLiteral("triage"));
        QCOMPARE(lab.promptA(), QStringLiteral("My own prompt: {{input}}"));
    }

    // A comparison the learner made counts as progress without saving: once the table has
    // stayed the same for a moment, once per table (typing that does not change the table
    // adds nothing; the starter pair is no comparison of the learner's).
    void comparingCountsAsProgress()
    {
        TestStore store;
        QVERIFY(store.isOpen());
        PromptsLab lab(english(), nullptr);
        lab.setStore(store.store());
        QTest::qWait(PromptsLab::kRecordComparisonAfterMs + 300);
        QCOMPARE(comparisonsKept(*store.store()), 0); // the starters, untouched

        // Keystrokes: each one restarts the wait, so only the settled table is kept.
        const QString starterB = lab.promptB();
        for (const QString &typed : {QStringLiteral("You"), QStringLiteral("You are"), QStringLiteral("You are a")})
            lab.setPromptB(typed + QLatin1Char(' ') + starterB);
        lab.setPromptA(QStringLiteral("You are a support lead. Is this ticket urgent? {{input}}"));
        QCOMPARE(comparisonsKept(*store.store()), 0);
        QVERIFY(QTest::qWaitFor([&] { return comparisonsKept(*store.store()) == 1; }, 5000));
        const QVariantMap kept = store.store()->labRuns(QStringLiteral("prompts")).first().toMap();
        QCOMPARE(kept.value(QStringLiteral("label")).toString(),
                 QStringLiteral("Comparison: Triage urgent support tickets"));
        QVERIFY(kept.value(QStringLiteral("config")).toString().contains(QStringLiteral("support%20lead")));

        // The same table again: nothing new.
        lab.setPromptA(QStringLiteral("You are a support lead. Is this ticket urgent? Tell me. {{input}}"));
        QTest::qWait(PromptsLab::kRecordComparisonAfterMs + 300);
        QCOMPARE(comparisonsKept(*store.store()), 1);

        // Another table (A loses its role): a second comparison.
        lab.setPromptA(QStringLiteral("Is this ticket urgent? Tell me. {{input}}"));
        QVERIFY(QTest::qWaitFor([&] { return comparisonsKept(*store.store()) == 2; }, 5000));

        // A saved pair is that comparison's progress already.
        lab.setPromptA(QStringLiteral("Decide whether this ticket is urgent: {{input}}"));
        QVERIFY(!lab.savePair(QStringLiteral("A without a role")).isEmpty());
        QTest::qWait(PromptsLab::kRecordComparisonAfterMs + 300);
        QCOMPARE(comparisonsKept(*store.store()), 2);
        QCOMPARE(lab.savedPairs().size(), 1);
    }

    // The structure comparison exports to Markdown (task, both prompts, summary, the table
    // criterion by criterion with yes/no, the reason and the guides) and to CSV.
    void structureComparisonExports()
    {
        TestStore store;
        QVERIFY(store.isOpen());
        PromptsLab lab(english(), nullptr);
        lab.setPromptA(QStringLiteral("Is this ticket | urgent? {{input}}"));
        const PromptComparisonModel &table = *lab.comparison();
        const int role = rowOf(table, QStringLiteral("role"));
        QVERIFY(!table.data(table.index(role), PromptComparisonModel::InARole).toBool());
        QVERIFY(table.data(table.index(role), PromptComparisonModel::InBRole).toBool());

        const QString markdownPath = store.filePath(QStringLiteral("structure.md"));
        QVERIFY(lab.exportMarkdown(markdownPath));
        QVERIFY(lab.exporting());
        QVERIFY(!lab.exportCsv(store.filePath(QStringLiteral("refused.csv")))); // one at a time
        QVERIFY(QTest::qWaitFor([&] { return !lab.exporting(); }, 5000));
        QCOMPARE(lab.message(), QStringLiteral("Saved the structure comparison as %1.").arg(markdownPath));
        QFile markdown(markdownPath);
        QVERIFY(markdown.open(QIODevice::ReadOnly));
        const QString md = QString::fromUtf8(markdown.readAll());
        QVERIFY(
            md.startsWith(QStringLiteral("# The structure of prompt A and prompt B: Triage urgent support tickets\n")));
        QVERIFY(md.contains(QStringLiteral("## Prompt A\n\n```\nIs this ticket | urgent? {{input}}\n```\n")));
        QVERIFY(md.contains(QStringLiteral("```\n") + lab.promptB() + QStringLiteral("\n```")));
        QVERIFY(
            md.contains(QStringLiteral("## What B does that A does not\n\n- B gives the model a role; A does not.\n")));
        QVERIFY(md.contains(QStringLiteral("| Criterion | A | B | Why the guides recommend it | Guides |\n")));
        const QString roleRow = QStringLiteral("| %1 | no | yes | %2 | %3 |")
                                    .arg(table.data(table.index(role), PromptComparisonModel::CriterionRole).toString(),
                                         table.data(table.index(role), PromptComparisonModel::ReasonRole).toString(),
                                         table.data(table.index(role), PromptComparisonModel::GuidesRole).toString());
        QVERIFY2(md.contains(roleRow), qPrintable(md));
        QCOMPARE(md.count(QStringLiteral("\n| ")), 2 + table.rowCount()); // header, rule, a row per criterion
        QVERIFY(md.contains(QStringLiteral("Structure cannot tell whether a prompt works")));

        const QString csvPath = store.filePath(QStringLiteral("structure.csv"));
        QVERIFY(lab.exportCsv(QUrl::fromLocalFile(csvPath).toString()));
        QVERIFY(QTest::qWaitFor([&] { return !lab.exporting(); }, 5000));
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(csv.readAll());
        const QStringList lines = text.split(QLatin1Char('\n'));
        QCOMPARE(lines.first(), QStringLiteral("kind,criterion,a,b,reason,guides"));
        QCOMPARE(lines.at(1 + role),
                 QStringLiteral("criterion,\"%1\",0,1,\"%2\",\"%3\"")
                     .arg(table.data(table.index(role), PromptComparisonModel::CriterionRole).toString(),
                          table.data(table.index(role), PromptComparisonModel::ReasonRole).toString(),
                          table.data(table.index(role), PromptComparisonModel::GuidesRole).toString()));
        QCOMPARE(lines.at(1 + table.rowCount()),
                 QStringLiteral("prompt,,\"Is this ticket | urgent? {{input}}\",\"")
                     + lab.promptB().split(QLatin1Char('\n')).first());
        QVERIFY(text.contains(QStringLiteral("\nsummary,,,,\"B gives the model a role; A does not.\",\n")));
    }

    void evidenceIsTheComparison()
    {
        PromptsLab lab(english(), nullptr);
        const QVariantMap evidence = lab.evidence();
        QCOMPARE(evidence.value(QStringLiteral("title")).toString(), QStringLiteral("Compare prompt strategies"));
        const QStringList settings = evidence.value(QStringLiteral("settings")).toStringList();
        QCOMPARE(settings.at(0), QStringLiteral("Task: Triage urgent support tickets"));
        QCOMPARE(settings.at(1), QStringLiteral("Prompt A: ") + lab.promptA());
        const QStringList figures = evidence.value(QStringLiteral("figures")).toStringList();
        QCOMPARE(figures.at(0),
                 QStringLiteral("Parts the guides recommend: A has %1 of 13, B has %2 of 13.")
                     .arg(lab.comparison()->countA())
                     .arg(lab.comparison()->countB()));
        QVERIFY(figures.contains(QStringLiteral("B gives the model a role; A does not.")));
    }
};

QTEST_MAIN(TestPromptsLabController)
#include "tst_promptslabcontroller.moc"
