// The "Mixture of experts" controller with its worker: the lab link (round trip, each bad
// value named), a short run giving exactly the engine's figures, the explanation's sentence
// for a collapsed and a spread run, the question about the learner's own run, prediction,
// evidence and saved runs.
#include "ExpertsExplanations.h"
#include "ExpertsLab.h"
#include "ExpertsLabSettings.h"
#include "ExpertsPicture.h"
#include "Labs.h"
#include "TestStore.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace loopwise;

namespace {

std::unique_ptr<ExpertsLab> readyLab(const QString &query = {})
{
    auto lab = std::make_unique<ExpertsLab>();
    if (!query.isEmpty() && !lab->applyLink(query))
        qWarning("the link was refused: %s", qPrintable(lab->message()));
    if (!QTest::qWaitFor([&] { return !lab->busy(); }, 10000))
        qWarning("the first snapshot did not arrive");
    return lab;
}

bool run(ExpertsLab &lab, int epochs)
{
    lab.runEpochs(epochs);
    return QTest::qWaitFor([&] { return !lab.busy() && !lab.running() && lab.epoch() >= epochs; }, 120000);
}

} // namespace

class ExpertsLabTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }

    void registered()
    {
        QVERIFY(isLabId(QStringLiteral("experts")));
        QVERIFY(trainingLabIds().contains(QStringLiteral("experts")));
        QCOMPARE(labIds().last(), QStringLiteral("experts"));
    }

    void linksRoundTrip_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("defaults") << "";
        QTest::newRow("all keys") << "experts=6&k=2&balance=0&balanceWeight=0.5&capacity=1.25&dataset=moons&hidden=8,4&"
                                     "activation=relu&rate=0.05&seed=3";
        QTest::newRow("collapse preset") << "balanceWeight=1&dataset=circle&rate=0.3&seed=2";
    }
    void linksRoundTrip()
    {
        QFETCH(QString, query);
        QStringList problems;
        const auto settings = ExpertsLabSettings::fromQuery(query, &problems);
        QVERIFY2(settings, qPrintable(problems.join(QLatin1Char(' '))));
        QCOMPARE(settings->toQuery(), query);
        QCOMPARE(ExpertsLabSettings::fromQuery(QStringLiteral("lab/experts?") + query, nullptr), settings);
        QVERIFY(labLinkProblems(QStringLiteral("experts"), query).isEmpty());
    }

    void linksReadTheirValues()
    {
        const auto s = ExpertsLabSettings::fromQuery(
            QStringLiteral("experts=6&k=2&balance=0&capacity=1.5&dataset=xor&hidden=4,4&activation=relu"), nullptr);
        QVERIFY(s);
        QCOMPARE(s->mixture.experts, 6);
        QCOMPARE(s->mixture.topK, 2);
        QVERIFY(!s->mixture.balance);
        QCOMPARE(s->mixture.capacityFactor, 1.5f);
        QCOMPARE(s->dataset, engine::DatasetKind::Xor);
        QCOMPARE(s->mixture.hidden.size(), size_t(2));
        QCOMPARE(s->mixture.hidden[1].units, 4);
        QCOMPARE(s->mixture.hidden[1].activation, engine::Activation::Relu);
    }

    void badLinksNameTheKey_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("named");
        QTest::newRow("experts") << "experts=9"
                                 << "experts";
        QTest::newRow("k over experts") << "experts=2&k=3"
                                        << "k";
        QTest::newRow("balance") << "balance=maybe"
                                 << "balance";
        QTest::newRow("balance weight") << "balanceWeight=3"
                                        << "balanceWeight";
        QTest::newRow("capacity") << "capacity=9"
                                  << "capacity";
        QTest::newRow("dataset") << "dataset=plane"
                                 << "dataset";
        QTest::newRow("hidden") << "hidden=8,8,8,8"
                                << "hidden";
        QTest::newRow("activation") << "activation=softmax"
                                    << "activation";
        QTest::newRow("rate") << "rate=0"
                              << "rate";
        QTest::newRow("seed") << "seed=x"
                              << "seed";
        QTest::newRow("unknown") << "gate=2"
                                 << "gate";
    }
    void badLinksNameTheKey()
    {
        QFETCH(QString, query);
        QFETCH(QString, named);
        QStringList problems;
        QVERIFY(!ExpertsLabSettings::fromQuery(query, &problems));
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().contains(named), qPrintable(problems.first()));
        QCOMPARE(labLinkProblems(QStringLiteral("experts"), query), problems);
    }

    void applyLinkChangesTheSettings()
    {
        const auto lab = readyLab();
        QSignalSpy settings(lab.get(), &LabController::settingsChanged);
        QVERIFY(lab->applyLink(QStringLiteral("lab/experts?experts=3&k=2")));
        QCOMPARE(settings.count(), 1);
        QCOMPARE(lab->experts(), 3);
        QCOMPARE(lab->topK(), 2);
        QCOMPARE(lab->link(), QStringLiteral("lab/experts?experts=3&k=2"));
        QVERIFY(!lab->applyLink(QStringLiteral("experts=0")));
        QVERIFY(lab->message().contains(QStringLiteral("experts")));
        QCOMPARE(lab->experts(), 3);
    }

    // A short run through the worker gives exactly what the engine gives for the same settings.
    void shortRunGivesTheEngineFigures()
    {
        const auto lab = readyLab(QStringLiteral("dataset=circle&seed=4"));
        QVERIFY(lab->evidence().isEmpty());
        QVERIFY(run(*lab, 5));
        QCOMPARE(lab->epoch(), 5);
        const ExpertsLabSettings &settings = lab->settings();
        engine::Mixture mixture(engine::makeDataset(settings.datasetConfig()), settings.mixture);
        for (int e = 0; e < 5; ++e)
            mixture.epoch();
        const engine::MixtureMetrics test = mixture.metrics(engine::Split::Test);
        const engine::MixtureMetrics train = mixture.metrics(engine::Split::Train);
        const ExpertsSnapshot *s = lab->snapshot();
        QCOMPARE(s->mixture.testAccuracy, test.accuracy);
        QCOMPARE(s->mixture.testLoss, test.loss);
        QCOMPARE(s->load, train.load);
        QCOMPARE(s->mixture.multiplyAdds, mixture.cost().multiplyAdds);
        QCOMPARE(s->denseTotal.multiplyAdds, 144L); // 2-36-2 beside 4 experts of 2-8-2
        QCOMPARE(lab->lossHistory()->rowCount(), 5);
        QCOMPARE(lab->comparison().size(), 3);
        QCOMPARE(lab->loadBars().size(), 4);
        QVERIFY(!lab->routingImage().isNull());
        QCOMPARE(lab->routingImage().width(), ExpertsWorker::kGridSide * kCellPixels);
        QVERIFY(!lab->expertImage(3).isNull());
        QVERIFY(lab->routingDescription().contains(QStringLiteral("Expert 4 takes")));
        QVERIFY(!lab->explanation().isEmpty());

        const QVariantMap evidence = lab->evidence();
        QCOMPARE(evidence.value(QStringLiteral("title")).toString(), QStringLiteral("Mixture of experts"));
        QVERIFY(evidence.value(QStringLiteral("settings")).toStringList().contains(QStringLiteral("Dataset: circle")));
        QVERIFY(evidence.value(QStringLiteral("figures")).toStringList().first() == QStringLiteral("Epochs: 5"));
    }

    void collapsedRunIsExplainedAndAskedAbout()
    {
        ExpertsSnapshot s;
        s.epoch = 60;
        s.experts = 4;
        s.load = {0, 250, 0, 0};
        s.loadCount = 250;
        s.mixture = {0.99, 0.05, 180, 54, 42};
        s.denseTotal = {0.98, 0.06, 182, 182, 144};
        s.denseActive = {0.9, 0.2, 52, 52, 40};
        const QString collapsed = ExpertsExplanations::explanation(s);
        QVERIFY2(collapsed.contains(QStringLiteral("collapsed: Expert 2 takes 100 %")), qPrintable(collapsed));
        QVERIFY(collapsed.contains(QStringLiteral("kept up with the large dense network")));
        QCOMPARE(ExpertsExplanations::outcomeOf(s), QStringLiteral("one-takes-most"));
        const QVariantMap question = ExpertsExplanations::question(s);
        QCOMPARE(question.value(QStringLiteral("right")).toInt(), 1);
        QVERIFY(ExpertsExplanations::answerFeedback(question, 1).startsWith(QStringLiteral("Right")));
        QVERIFY(ExpertsExplanations::answerFeedback(question, 0).startsWith(QStringLiteral("Not this one")));

        s.load = {70, 60, 60, 60};
        s.mixture.testAccuracy = 0.8;
        const QString spread = ExpertsExplanations::explanation(s);
        QVERIFY2(spread.contains(QStringLiteral("spread the inputs: the busiest expert, Expert 1, takes 28 %")),
                 qPrintable(spread));
        QVERIFY(spread.contains(QStringLiteral("even the dense network of its active size did better (90 %)")));
        QCOMPARE(ExpertsExplanations::outcomeOf(s), QStringLiteral("spread"));
        s.droppedInEpoch = 3;
        QVERIFY(ExpertsExplanations::explanation(s).contains(QStringLiteral("In the last epoch 3 routing choice")));
    }

    void predictionQuestionAndSavedRun()
    {
        TestStore store;
        const auto lab = readyLab(QStringLiteral("dataset=gauss"));
        lab->setStore(store.store());
        lab->setPrediction(QStringLiteral("spread"));
        QCOMPARE(lab->prediction(), QStringLiteral("spread"));
        QVERIFY(lab->question().isEmpty());
        QVERIFY(run(*lab, 3));
        QVERIFY(!lab->canPredict());
        QVERIFY(!lab->predictionOutcome().isEmpty());
        const QVariantMap question = lab->question();
        QCOMPARE(question.value(QStringLiteral("choices")).toList().size(), 4);
        lab->answer(question.value(QStringLiteral("right")).toInt());
        QVERIFY(lab->question().value(QStringLiteral("correct")).toBool());
        QVERIFY(!lab->saveRun(QStringLiteral("gauss run")).isEmpty());
        QVERIFY(QTest::qWaitFor([&] { return lab->savedRuns()->rowCount() == 1; }, 10000));
        lab->reset();
        QVERIFY(QTest::qWaitFor([&] { return lab->epoch() == 0 && lab->question().isEmpty(); }, 10000));
    }

    void patternsTellExpertsApart()
    {
        // Each pair of experts differs somewhere in an 24 x 24 tile: told apart without colour.
        for (int a = 0; a < 8; ++a)
            for (int b = a + 1; b < 8; ++b) {
                bool differs = false;
                for (int y = 0; y < 24 && !differs; ++y)
                    for (int x = 0; x < 24 && !differs; ++x)
                        differs = expertPattern(a, x, y) != expertPattern(b, x, y);
                QVERIFY2(differs, qPrintable(QStringLiteral("experts %1 and %2").arg(a).arg(b)));
            }
    }
};

QTEST_MAIN(ExpertsLabTest)
#include "tst_expertslab.moc"
