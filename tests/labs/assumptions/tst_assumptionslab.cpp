// The three controllers of "Check the assumptions" with their workers: the lab link and
// its problems, runs to the end giving exactly the engine's figures, predict-then-run, the
// question, the cost threshold moving along the curve, evidence() and saved runs.
#include "AssumptionsLabSettings.h"
#include "CostLab.h"
#include "Labs.h"
#include "ShortcutLab.h"
#include "TestStore.h"
#include "ValidationLab.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace loopwise;
namespace assumptions = engine::assumptions;

namespace {

template<typename Lab>
std::unique_ptr<Lab> readyLab(const QString &query = {})
{
    auto lab = std::make_unique<Lab>();
    if (!query.isEmpty() && !lab->applyLink(query))
        qWarning("the link was refused: %s", qPrintable(lab->message()));
    if (!QTest::qWaitFor([&] { return !lab->busy(); }, 10000))
        qWarning("the first snapshot did not arrive");
    return lab;
}

// Trains to the end through the worker and waits until the run has ended.
bool runToEnd(AssumptionsController &lab)
{
    lab.runEpochs(100000);
    return QTest::qWaitFor([&] { return !lab.busy() && !lab.running() && lab.finished(); }, 120000);
}

QString percent(double share)
{
    return QString::number(share * 100, 'f', 0) + QStringLiteral(" %");
}

} // namespace

class AssumptionsLabTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }

    void linksRoundTrip_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("shortcut") << "experiment=shortcut";
        QTest::newRow("shortcut, all keys") << "experiment=shortcut&split=writer&style=0&leak=1&seed=3";
        QTest::newRow("validation, all five")
            << "experiment=validation&method=all&signal=0&noise=400&copies=1&cases=200&keep=20&seed=2";
        QTest::newRow("validation, one") << "experiment=validation&method=selection-before-split";
        QTest::newRow("cost") << "experiment=cost&miss=50&alarm=2&repair=cost-threshold&seed=4";
    }
    void linksRoundTrip()
    {
        QFETCH(QString, query);
        QStringList problems;
        const auto settings = AssumptionsLabSettings::fromQuery(query, &problems);
        QVERIFY2(settings, qPrintable(problems.join(QLatin1Char(' '))));
        QCOMPARE(settings->toQuery(), query);
        QCOMPARE(AssumptionsLabSettings::fromQuery(QStringLiteral("lab/assumptions?") + query, nullptr), settings);
        QVERIFY(labLinkProblems(QStringLiteral("assumptions"), query).isEmpty());
    }

    void linksReadTheirValues()
    {
        const auto s = AssumptionsLabSettings::fromQuery(
            QStringLiteral("experiment=shortcut&split=time&style=0&leak=1&seed=7"), nullptr);
        QVERIFY(s);
        QCOMPARE(s->shortcut.split, assumptions::SplitKind::Time);
        QVERIFY(!s->shortcut.features.style);
        QVERIFY(s->shortcut.features.afterTheFact);
        QCOMPARE(s->shortcut.tickets.seed, 7u);
        const auto c = AssumptionsLabSettings::fromQuery(QStringLiteral("experiment=cost&miss=50&repair=class-weights"),
                                                         nullptr);
        QVERIFY(c);
        QCOMPARE(c->experiment, AssumptionsExperiment::Cost);
        QCOMPARE(c->cost.missCost, 50.0);
        QCOMPARE(c->cost.repair, assumptions::CostRepair::ClassWeights);
    }

    void badLinksSayWhatIsWrong_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("problem");
        QTest::newRow("experiment") << "experiment=leakage"
                                    << "experiment must be one of shortcut, validation, cost, not \"leakage\".";
        QTest::newRow("another experiment's key") << "experiment=cost&split=time"
                                                  << "\"split\" is not a setting of the cost experiment.";
        QTest::newRow("split") << "split=sideways"
                               << "split must be one of random, time, writer, not \"sideways\".";
        QTest::newRow("signal") << "experiment=validation&signal=9"
                                << "signal must be a number from 0 to 5, not \"9\".";
        QTest::newRow("method") << "experiment=validation&method=guess"
                                << "method must be one of training-data, held-out, shared-near-duplicates, "
                                   "selection-before-split, correct-pipeline, all, not \"guess\".";
        QTest::newRow("repair") << "experiment=cost&repair=magic"
                                << "repair must be one of none, class-weights, cost-threshold, not \"magic\".";
        QTest::newRow("miss") << "experiment=cost&miss=0"
                              << "miss must be a number from 0.01 to 1000, not \"0\".";
        QTest::newRow("flag") << "leak=maybe"
                              << "leak must be 1 or 0, not \"maybe\".";
    }
    void badLinksSayWhatIsWrong()
    {
        QFETCH(QString, query);
        QFETCH(QString, problem);
        QStringList problems;
        QVERIFY(!AssumptionsLabSettings::fromQuery(query, &problems));
        QCOMPARE(problems, QStringList{problem});
        QCOMPARE(labLinkProblems(QStringLiteral("assumptions"), query), QStringList{problem});
    }

    void theRegistryKnowsTheLab()
    {
        QVERIFY(isLabId(QStringLiteral("assumptions")));
        QVERIFY(trainingLabIds().contains(QStringLiteral("assumptions")));
        QCOMPARE(LabRegistry().page(QStringLiteral("assumptions")),
                 QStringLiteral("labs/assumptions/AssumptionsLabPage.qml"));
        QCOMPARE(LabRegistry().title(QStringLiteral("assumptions")), QStringLiteral("Check the assumptions"));
    }

    void aLinkOpensOnlyItsOwnExperiment()
    {
        auto lab = readyLab<CostLab>();
        QVERIFY(!lab->applyLink(QStringLiteral("lab/assumptions?experiment=shortcut")));
        QCOMPARE(lab->message(),
                 QStringLiteral("That link opens another experiment: Urgent tickets: shortcuts and leakage."));
        QVERIFY(!lab->applyLink(QStringLiteral("experiment=cost&miss=x")));
        QCOMPARE(lab->message(),
                 QStringLiteral("That link cannot be used: miss must be a number from 0.01 to 1000, not \"x\"."));
        QVERIFY(lab->applyLink(QStringLiteral("lab/assumptions?experiment=cost&miss=40")));
        QCOMPARE(lab->missCost(), 40.0);
        QCOMPARE(lab->link(), QStringLiteral("lab/assumptions?experiment=cost&miss=40"));
        QCOMPARE(AssumptionsController::experimentOf(QStringLiteral("lab/assumptions?experiment=validation")),
                 QStringLiteral("validation"));
        QCOMPARE(AssumptionsController::experimentOf(QString()), QStringLiteral("shortcut"));
    }

    // The run on the worker ends with the engine's own figures, and the prediction and
    // question follow them: the shortcut model falls in production.
    void shortcutRunGivesTheEnginesFigures()
    {
        auto lab = readyLab<ShortcutLab>();
        QVERIFY(lab->canPredict());
        lab->setPrediction(QStringLiteral("falls"));
        QVERIFY(lab->evidence().isEmpty()); // the attach button stays disabled until a run ends
        QVERIFY(runToEnd(*lab));
        const assumptions::ShortcutResult expected = assumptions::runShortcut(lab->settings().shortcut);
        const assumptions::ShortcutResult &got = *lab->snapshot()->result;
        QCOMPARE(got.validationAccuracy, expected.validationAccuracy);
        QCOMPARE(got.productionAccuracy, expected.productionAccuracy);
        QCOMPARE(got.production, expected.production);
        QCOMPARE(lab->epoch(), 300);
        QCOMPARE(lab->accuracyBars().size(), 3);
        QCOMPARE(lab->accuracyBars().at(2).toMap().value(QStringLiteral("text")).toString(),
                 percent(expected.productionAccuracy));
        QCOMPARE(lab->weights().size(), 12);
        QCOMPARE(lab->tickets().size(), 2 * ShortcutWorker::kTicketsPerSide);
        QCOMPARE(lab->confusion().value(QStringLiteral("truePositives")).toInt(), expected.production.truePositives);
        QVERIFY(lab->accuracyDescription().contains(percent(expected.validationAccuracy)));

        QVERIFY(lab->predictionOutcome().endsWith(QStringLiteral("Your prediction matched what happened.")));
        const QVariantMap question = lab->question();
        QCOMPARE(question.value(QStringLiteral("right")).toInt(), 0);
        lab->answer(1);
        QVERIFY(!lab->question().value(QStringLiteral("correct")).toBool());
        QVERIFY(lab->question().value(QStringLiteral("answer")).toString().startsWith(QStringLiteral("No:")));
        lab->answer(0);
        QVERIFY(lab->question().value(QStringLiteral("correct")).toBool());

        const QVariantMap evidence = lab->evidence();
        QCOMPARE(evidence.value(QStringLiteral("title")).toString(),
                 QStringLiteral("Check the assumptions: Urgent tickets: shortcuts and leakage"));
        QCOMPARE(evidence.value(QStringLiteral("settings")).toStringList().first(),
                 QStringLiteral("Validation split: at random (15 % of the history)"));
        QVERIFY(evidence.value(QStringLiteral("figures"))
                    .toStringList()
                    .contains(QStringLiteral("Production accuracy: ") + percent(expected.productionAccuracy)));

        // A new setting is a new configuration: the run and its question are gone.
        lab->setSplit(QStringLiteral("time"));
        QVERIFY(QTest::qWaitFor([&] { return !lab->busy(); }, 10000));
        QVERIFY(!lab->finished());
        QVERIFY(lab->question().isEmpty());
        QCOMPARE(lab->link(), QStringLiteral("lab/assumptions?experiment=shortcut&split=time"));
    }

    void validationRunsAllFiveMethods()
    {
        auto lab = readyLab<ValidationLab>(QStringLiteral("experiment=validation&method=all"));
        QCOMPARE(lab->method(), QStringLiteral("all"));
        QVERIFY(runToEnd(*lab));
        QCOMPARE(lab->rows().size(), assumptions::kValidationMethodCount);
        for (int i = 0; i < assumptions::kValidationMethodCount; ++i) {
            assumptions::ValidationConfig config = lab->settings().validation;
            config.method = static_cast<assumptions::ValidationMethod>(i);
            const assumptions::ValidationResult expected = assumptions::runValidation(config);
            QCOMPARE(lab->snapshot()->rows[static_cast<size_t>(i)].result.validationAccuracy,
                     expected.validationAccuracy);
            QCOMPARE(lab->snapshot()->rows[static_cast<size_t>(i)].result.productionAccuracy,
                     expected.productionAccuracy);
        }
        // Scored on its own training rows the model flatters itself: the question says so.
        QCOMPARE(lab->question().value(QStringLiteral("right")).toInt(), 1);
        QCOMPARE(lab->evidence().value(QStringLiteral("figures")).toStringList().size(),
                 assumptions::kValidationMethodCount);
        QVERIFY2(lab->chartDescription().startsWith(QStringLiteral(
                     "Bar chart of validation beside production accuracy: On the training data: validation ")),
                 qPrintable(lab->chartDescription()));
    }

    void costThresholdMovesAlongTheCurve()
    {
        auto lab = readyLab<CostLab>(QStringLiteral("experiment=cost&repair=cost-threshold"));
        lab->setPrediction(QStringLiteral("cheap"));
        QVERIFY(runToEnd(*lab));
        const assumptions::CostResult expected = assumptions::runCost(lab->settings().cost);
        QCOMPARE(lab->chosenThreshold(), expected.chosen.threshold);
        QCOMPARE(lab->threshold(), expected.chosen.threshold);
        QCOMPARE(lab->curve().size(), static_cast<qsizetype>(expected.curve.size()));
        QVERIFY(lab->predictionOutcome().endsWith(QStringLiteral("Your prediction matched what happened.")));

        // The slider snaps to the curve's points; nothing is trained again.
        QSignalSpy moved(lab.get(), &CostLab::thresholdChanged);
        lab->setThreshold(0.901);
        QCOMPARE(moved.count(), 1);
        const assumptions::ThresholdPoint &point = expected.curve[89];
        QCOMPARE(lab->threshold(), point.threshold);
        QCOMPARE(lab->atThreshold().value(QStringLiteral("falseNegatives")).toInt(), point.confusion.falseNegatives);
        QCOMPARE(lab->atThreshold().value(QStringLiteral("costValue")).toDouble(), point.costPerTicket);
        QVERIFY(!lab->running());
        QCOMPARE(lab->epoch(), 300);
        QVERIFY(lab->curveDescription().endsWith(QStringLiteral("The point shown: threshold 0.90, cost ")
                                                 + QString::number(point.costPerTicket, 'f', 2) + QLatin1Char('.')));
        const QStringList figures = lab->evidence().value(QStringLiteral("figures")).toStringList();
        QVERIFY(figures.contains(QStringLiteral("Test cost per ticket: ")
                                 + QString::number(expected.test.costPerTicket, 'f', 2)));
    }

    void pauseAndResetStopARun()
    {
        auto lab = readyLab<ShortcutLab>();
        lab->play();
        QVERIFY(QTest::qWaitFor([&] { return lab->running(); }, 10000));
        lab->pause();
        QVERIFY(QTest::qWaitFor([&] { return !lab->running(); }, 10000));
        QVERIFY(!lab->finished());
        lab->reset();
        QVERIFY(QTest::qWaitFor([&] { return !lab->busy() && lab->epoch() == 0; }, 10000));
        QVERIFY(lab->canPredict());
    }

    void finishedRunsAreSaved()
    {
        TestStore store;
        QVERIFY(store.isOpen());
        auto lab = readyLab<CostLab>();
        lab->setStore(store.store());
        QCOMPARE(lab->saveRun(QString()), QString()); // nothing finished yet
        QCOMPARE(lab->message(), QStringLiteral("Run the experiment to the end first: then it can be saved."));
        QVERIFY(runToEnd(*lab));
        const QString id = lab->saveRun(QStringLiteral("plain loss"));
        QVERIFY(!id.isEmpty());
        const QVariantMap saved = lab->savedRuns()->get(id);
        QCOMPARE(saved.value(QStringLiteral("label")).toString(), QStringLiteral("plain loss"));
        QCOMPARE(saved.value(QStringLiteral("experiment")).toString(), QStringLiteral("cost"));
        QCOMPARE(saved.value(QStringLiteral("link")).toString(), QStringLiteral("lab/assumptions?experiment=cost"));
        QCOMPARE(saved.value(QStringLiteral("testCost")).toDouble(), lab->snapshot()->result->test.costPerTicket);
    }

    void refusedChangesSaySo()
    {
        auto lab = readyLab<ValidationLab>();
        lab->setMethod(QStringLiteral("guess"));
        QCOMPARE(lab->message(), QStringLiteral("There is no validation method \"guess\"."));
        lab->setKeptFeatures(500); // more than there are: all of them
        QCOMPARE(lab->keptFeatures(), 45);
    }
};

QTEST_MAIN(AssumptionsLabTest)
#include "tst_assumptionslab.moc"
