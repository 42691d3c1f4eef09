// "Measure on test cases": the cases model (under QAbstractItemModelTester, CSV import good
// and bad), a full run of the triage task on the built-in model whose pass rates, answer
// groups and noise verdict are checked against hand computations from the same answers, a
// run on a fake Ollama server and a server failure falling back to the built-in model, the
// exported files, evidence() and the run kept in the learner's progress.
#include "../common/TestStore.h"
#include "FakeModelServer.h"
#include "PromptRunLab.h"
#include "PromptRunWords.h"

#include "loopwise/engine/prompt_tasks.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <map>

using namespace loopwise;
namespace prompts = loopwise::engine::prompts;

namespace {

bool waitForRun(PromptRunLab &lab, int ms = 60000)
{
    return QTest::qWaitFor([&] { return lab.finished() && !lab.running(); }, ms);
}

// Keeps the first `count` cases of the lab's task.
void keepCases(PromptRunLab &lab, int count)
{
    while (lab.cases()->rowCount() > count)
        lab.cases()->remove(lab.cases()->rowCount() - 1);
}

double binomialTwoSided(int low, int n)
{
    double tail = 0.0;
    double choose = 1.0;
    for (int k = 0; k <= low; ++k) {
        tail += choose;
        choose = choose * (n - k) / (k + 1);
    }
    return std::min(1.0, 2.0 * tail / std::pow(2.0, n));
}

} // namespace

class PromptRunTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void casesModelEdits()
    {
        PromptRunLab lab;
        PromptCasesModel *cases = lab.cases();
        QAbstractItemModelTester tester(cases, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(cases->rowCount(), 24); // the triage task's own
        QVERIFY(!cases->edited());
        QSignalSpy inserted(cases, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(cases, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(cases, &QAbstractItemModel::dataChanged);
        QVERIFY(cases->add(QStringLiteral("The server room is on fire"), QStringLiteral("urgent")));
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(cases->rowCount(), 25);
        QVERIFY(cases->edited());
        QVERIFY(!cases->add(QStringLiteral("  "), QStringLiteral("urgent")));
        QVERIFY(cases->message().contains(QStringLiteral("input")));
        QVERIFY(!cases->add(QStringLiteral("Printer jam"), QString()));
        QVERIFY(cases->edit(24, QStringLiteral("Printer jam"), QString(), QStringLiteral("printer; jam")));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(cases->data(cases->index(24), PromptCasesModel::ContainsRole).toString(),
                 QStringLiteral("printer; jam"));
        cases->remove(0);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(cases->rowCount(), 24);
        cases->resetToTask();
        QVERIFY(!cases->edited());
        QCOMPARE(cases->rowCount(), 24);
    }

    void csvParsing()
    {
        const PromptCasesFile::Outcome good = PromptCasesFile::parse("input,expected,contains\n"
                                                                     "\"Login fails, \"\"all\"\" users\",urgent,\n"
                                                                     "\"Two\nlines\",normal,a;b\n");
        QVERIFY(good.problem.isEmpty());
        QVERIFY(good.badRows.isEmpty());
        QCOMPARE(good.cases.size(), size_t(2));
        QCOMPARE(good.cases[0].input, std::string("Login fails, \"all\" users"));
        QCOMPARE(good.cases[1].input, std::string("Two\nlines"));
        QCOMPARE(good.cases[1].mustContain, (std::vector<std::string>{"a", "b"}));

        const PromptCasesFile::Outcome bad
            = PromptCasesFile::parse("input,expected\nok,urgent\n,normal\nx\n\"a\nb\",normal\nfine,\n");
        QCOMPARE(bad.cases.size(), size_t(2)); // ok and the two-line one
        QCOMPARE(bad.badRows.size(), 3);
        QVERIFY2(bad.badRows[0].startsWith(QStringLiteral("Line 3 ")), qPrintable(bad.badRows[0]));
        QVERIFY2(bad.badRows[1].startsWith(QStringLiteral("Line 4 ")), qPrintable(bad.badRows[1]));
        QVERIFY2(bad.badRows[2].startsWith(QStringLiteral("Line 7 ")), qPrintable(bad.badRows[2]));

        QVERIFY(!PromptCasesFile::parse("question,answer\nx,y\n").problem.isEmpty());
    }

    void csvImportKeepsCasesAndNamesBadRows()
    {
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("cases.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("input,expected\nDatabase down for everyone,urgent\n,normal\n");
        file.close();
        PromptRunLab lab;
        QSignalSpy imported(lab.cases(), &PromptCasesModel::imported);
        QVERIFY(lab.cases()->importCsv(QUrl::fromLocalFile(path).toString()));
        QVERIFY(imported.wait(5000));
        QCOMPARE(lab.cases()->rowCount(), 25); // the 24 kept, one added
        QVERIFY2(lab.cases()->message().contains(QStringLiteral("Line 3")), qPrintable(lab.cases()->message()));

        QVERIFY(lab.cases()->importCsv(folder.filePath(QStringLiteral("missing.csv"))));
        QVERIFY(imported.wait(5000));
        QCOMPARE(lab.cases()->rowCount(), 25);
        QVERIFY(lab.cases()->message().contains(QStringLiteral("missing.csv")));
    }

    // The figures against hand computations from the run's own answers.
    void builtinRunOnTriage()
    {
        PromptRunLab lab;
        QCOMPARE(lab.taskId(), QStringLiteral("triage"));
        QVERIFY(lab.evidence().isEmpty());
        lab.setSeeds(5);
        // B with examples, so that the model answers with labels and the figures are not all zero.
        lab.setPromptB(QStringLiteral("Classify each support ticket as urgent or normal.\n\n"
                                      "Ticket: The whole site is down for every customer\nLabel: urgent\n\n"
                                      "Ticket: Please change the colour of my invoice\nLabel: normal\n\n"
                                      "Ticket: Payments fail for all our shops\nLabel: urgent\n\n"
                                      "Ticket: How do I export a report to PDF?\nLabel: normal\n\n"
                                      "Ticket: {{input}}\nLabel:"));
        QSignalSpy snapshots(&lab, &LabController::snapshotChanged);
        lab.run();
        QVERIFY(waitForRun(lab));
        QVERIFY(snapshots.size() >= 2);
        const PromptRunResults &results = *lab.results();
        QCOMPARE(results.caseCount(), 24);
        QCOMPARE(results.seedCount(), 5);
        const PromptRunOutcome &run = results.outcome();
        QCOMPARE(QString::fromStdString(run.prompts[0]), lab.promptA());
        QCOMPARE(QString::fromStdString(run.prompts[1]), lab.promptB());

        const QVariantList rates = lab.passRates();
        for (int prompt = 0; prompt < 2; ++prompt) {
            std::vector<double> shares;
            for (int seed = 0; seed < 5; ++seed) {
                int passed = 0;
                for (int c = 0; c < 24; ++c) {
                    const PromptAnswer &answer = run.answers[prompt][seed][c];
                    QCOMPARE(answer.passed, prompts::passesTask(run.task, run.task.cases[c], answer.text));
                    passed += answer.passed;
                }
                shares.push_back(passed / 24.0);
            }
            double mean = 0.0;
            for (double s : shares)
                mean += s / 5.0;
            double variance = 0.0;
            for (double s : shares)
                variance += (s - mean) * (s - mean) / 4.0;
            const QVariantMap rate = rates.at(prompt).toMap();
            QVERIFY(std::abs(rate.value(QStringLiteral("mean")).toDouble() - mean) < 1e-12);
            QVERIFY(std::abs(rate.value(QStringLiteral("sd")).toDouble() - std::sqrt(variance)) < 1e-12);
            QCOMPARE(rate.value(QStringLiteral("min")).toDouble(), *std::min_element(shares.begin(), shares.end()));
            qInfo("prompt %c: pass rate %.3f, sd %.3f", 'A' + prompt, mean, std::sqrt(variance));
        }

        // Groups of case 1, prompt B, counted by hand.
        std::map<std::string, int> counts;
        for (int seed = 0; seed < 5; ++seed)
            ++counts[QString::fromStdString(run.answers[1][seed][0].text).trimmed().toStdString()];
        const auto top
            = std::max_element(counts.begin(), counts.end(), [](auto &a, auto &b) { return a.second < b.second; });
        QCOMPARE(results.groups(1, 0).front().count, top->second);
        const QString grouped = lab.rows()->data(lab.rows()->index(0), PromptCaseRowsModel::AnswersBRole).toString();
        QVERIFY2(grouped.startsWith(QStringLiteral("%1 of 5 answered \"").arg(top->second)), qPrintable(grouped));

        // The sign test by hand.
        int aBetter = 0;
        int bBetter = 0;
        for (int c = 0; c < 24; ++c) {
            int a = 0;
            int b = 0;
            for (int seed = 0; seed < 5; ++seed) {
                a += run.answers[0][seed][c].passed;
                b += run.answers[1][seed][c].passed;
            }
            aBetter += a > b;
            bBetter += b > a;
        }
        QCOMPARE(results.signTest().aBetter, aBetter);
        QCOMPARE(results.signTest().bBetter, bBetter);
        const double p = binomialTwoSided(std::min(aBetter, bBetter), aBetter + bBetter);
        QVERIFY(std::abs(results.signTest().pValue - p) < 1e-9);
        QCOMPARE(lab.largerThanNoise(), p < 0.05);
        QVERIFY2(lab.verdict().startsWith(p < 0.05 ? QStringLiteral("B did better than A")
                                                   : QStringLiteral("The difference")),
                 qPrintable(lab.verdict()));
        qInfo("sign test: B better in %d cases, A in %d, p = %.3g; %s", bBetter, aBetter, p, qPrintable(lab.verdict()));

        // The table and its filter.
        QAbstractItemModelTester tester(lab.rows(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(lab.rows()->rowCount(), 24);
        lab.rows()->setOnlyDifferences(true);
        int differing = 0;
        for (const prompts::CaseRow &row : results.rows())
            differing += row.differs();
        QCOMPARE(lab.rows()->rowCount(), differing);
        for (int r = 0; r < lab.rows()->rowCount(); ++r)
            QVERIFY(lab.rows()->data(lab.rows()->index(r), PromptCaseRowsModel::DiffersRole).toBool());
        lab.rows()->setOnlyDifferences(false);
        QCOMPARE(lab.rows()->rowCount(), 24);
        const QString provenance
            = lab.rows()->data(lab.rows()->index(0), PromptCaseRowsModel::ProvenanceRole).toString();
        QVERIFY(provenance.contains(PromptRunWords::builtinModelName()));
        QVERIFY(provenance.contains(QStringLiteral("temperature 0.7")));
        QVERIFY(lab.rows()
                    ->data(lab.rows()->index(0), PromptCaseRowsModel::PromptBRole)
                    .toString()
                    .contains(lab.rows()->data(lab.rows()->index(0), PromptCaseRowsModel::InputRole).toString()));
        QVERIFY(!lab.honestNotes().isEmpty());
        QCOMPARE(lab.costs().size(), 2);

        // evidence()
        const QVariantMap evidence = lab.evidence();
        QVERIFY(evidence.value(QStringLiteral("title")).toString().contains(lab.taskTitle()));
        QVERIFY(evidence.value(QStringLiteral("settings")).toStringList().contains(QStringLiteral("Seeds: 5")));
        const QStringList figures = evidence.value(QStringLiteral("figures")).toStringList();
        QCOMPARE(figures.size(), 3);
        QVERIFY(figures.at(0).startsWith(QStringLiteral("Pass rate of A: ")));
        QCOMPARE(figures.at(2), lab.verdict());

        // A change of settings drops the results.
        lab.setSeeds(3);
        QVERIFY(!lab.finished());
        QVERIFY(lab.evidence().isEmpty());
    }

    void sameSeedsSameAnswers()
    {
        PromptRunLab lab;
        keepCases(lab, 4);
        lab.setSeeds(2);
        lab.run();
        QVERIFY(waitForRun(lab));
        const auto first = lab.results()->outcome().answers;
        lab.reset();
        lab.run();
        QVERIFY(waitForRun(lab));
        for (int prompt = 0; prompt < 2; ++prompt)
            for (int seed = 0; seed < 2; ++seed)
                for (int c = 0; c < 4; ++c)
                    QCOMPARE(lab.results()->outcome().answers[prompt][seed][c].text, first[prompt][seed][c].text);
    }

    void cancelStopsTheRun()
    {
        PromptRunLab lab;
        lab.setSeeds(10);
        lab.run();
        QVERIFY(QTest::qWaitFor([&] { return lab.running() && lab.epoch() > 0; }, 30000));
        lab.cancel();
        QVERIFY(QTest::qWaitFor([&] { return !lab.running(); }, 5000));
        QVERIFY(!lab.finished());
        QVERIFY(lab.epoch() < 2 * 24 * 10);
    }

    void exportsAndSavedRun()
    {
        TestStore store;
        QVERIFY(store.isOpen());
        PromptRunLab lab;
        lab.setStore(store.store());
        keepCases(lab, 5);
        lab.setSeeds(2);
        QSignalSpy runs(lab.savedRuns(), &SavedRunsModel::runsChanged);
        lab.run();
        QVERIFY(waitForRun(lab));
        QVERIFY(QTest::qWaitFor([&] { return lab.savedRuns()->rowCount() == 1; }, 5000));
        const QVariantMap saved = lab.savedRuns()->runs().first().toMap();
        QCOMPARE(saved.value(QStringLiteral("passRateA")).toDouble(),
                 lab.passRates().at(0).toMap().value(QStringLiteral("mean")).toDouble());
        QCOMPARE(saved.value(QStringLiteral("figures")).toStringList(),
                 PromptRunWords::evidenceFigures(*lab.results()));
        QVERIFY(saved.value(QStringLiteral("link")).toString().contains(QStringLiteral("seeds=2")));

        const QString markdownPath = store.filePath(QStringLiteral("run.md"));
        const QString csvPath = store.filePath(QStringLiteral("run.csv"));
        QSignalSpy messages(&lab, &LabController::messageChanged);
        QVERIFY(lab.exportMarkdown(markdownPath));
        QVERIFY(QTest::qWaitFor([&] { return !lab.exporting(); }, 5000));
        QVERIFY(lab.exportCsv(csvPath));
        QVERIFY(QTest::qWaitFor([&] { return !lab.exporting(); }, 5000));
        QVERIFY(lab.message().contains(csvPath));

        QFile markdown(markdownPath);
        QVERIFY(markdown.open(QIODevice::ReadOnly));
        const QString md = QString::fromUtf8(markdown.readAll());
        QVERIFY(md.startsWith(QStringLiteral("# Prompt A against prompt B: ") + lab.taskTitle()));
        QVERIFY(md.contains(lab.verdict()));
        QVERIFY(md.contains(QStringLiteral("| 5 | "))); // the fifth case's row
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        // Answers may span lines inside their quotes: records are counted by how they begin.
        const QList<QByteArray> lines = csv.readAll().trimmed().split('\n');
        const QRegularExpression recordStart(QStringLiteral("^[AB],[1-5],[12],"));
        QCOMPARE(std::count_if(
                     lines.begin(), lines.end(),
                     [&](const QByteArray &line) { return recordStart.match(QString::fromUtf8(line)).hasMatch(); }),
                 qsizetype(2 * 2 * 5));
        QVERIFY(lines.first().startsWith("prompt,case,seed,input,expected,answer,passed"));
        QVERIFY(lines.at(1).startsWith("A,1,1,"));

        // The edited cases stay with the task in the learner's progress.
        lab.cases()->add(QStringLiteral("Everything is down"), QStringLiteral("urgent"));
        PromptRunLab again;
        again.setStore(store.store());
        QCOMPARE(again.cases()->rowCount(), 6);
    }

    // A saved run keeps every answer with what it needs to be read again: after the store is
    // closed and opened again (the app's next start), the run brings back each case, each
    // answer (prompt, case, seed, output, passed, tokens, time) and the provenance they share.
    void savedRunKeepsEveryAnswer()
    {
        TestStore store;
        QVERIFY(store.isOpen());
        PromptRunLab lab;
        lab.setStore(store.store());
        keepCases(lab, 3);
        lab.setSeeds(2);
        lab.run();
        QVERIFY(waitForRun(lab));
        QVERIFY(QTest::qWaitFor([&] { return lab.savedRuns()->rowCount() == 1; }, 5000));
        const QString id = lab.savedRuns()->runs().first().toMap().value(QStringLiteral("id")).toString();
        const PromptRunOutcome run = lab.results()->outcome();

        const QString folder = QFileInfo(store.filePath(QStringLiteral("progress"))).absolutePath();
        QVERIFY(storerequests::close(*store.store()));
        QVERIFY(storerequests::open(*store.store(), folder));
        SavedRunsModel reopened(QStringLiteral("prompts"));
        reopened.setStore(store.store());
        const QVariantMap kept = reopened.get(id);
        QVERIFY(!kept.isEmpty());

        const QVariantList cases = kept.value(QStringLiteral("cases")).toList();
        QCOMPARE(cases.size(), 3);
        for (int c = 0; c < 3; ++c) {
            QCOMPARE(cases.at(c).toMap().value(QStringLiteral("input")).toString(),
                     QString::fromStdString(run.task.cases[std::size_t(c)].input));
            QCOMPARE(cases.at(c).toMap().value(QStringLiteral("expected")).toString(),
                     QString::fromStdString(run.task.cases[std::size_t(c)].expected));
        }
        const QVariantList answers = kept.value(QStringLiteral("answers")).toList();
        QCOMPARE(answers.size(), 2 * 2 * 3);
        std::map<QString, int> perPrompt;
        for (const QVariant &item : answers) {
            const QVariantMap answer = item.toMap();
            const int prompt = answer.value(QStringLiteral("prompt")).toString() == QStringLiteral("B") ? 1 : 0;
            ++perPrompt[answer.value(QStringLiteral("prompt")).toString()];
            const int c = answer.value(QStringLiteral("case")).toInt() - 1;
            const auto seed = answer.value(QStringLiteral("seed")).toULongLong();
            const auto s = std::find(run.seeds.begin(), run.seeds.end(), seed) - run.seeds.begin();
            QVERIFY(c >= 0 && c < 3 && s < 2);
            const PromptAnswer &given = run.answers[std::size_t(prompt)][std::size_t(s)][std::size_t(c)];
            QCOMPARE(answer.value(QStringLiteral("output")).toString(), QString::fromStdString(given.text));
            QCOMPARE(answer.value(QStringLiteral("passed")).toBool(), given.passed);
            QCOMPARE(answer.value(QStringLiteral("promptTokens")).toInt(), given.promptTokens);
            QCOMPARE(answer.value(QStringLiteral("outputTokens")).toInt(), given.outputTokens);
        }
        QCOMPARE(perPrompt[QStringLiteral("A")], 6);
        QCOMPARE(perPrompt[QStringLiteral("B")], 6);

        const QVariantMap provenance = kept.value(QStringLiteral("provenance")).toMap();
        QCOMPARE(provenance.value(QStringLiteral("model")).toString(), run.provenance.model);
        QCOMPARE(provenance.value(QStringLiteral("version")).toString(), run.provenance.version);
        QCOMPARE(provenance.value(QStringLiteral("temperature")).toDouble(), run.provenance.temperature);
        QCOMPARE(provenance.value(QStringLiteral("promptA")).toString(), QString::fromStdString(run.prompts[0]));
        QCOMPARE(provenance.value(QStringLiteral("promptB")).toString(), QString::fromStdString(run.prompts[1]));
        QCOMPARE(QDateTime::fromString(provenance.value(QStringLiteral("startedUtc")).toString(), Qt::ISODateWithMs),
                 run.provenance.startedUtc);
    }

    void runOnFakeOllama()
    {
        test::FakeModelServer fake(ServerFlavour::Ollama);
        PromptRunLab lab;
        keepCases(lab, 2);
        lab.setSeeds(2);
        lab.server()->setEnabled(true);
        lab.server()->setFlavour(QStringLiteral("ollama"));
        lab.server()->setBaseUrl(fake.baseUrl());
        lab.server()->setModel(test::FakeModelServer::kModel);
        lab.server()->setTimeoutMs(3000);
        QSignalSpy listed(lab.server(), &ModelServer::modelsChanged);
        lab.server()->listModels(); // the digest comes from the model list
        QVERIFY(listed.wait(5000));
        const int before = static_cast<int>(fake.requests.size());
        lab.setModelSource(QStringLiteral("server"));
        lab.run();
        QVERIFY(waitForRun(lab, 30000));
        QCOMPARE(fake.requests.size() - before, 8);
        QCOMPARE(fake.requests.at(before).path, QByteArray("/api/generate"));
        QCOMPARE(fake.requests.at(before + 7)
                     .body.value(QStringLiteral("options"))
                     .toObject()
                     .value(QStringLiteral("seed"))
                     .toInt(),
                 2);
        const PromptRunOutcome &run = lab.results()->outcome();
        QVERIFY(run.provenance.model.contains(test::FakeModelServer::kModel));
        QCOMPARE(run.provenance.version, test::FakeModelServer::kDigest);
        QCOMPARE(QString::fromStdString(run.answers[0][0][0].text), fake.textFor(1, before).trimmed());
        QCOMPARE(run.answers[0][0][0].promptTokens, test::FakeModelServer::kPromptTokens);
        QVERIFY(lab.honestNotes().isEmpty());
        QVERIFY(lab.message().isEmpty());
    }

    void serverFailureFallsBackToBuiltin()
    {
        test::FakeModelServer fake(ServerFlavour::Ollama);
        fake.behaviour = test::FakeModelServer::Behaviour::ServerError;
        PromptRunLab lab;
        keepCases(lab, 2);
        lab.setSeeds(1);
        lab.server()->setEnabled(true);
        lab.server()->setBaseUrl(fake.baseUrl());
        lab.server()->setModel(test::FakeModelServer::kModel);
        lab.setModelSource(QStringLiteral("server"));
        lab.run();
        QVERIFY(waitForRun(lab, 30000));
        QVERIFY2(lab.message().endsWith(QStringLiteral("The test runs on the built-in demonstration model instead.")),
                 qPrintable(lab.message()));
        QVERIFY(lab.message().contains(QStringLiteral("500")));
        QCOMPARE(lab.results()->outcome().provenance.model, PromptRunWords::builtinModelName());

        // Turned off: said, and the built-in model runs.
        lab.server()->setEnabled(false);
        lab.reset();
        lab.run();
        QVERIFY(waitForRun(lab, 30000));
        QVERIFY(lab.message().startsWith(QStringLiteral("The local model server is turned off")));
    }
};

QTEST_MAIN(PromptRunTest)
#include "tst_promptrun.moc"
