// The network lab's diagnoses: the rules on made-up loss histories, then real runs that
// must read as what their chart shows (learning rate 3 swings, it is not "steady").

#include "NetworkDiagnosis.h"
#include "NetworkExplanations.h"
#include "ReadyNetworkLab.h"

#include <QScopeGuard>
#include <QTest>
#include <QTranslator>

#include <cmath>

using loopwise::diagnoseNetworkRun;
using loopwise::LossPoint;
using loopwise::NetworkPhase;

namespace {

// One point per epoch 0..count-1, the losses from `train` and `test`.
template<typename Train, typename Test>
std::vector<LossPoint> history(int count, Train train, Test test)
{
    std::vector<LossPoint> points;
    for (int epoch = 0; epoch < count; ++epoch)
        points.push_back({epoch, train(epoch), test(epoch)});
    return points;
}

} // namespace

class NetworkDiagnosisTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rules()
    {
        QCOMPARE(diagnoseNetworkRun({{0, 0.5, 0.5}}, false, false).phase, NetworkPhase::NotStarted);
        QCOMPARE(diagnoseNetworkRun({{0, 0.5, 0.5}, {3, 9.0, 9.0}}, true, false).phase, NetworkPhase::Diverged);

        const auto swinging = history(
            40, [](int e) { return e % 2 ? 0.88 : 0.5; }, [](int e) { return e % 2 ? 0.9 : 0.52; });
        const auto oscillating = diagnoseNetworkRun(swinging, false, false);
        QCOMPARE(oscillating.phase, NetworkPhase::Oscillating);
        QCOMPARE(oscillating.low, 0.5);
        QCOMPARE(oscillating.high, 0.88);

        // The test loss is lowest at epoch 50, then climbs while the training loss falls on.
        const auto overfitting = history(
            200, [](int e) { return 0.5 * std::exp(-e / 40.0); },
            [](int e) { return 0.2 + std::pow((e - 50) / 100.0, 2); });
        const auto over = diagnoseNetworkRun(overfitting, false, true);
        QCOMPARE(over.phase, NetworkPhase::Overfitting);
        QCOMPARE(over.bestTestEpoch, 50);

        const auto falling = history(
            100, [](int e) { return 0.5 * std::exp(-e / 20.0); }, [](int e) { return 0.5 * std::exp(-e / 20.0); });
        QCOMPARE(diagnoseNetworkRun(falling, false, true).phase, NetworkPhase::Learned);
        QCOMPARE(diagnoseNetworkRun(falling, false, false).phase, NetworkPhase::Improving);

        const auto crawling = history(
            300, [](int e) { return 0.5 - 0.0003 * e; }, [](int e) { return 0.5 - 0.0003 * e; });
        QCOMPARE(diagnoseNetworkRun(crawling, false, false).phase, NetworkPhase::TooSlow);

        const auto flat = history(
            300, [](int e) { return 0.3 + 0.2 * std::exp(-e / 10.0); },
            [](int e) { return 0.31 + 0.2 * std::exp(-e / 10.0); });
        QCOMPARE(diagnoseNetworkRun(flat, false, false).phase, NetworkPhase::Underfitting);
    }

    // Every diagnosis is a whole sentence of its own, in both languages.
    void wordsForEveryPhase()
    {
        loopwise::NetworkDiagnosis d;
        QCOMPARE(loopwise::networkDiagnosisText(d), QString());
        d.phase = NetworkPhase::Overfitting;
        d.bestTestEpoch = 50;
        d.bestTestLoss = 0.2;
        QVERIFY(loopwise::networkDiagnosisText(d).startsWith(
            QStringLiteral("The test loss was lowest at epoch 50 (0.200)")));
        d.phase = NetworkPhase::Oscillating;
        d.low = 0.5;
        d.high = 0.88;
        QCOMPARE(loopwise::networkDiagnosisText(d),
                 QStringLiteral("The loss swings between 0.500 and 0.880: the learning rate is too high, so each step "
                                "overshoots. Lower it."));

        QTranslator german;
        QVERIFY(german.load(QStringLiteral(":/i18n/loopwise_de.qm")));
        QCoreApplication::installTranslator(&german);
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::German));
        const auto restore = qScopeGuard([&] {
            QCoreApplication::removeTranslator(&german);
            QLocale::setDefault(before);
        });
        for (NetworkPhase phase :
             {NetworkPhase::Improving, NetworkPhase::Learned, NetworkPhase::Underfitting, NetworkPhase::Overfitting,
              NetworkPhase::TooSlow, NetworkPhase::Oscillating, NetworkPhase::Diverged}) {
            d.phase = phase;
            QLocale::setDefault(QLocale::c());
            QCoreApplication::removeTranslator(&german);
            const QString english = loopwise::networkDiagnosisText(d);
            QCoreApplication::installTranslator(&german);
            QLocale::setDefault(QLocale(QLocale::German));
            QVERIFY2(loopwise::networkDiagnosisText(d) != english, qPrintable(english));
        }
        d.phase = NetworkPhase::Oscillating;
        QVERIFY(loopwise::networkDiagnosisText(d).contains(QStringLiteral("0,500")));
    }

    // The run: at learning rate 3 the chart swings, and the lab says so.
    void rateThreeOscillates()
    {
        auto lab = readyLab();
        QVERIFY(lab->applyLink(QStringLiteral("lr=3")));
        lab->setSpeed(0); // one epoch per frame: a point per epoch on the chart
        lab->togglePlay();
        QVERIFY(QTest::qWaitFor([&] { return lab->epoch() >= 60; }, 20000));
        lab->togglePlay();
        QVERIFY(QTest::qWaitFor([&] { return !lab->running() && !lab->busy(); }, 5000));
        QVERIFY2(lab->diagnosis().startsWith(QStringLiteral("The loss swings between")), qPrintable(lab->diagnosis()));
        QVERIFY(!lab->summary().contains(QStringLiteral("steady")));
    }

    // Playground's default network on the circle learns it, and the lab says so.
    void defaultRunLearns()
    {
        auto lab = readyLab();
        lab->runEpochs(300);
        QVERIFY(QTest::qWaitFor([&] { return !lab->busy() && !lab->running() && lab->epoch() == 300; }, 20000));
        QCOMPARE(lab->diagnosis(),
                 QStringLiteral("The network has learned the data: its test points are predicted well."));
    }

    // The count follows the shape: Playground's 2-4-2-1 has 25, one more neuron in layer 1 adds
    // its 2 input weights, its bias and its weights to the 2 neurons of layer 2.
    void parameterCountFollowsTheShape()
    {
        auto lab = readyLab();
        QCOMPARE(lab->parameterCount(), 25);
        QCOMPARE(lab->parameterText(), QStringLiteral("25 parameters to learn (weights: 18, biases: 7)"));
        lab->addNeuron(0);
        QCOMPARE(lab->parameterCount(), 25 + 2 + 1 + 2);
        lab->toggleFeature(QStringLiteral("x1x2"));
        QCOMPARE(lab->parameterCount(), 30 + 5);
        lab->removeLayer();
        QCOMPARE(lab->layerSizes(), (QVariantList{3, 5, 1}));
        QCOMPARE(lab->parameterCount(), 3 * 5 + 5 + 5 * 1 + 1);
    }
};

QTEST_MAIN(NetworkDiagnosisTest)
#include "tst_networkdiagnosis.moc"
