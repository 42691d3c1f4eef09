#include "Figures.h"
#include "LearningExplanations.h"
#include "LearningLab.h"
#include "LearningLabSettings.h"
#include "LearningPlot.h"
#include "LossSeries.h"
#include "NetworkLabSettings.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>
#include <QTranslator>
#include <QtCharts/QLineSeries>

#include <memory>

using loopwise::LearningLab;
using loopwise::LearningLabSettings;
namespace learning = loopwise::engine::learning;

namespace {

// A lab with the settings of `query` whose first snapshot has arrived.
std::unique_ptr<LearningLab> readyLab(const QString &query = {})
{
    auto lab = std::make_unique<LearningLab>();
    if (!query.isEmpty() && !lab->applyLink(query))
        qWarning("the link was refused: %s", qPrintable(lab->message()));
    if (!QTest::qWaitFor([&] { return !lab->busy(); }, 5000))
        qWarning("the first snapshot did not arrive");
    return lab;
}

// Trains `epochs` at full speed through the worker and waits until the run has ended.
bool runAndWait(LearningLab &lab, int epochs)
{
    lab.runEpochs(epochs);
    return QTest::qWaitFor([&] { return !lab.busy() && !lab.running(); }, 60000);
}

QVariantMap questionAt(const LearningLab &lab, int index)
{
    return lab.questions().value(index).toMap();
}

QString rightChoiceId(const QVariantMap &question)
{
    return question.value(QStringLiteral("choices"))
        .toList()
        .value(question.value(QStringLiteral("right")).toInt())
        .toMap()
        .value(QStringLiteral("id"))
        .toString();
}

} // namespace

class LearningLabTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Any warning (a timer stopped from the wrong thread, a refused link) is a failure.
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }

    // Every status word, reached by a run of the controller and its worker.
    void eachStatusIsReached_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("epochs");
        QTest::addColumn<QString>("phase");
        QTest::newRow("not started") << "preset=good-fit" << 0 << "not-started";
        QTest::newRow("improving") << "preset=good-fit" << 3 << "improving";
        QTest::newRow("converged") << "preset=good-fit" << 300 << "converged";
        QTest::newRow("underfitting") << "preset=underfit" << 300 << "underfitting";
        QTest::newRow("overfitting") << "preset=overfit" << 2000 << "overfitting";
        QTest::newRow("too slow") << "preset=too-low" << 500 << "too-slow";
        // Stochastic steps far too big for two noisy classes: the loss jumps to and fro.
        QTest::newRow("oscillating") << "model=classes&degree=3&lr=8.5&batch=1&noise=30&points=100" << 40
                                     << "oscillating";
        QTest::newRow("diverged") << "preset=too-high" << 50 << "diverged";
        QTest::newRow("noisy labels converge") << "preset=noisy-labels" << 500 << "converged";
        QTest::newRow("more data cures") << "preset=more-data" << 2000 << "converged";
    }
    void eachStatusIsReached()
    {
        QFETCH(QString, query);
        QFETCH(int, epochs);
        QFETCH(QString, phase);
        auto lab = readyLab(query);
        if (epochs > 0)
            QVERIFY(runAndWait(*lab, epochs));
        QCOMPARE(lab->phase(), phase);
        QVERIFY(!lab->statusTitle().isEmpty());
        QVERIFY(lab->statusText().endsWith(QLatin1Char('.')));
        // A finished run asks its two questions; nothing to ask before training.
        QCOMPARE(lab->questions().size(), epochs > 0 ? 2 : 0);
        if (epochs > 0)
            QCOMPARE(rightChoiceId(questionAt(*lab, 0)), phase);
    }

    // The questions of an overfitting run name its facts and know the right answers.
    void overfitQuestionsHaveTheRightAnswers()
    {
        auto lab = readyLab(QStringLiteral("preset=overfit"));
        QVERIFY(runAndWait(*lab, learning::presetEpochs(learning::Preset::Overfit)));
        QCOMPARE(lab->phase(), QStringLiteral("overfitting"));
        const learning::Status status = lab->snapshot()->status;
        QVERIFY(status.bestValidationEpoch > 0);

        const QVariantMap diagnosis = questionAt(*lab, 0);
        QVERIFY2(
            diagnosis.value(QStringLiteral("text"))
                .toString()
                .startsWith(QStringLiteral("Validation loss rose after epoch %1 ").arg(status.bestValidationEpoch)),
            qPrintable(diagnosis.value(QStringLiteral("text")).toString()));
        QCOMPARE(diagnosis.value(QStringLiteral("choices")).toList().size(), 4);
        QCOMPARE(rightChoiceId(diagnosis), QStringLiteral("overfitting"));

        // The baseline question's answer, worked out here from the snapshot's figures.
        const double model = lab->snapshot()->validationLoss;
        const double baseline = lab->snapshot()->baseline.validationLoss;
        const QString expected = model < baseline * 0.95 ? QStringLiteral("model")
            : model > baseline * 1.05                    ? QStringLiteral("baseline")
                                                         : QStringLiteral("equal");
        QCOMPARE(rightChoiceId(questionAt(*lab, 1)), expected);

        // Feedback on a wrong and on the right answer.
        const int right = diagnosis.value(QStringLiteral("right")).toInt();
        QSignalSpy changed(lab.get(), &LearningLab::questionsChanged);
        lab->answer(0, (right + 1) % 4);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(questionAt(*lab, 0).value(QStringLiteral("correct")).toBool(), false);
        QVERIFY(
            questionAt(*lab, 0).value(QStringLiteral("feedback")).toString().startsWith(QStringLiteral("Not quite")));
        lab->answer(0, right);
        QCOMPARE(questionAt(*lab, 0).value(QStringLiteral("correct")).toBool(), true);
        QVERIFY(questionAt(*lab, 0).value(QStringLiteral("feedback")).toString().startsWith(QStringLiteral("Right.")));
        // Answers out of range change nothing.
        lab->answer(0, 9);
        lab->answer(5, 0);
        QCOMPARE(changed.size(), 2);
    }

    void predictionIsPutBesideWhatHappened()
    {
        auto lab = readyLab(QStringLiteral("preset=overfit"));
        QVERIFY(lab->canPredict());
        lab->setPrediction(QStringLiteral("no-such-statement"));
        QCOMPARE(lab->prediction(), QString());
        lab->setPrediction(QStringLiteral("overfits"));
        QCOMPARE(lab->predictionOutcome(), QString()); // nothing has happened yet
        QVERIFY(runAndWait(*lab, 2000));
        QVERIFY(lab->predictionOutcome().contains(QStringLiteral("matched")));
        QVERIFY(!lab->canPredict());
        lab->setPrediction(QStringLiteral("crawls")); // too late for this run
        QCOMPARE(lab->prediction(), QStringLiteral("overfits"));

        lab->reset();
        QVERIFY(QTest::qWaitFor([&] { return !lab->busy() && lab->canPredict(); }, 5000));
        QCOMPARE(lab->predictionOutcome(), QString());
        QVERIFY(lab->questions().isEmpty());
        lab->setPrediction(QStringLiteral("crawls"));
        QVERIFY(runAndWait(*lab, 2000));
        QVERIFY(lab->predictionOutcome().contains(QStringLiteral("different")));
    }

    // The learner can watch the loss fall: by default play() trains one epoch a frame, and
    // "full speed" is one choice away.
    void playGoesAtAPaceTheLearnerCanWatch()
    {
        auto lab = readyLab(QStringLiteral("preset=overfit"));
        QCOMPARE(lab->speed(), 0);
        QCOMPARE(lab->speedChoices().first().toString(), QStringLiteral("1 per frame"));
        QCOMPARE(lab->speedChoices().last().toString(), QStringLiteral("Full speed"));
        QList<int> seen;
        connect(lab.get(), &LearningLab::snapshotChanged, this, [&] { seen.append(lab->epoch()); });
        lab->play();
        QVERIFY(QTest::qWaitFor([&] { return lab->epoch() >= 20; }, 10000));
        lab->pause();
        QVERIFY(QTest::qWaitFor([&] { return !lab->running(); }, 5000));
        for (qsizetype i = 1; i < seen.size(); ++i)
            QVERIFY2(seen[i] - seen[i - 1] <= 1, qPrintable(QStringLiteral("%1 -> %2").arg(seen[i - 1]).arg(seen[i])));

        lab->setSpeed(static_cast<int>(lab->speedChoices().size()) - 1);
        int largestJump = 0;
        int last = lab->epoch();
        connect(lab.get(), &LearningLab::snapshotChanged, this, [&] {
            largestJump = std::max(largestJump, lab->epoch() - last);
            last = lab->epoch();
        });
        const int from = lab->epoch();
        lab->play();
        QVERIFY(QTest::qWaitFor([&] { return lab->epoch() > from + 200 || (lab->epoch() > from && !lab->running()); },
                                30000));
        lab->pause();
        QVERIFY2(largestJump > 1, qPrintable(QString::number(largestJump)));
    }

    void playStopsAtThePresetsEpochs()
    {
        auto lab = readyLab(QStringLiteral("preset=too-low"));
        lab->setSpeed(static_cast<int>(lab->speedChoices().size()) - 1);
        lab->play();
        QVERIFY(QTest::qWaitFor([&] { return lab->epoch() == 500 && !lab->running(); }, 60000));
        QCOMPARE(lab->questions().size(), 2);
        lab->play(); // on past the preset's end, until paused
        QVERIFY(QTest::qWaitFor([&] { return lab->epoch() > 520; }, 10000));
        lab->pause();
        QVERIFY(QTest::qWaitFor([&] { return !lab->running(); }, 5000));
    }

    void queryRoundTrip_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("defaults") << "";
        QTest::newRow("preset") << "preset=overfit";
        QTest::newRow("preset changed") << "preset=noisy-labels&lr=0.3&degree=4&loop=1";
        QTest::newRow("everything")
            << "model=classes&lr=0.0025&points=420&noise=35&degree=7&batch=20&validation=40&seed=9";
    }
    void queryRoundTrip()
    {
        QFETCH(QString, query);
        QStringList problems;
        const auto settings = LearningLabSettings::fromQuery(query, &problems);
        QVERIFY2(settings, qPrintable(problems.join(QLatin1Char(' '))));
        QCOMPARE(settings->toQuery(), query);
        const auto again
            = LearningLabSettings::fromQuery(QStringLiteral("lab/learning?") + settings->toQuery(), &problems);
        QVERIFY(again);
        QVERIFY(*again == *settings);
    }

    void badQueriesSayWhatIsWrong_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("problem");
        QTest::newRow("preset") << "preset=perfect"
                                << "preset must be one of good-fit, underfit";
        QTest::newRow("model") << "model=tree"
                               << "model must be curve or classes";
        QTest::newRow("rate") << "lr=0"
                              << "lr must be a number from 0.0001 to 10";
        QTest::newRow("rate text") << "lr=fast"
                                   << "lr must be a number";
        QTest::newRow("points") << "points=5"
                                << "points must be a whole number from 10 to 1000";
        QTest::newRow("noise") << "noise=101"
                               << "noise must be a whole number from 0 to 100";
        QTest::newRow("degree") << "degree=16"
                                << "degree must be a whole number from 1 to 15";
        QTest::newRow("batch") << "points=50&batch=60"
                               << "batch must be at most the number of points (50)";
        QTest::newRow("unknown") << "colour=red"
                                 << "\"colour\" is not a setting of this lab.";
        QTest::newRow("loop") << "loop=yes"
                              << "loop must be 1 or 0";
    }
    void badQueriesSayWhatIsWrong()
    {
        QFETCH(QString, query);
        QFETCH(QString, problem);
        QStringList problems;
        QVERIFY(!LearningLabSettings::fromQuery(query, &problems));
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().startsWith(problem), qPrintable(problems.first()));

        // The controller keeps its settings and says why.
        LearningLab lab;
        const QString before = lab.link();
        QVERIFY(!lab.applyLink(query));
        QCOMPARE(lab.link(), before);
        QVERIFY(lab.message().contains(problem));
    }

    // The rate and the batch size go on with the same parameters; the data settings start over.
    void whatStartsOver()
    {
        auto lab = readyLab(QStringLiteral("preset=good-fit"));
        QVERIFY(runAndWait(*lab, 20));
        lab->setLearningRate(0.05);
        lab->setBatchSize(5);
        QVERIFY(QTest::qWaitFor([&] { return !lab->busy(); }, 5000));
        QCOMPARE(lab->epoch(), 20);
        QCOMPARE(lab->preset(), QString()); // no longer the preset's settings
        QCOMPARE(lab->link(), QStringLiteral("lab/learning?preset=good-fit&lr=0.05&batch=5"));
        lab->setDegree(7);
        QVERIFY(QTest::qWaitFor([&] { return !lab->busy() && lab->epoch() == 0; }, 5000));
        const auto firstPoint = lab->snapshot()->data->train.front();
        lab->newData();
        QVERIFY(
            QTest::qWaitFor([&] { return !lab->busy() && lab->snapshot()->data->train.front() != firstPoint; }, 5000));
        QVERIFY(lab->link().contains(QStringLiteral("seed=2")));
    }

    // A copied link, pasted into another lab, gives the same settings.
    void copiedLinkLoadsElsewhere()
    {
        auto lab = readyLab(QStringLiteral("preset=overfit&points=300&noise=40"));
        lab->copyLink();
        const QString copied = QGuiApplication::clipboard()->text();
        QCOMPARE(copied, lab->link());
        QVERIFY(copied.startsWith(QStringLiteral("lab/learning?")));

        LearningLab other;
        QVERIFY(other.applyLink(copied));
        QCOMPARE(other.link(), copied);
        QCOMPARE(other.points(), 300);
        QCOMPARE(other.noise(), 40);
    }

    // The words made in C++ (status, presets, predictions, link errors of both labs) are
    // looked up under the contexts lupdate wrote them to, so German learners read German.
    // After divergence the curve is far off the plot: the plot marks where it went instead
    // of showing nothing.
    void divergedCurveIsMarkedWhereItLeftThePlot()
    {
        using loopwise::OffPlot;
        QCOMPARE(loopwise::offPlotStretches({0, 2, 3, 0, -5, -6, 0}, -1, 1),
                 (std::vector<OffPlot>{{0.25, true}, {0.75, false}}));
        QVERIFY(loopwise::offPlotStretches({0, 0.5, -0.5}, -1, 1).empty());

        auto lab = readyLab(QStringLiteral("preset=too-high"));
        const loopwise::LearningSnapshot *before = lab->snapshot();
        QVERIFY(
            loopwise::offPlotStretches(before->curve, before->data->extent.yMin, before->data->extent.yMax).empty());
        QVERIFY(runAndWait(*lab, 100));
        QVERIFY(lab->diverged());
        const loopwise::LearningSnapshot *after = lab->snapshot();
        QVERIFY(!loopwise::offPlotStretches(after->curve, after->data->extent.yMin, after->data->extent.yMax).empty());
    }

    // Walking a traced step, the plot shows the model before the step until the update
    // stage, so the plot and the stage on screen tell of the same model.
    void plotShowsTheStageBeingWalked()
    {
        auto lab = readyLab(QStringLiteral("preset=good-fit"));
        const std::vector<double> before = lab->snapshot()->curve;
        QCOMPARE(lab->plottedCurve(), before);
        lab->traceStep();
        QVERIFY(QTest::qWaitFor([&] { return lab->loopStage() == 0; }, 5000));
        QVERIFY(lab->snapshot()->curve != before); // the step has changed the model
        QCOMPARE(lab->plottedCurve(), before);
        lab->setLoopStage(LearningLab::kUpdateStage - 1);
        QCOMPARE(lab->plottedCurve(), before);
        QSignalSpy picture(lab.get(), &LearningLab::pictureChanged);
        lab->setLoopStage(LearningLab::kUpdateStage);
        QCOMPARE(picture.count(), 1);
        QCOMPARE(lab->plottedCurve(), lab->snapshot()->curve);
    }

    // The baseline is the module's: a simple model to beat, shown on the loss chart too.
    void baselineIsASimpleModelToBeat()
    {
        auto lab = readyLab(QStringLiteral("preset=overfit"));
        QCOMPARE(lab->baselineName(), QStringLiteral("always the mean of the training targets"));
        QVERIFY(runAndWait(*lab, 200));
        // The loss chart draws a baseline up to twice the highest loss on its linear axis.
        QVERIFY(lab->baselineLoss() > 0);
        QVERIFY(lab->baselineLoss() <= 2 * lab->lossHistory()->maxLoss());
        auto classes = readyLab(QStringLiteral("model=classes"));
        QCOMPARE(classes->baselineName(), QStringLiteral("always the majority class"));
    }

    // The model's capacity as a number, following the shape as the learner changes it.
    void parameterCountFollowsDegreeAndModel()
    {
        LearningLab lab;
        QSignalSpy changed(&lab, &LearningLab::settingsChanged);
        QCOMPARE(lab.parameterCount(), lab.degree() + 1);
        lab.setDegree(5);
        QVERIFY(changed.count() > 0);
        QCOMPARE(lab.parameterCount(), 6);
        QCOMPARE(lab.parameterText(), QStringLiteral("6 parameters to learn: one coefficient per term of the model"));
        lab.setModel(QStringLiteral("classes"));
        QCOMPARE(lab.parameterCount(), (lab.degree() + 1) * (lab.degree() + 2) / 2);
        lab.setDegree(1); // a straight boundary: bias and two weights
        QCOMPARE(lab.parameterText(), QStringLiteral("3 parameters to learn: one coefficient per term of the model"));
    }

    void germanReachesTheWordsMadeInCpp()
    {
        QTranslator german;
        QVERIFY(german.load(QStringLiteral(":/i18n/loopwise_de.qm")));
        QCoreApplication::installTranslator(&german);
        const auto cleanup = qScopeGuard([&] { QCoreApplication::removeTranslator(&german); });

        QCOMPARE(loopwise::phaseTitle(loopwise::engine::learning::Phase::Improving), QStringLiteral("Wird besser"));
        LearningLab lab;
        QCOMPARE(lab.presetChoices().first().toMap().value(QStringLiteral("label")).toString(),
                 QStringLiteral("Gute Anpassung"));
        QCOMPARE(lab.baselineName(), QStringLiteral("immer der Mittelwert der Zielwerte der Trainingspunkte"));
        QCOMPARE(lab.parameterText(), QStringLiteral("4 Parameter zu lernen: ein Koeffizient je Term des Modells"));
        QVERIFY(!loopwise::predictionLabel(QStringLiteral("learns")).startsWith(QStringLiteral("Both losses")));

        QStringList problems;
        QVERIFY(!LearningLabSettings::fromQuery(QStringLiteral("degree=20&colour=red"), &problems));
        QCOMPARE(problems.size(), 2);
        QVERIFY2(problems.at(0).contains(QStringLiteral("ganze Zahl")), qPrintable(problems.at(0)));
        QVERIFY2(!problems.at(1).contains(QStringLiteral("is not a setting")), qPrintable(problems.at(1)));
        problems.clear();
        QVERIFY(!loopwise::NetworkLabSettings::fromQuery(QStringLiteral("dataset=custom"), &problems));
        QVERIFY2(!problems.join(u' ').contains(QStringLiteral("needs points")), qPrintable(problems.join(u' ')));
    }

    void figuresReadAsALearnerWritesThem_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << "en" << 0.33841 << "0.3384";
        QTest::newRow("tiny") << "en" << 6.0152e-20 << QStringLiteral("6.015 × 10⁻²⁰");
        QTest::newRow("huge") << "en" << 1.8563e7 << QStringLiteral("1.856 × 10⁷");
        QTest::newRow("negative tiny") << "en" << -3.2e-6 << QStringLiteral("-3.2 × 10⁻⁶");
        QTest::newRow("German") << "de" << 6.0152e-20 << QStringLiteral("6,015 × 10⁻²⁰");
        QTest::newRow("German plain") << "de" << 0.33841 << "0,3384";
    }

    void figuresReadAsALearnerWritesThem()
    {
        QFETCH(QString, locale);
        QFETCH(double, value);
        const QLocale before;
        QLocale::setDefault(QLocale(locale));
        const auto restore = qScopeGuard([&] { QLocale::setDefault(before); });
        QTEST(loopwise::Figures::figure(value), "expected");
    }

    void powersOfTen()
    {
        QCOMPARE(loopwise::Figures::powerOfTen(0), QStringLiteral("1"));
        QCOMPARE(loopwise::Figures::powerOfTen(1), QStringLiteral("10"));
        QCOMPARE(loopwise::Figures::powerOfTen(5), QStringLiteral("10⁵"));
        QCOMPARE(loopwise::Figures::powerOfTen(12), QStringLiteral("10¹²"));
        QCOMPARE(loopwise::Figures::powerOfTen(-3), QStringLiteral("10⁻³"));
    }

    void learningRateSliderIsLogarithmic()
    {
        LearningLab lab;
        lab.setLearningRatePosition(0);
        QCOMPARE(lab.learningRate(), 0.0001);
        lab.setLearningRatePosition(1);
        QCOMPARE(lab.learningRate(), 10.0);
        lab.setLearningRatePosition(0.5);
        QCOMPARE(lab.learningRate(), 0.032); // 10^-1.5, to two digits
        QVERIFY(qAbs(lab.learningRatePosition() - 0.5) < 0.01);
    }

    // The live loop: five stages of one traced step, whose numbers are the engine's.
    void loopStepsThroughFiveStages()
    {
        const QString query = QStringLiteral("preset=good-fit");
        auto lab = readyLab(query);
        QCOMPARE(lab->loopStage(), -1);
        QCOMPARE(lab->loopStages().size(), 5);
        lab->traceStep();
        QVERIFY(QTest::qWaitFor([&] { return lab->loopStage() == 0; }, 5000));
        for (int stage = 1; stage < 5; ++stage) {
            lab->traceStep();
            QCOMPARE(lab->loopStage(), stage);
        }

        learning::LearningSession reference(LearningLabSettings::fromQuery(query, nullptr)->config);
        const learning::LoopTrace expected = reference.traceStep();
        const QVariantMap trace = lab->trace();
        QCOMPARE(trace.value(QStringLiteral("loss")).toString(), loopwise::Figures::figure(expected.loss));
        const QVariantList parameters = trace.value(QStringLiteral("parameters")).toList();
        QCOMPARE(parameters.size(), static_cast<qsizetype>(expected.gradient.size()));
        for (qsizetype i = 0; i < parameters.size(); ++i) {
            const QVariantMap p = parameters[i].toMap();
            const auto at = static_cast<size_t>(i);
            QCOMPARE(p.value(QStringLiteral("gradient")).toString(), loopwise::Figures::figure(expected.gradient[at]));
            QCOMPARE(p.value(QStringLiteral("after")).toString(),
                     loopwise::Figures::figure(expected.parametersAfter[at]));
        }
        QCOMPARE(lab->snapshot()->parameters, expected.parametersAfter);

        lab->traceStep(); // past the last stage: the next batch, at stage 1
        QVERIFY(QTest::qWaitFor(
            [&] { return lab->loopStage() == 0 && lab->trace().value(QStringLiteral("step")).toInt() == 2; }, 5000));
    }

    void lossSeriesFollowTheHistory()
    {
        auto lab = readyLab(QStringLiteral("preset=too-high"));
        QVERIFY(runAndWait(*lab, 50));
        QLineSeries train, validation;
        loopwise::LossSeries().fill(lab->lossHistory(), &train, &validation);
        QCOMPARE(train.count(), static_cast<int>(lab->snapshot()->history.size()));
        QCOMPARE(validation.count(), train.count());
        QVERIFY(lab->lossHistory()->maxLoss() > lab->lossHistory()->minLoss());
        QVERIFY(lab->lossHistory()->minLoss() > 0);
    }

    void workerStartStopAndTeardownWhileTraining()
    {
        for (int round = 0; round < 12; ++round) {
            auto lab = std::make_unique<LearningLab>();
            // A preset's whole run can end between two looks at running(): a snapshot that
            // said so counts.
            bool started = false;
            connect(lab.get(), &LearningLab::snapshotChanged, this, [&] { started = started || lab->running(); });
            lab->applyPreset(QStringLiteral("more-data"));
            lab->play();
            if (round % 2) {
                QVERIFY(QTest::qWaitFor([&] { return started; }, 5000));
                lab->pause();
                QVERIFY(QTest::qWaitFor([&] { return !lab->running(); }, 5000));
                lab->runEpochs(100000);
                lab->setDegree(4); // a new session on its way while the last one trains
            }
            // Destroyed mid-run, with snapshots in flight.
        }
    }
};

QTEST_MAIN(LearningLabTest)
#include "tst_learninglab.moc"
