#include "NetworkExplanations.h"

#include "NetworkLab.h"

#include <QHash>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace loopwise {

namespace {

QVariantMap choice(const QString &id, const QString &label)
{
    return {{QStringLiteral("id"), id}, {QStringLiteral("label"), label}};
}

int percent(double share)
{
    return static_cast<int>(std::lround(share * 100));
}

} // namespace

QString networkFigure(double value, int decimals)
{
    return QLocale().toString(value, 'f', decimals);
}

QVariantList networkDatasetChoices()
{
    const QHash<QString, QString> labels{
        //: a data set: points inside a circle against points around it
        {QStringLiteral("circle"), NetworkLab::tr("Circle")},
        //: a data set: the four quarters of the plane, opposite quarters of one class
        {QStringLiteral("xor"), NetworkLab::tr("Exclusive or")},
        {QStringLiteral("gauss"), NetworkLab::tr("Two clusters")},
        {QStringLiteral("spiral"), NetworkLab::tr("Spiral")},
        {QStringLiteral("moons"), NetworkLab::tr("Two moons")},
        {QStringLiteral("blobs3"), NetworkLab::tr("Three classes")},
        {QStringLiteral("blobs4"), NetworkLab::tr("Four classes")},
        {QStringLiteral("plane"), NetworkLab::tr("Plane (regression)")},
        //: a regression data set whose values rise and fall like hills
        {QStringLiteral("regress-gauss"), NetworkLab::tr("Hills (regression)")},
        {QStringLiteral("custom"), NetworkLab::tr("My own points")},
    };
    QVariantList list;
    for (const QString &name : networkDatasetNames()) {
        NetworkLabSettings probe;
        probe.dataset = name;
        QVariantMap entry = choice(name, labels.value(name));
        entry.insert(QStringLiteral("regression"), probe.isRegression());
        list.append(entry);
    }
    return list;
}

QVariantList networkActivationChoices()
{
    //: activation functions of a neural network's neurons
    return {choice(QStringLiteral("tanh"), NetworkLab::tr("Tanh")),
            choice(QStringLiteral("relu"), NetworkLab::tr("ReLU")),
            choice(QStringLiteral("leaky-relu"), NetworkLab::tr("Leaky ReLU")),
            choice(QStringLiteral("sigmoid"), NetworkLab::tr("Sigmoid")),
            choice(QStringLiteral("linear"), NetworkLab::tr("Linear"))};
}

QVariantList networkOptimizerChoices()
{
    //: optimizers: plain stochastic gradient descent, with momentum, and Adam
    return {choice(QStringLiteral("sgd"), NetworkLab::tr("Plain SGD")),
            choice(QStringLiteral("momentum"), NetworkLab::tr("Momentum")),
            choice(QStringLiteral("adam"), NetworkLab::tr("Adam"))};
}

QVariantList networkPredictionChoices()
{
    return {choice(QStringLiteral("learns"),
                   NetworkLab::tr("It will learn the data: at least 90 % of test points on the right side (regression: "
                                  "test loss at most 0.05).")),
            choice(QStringLiteral("struggles"), NetworkLab::tr("It will not manage that.")),
            choice(QStringLiteral("test-rises"),
                   NetworkLab::tr("The test loss will rise again while the training loss keeps falling.")),
            choice(QStringLiteral("diverges"), NetworkLab::tr("Training will blow up (diverge)."))};
}

QString networkSummary(const NetworkSnapshot &s, bool regression)
{
    if (s.stop == NetworkStop::Diverged)
        return NetworkLab::tr("Training diverged at epoch %1: the loss blew up. Lower the learning rate, then reset.")
            .arg(s.epoch);
    const QString loss = networkFigure(s.test.count > 0 ? s.test.loss : s.train.loss);
    if (s.epoch == 0)
        return NetworkLab::tr("Not trained yet. Test loss %1.").arg(loss);
    if (regression)
        //: %1 epoch, %2 test loss
        return NetworkLab::tr("Epoch %1, test loss %2.").arg(s.epoch).arg(loss);
    //: %1 epoch, %2 test loss, %3 percentage of test points the network classifies rightly
    return NetworkLab::tr("Epoch %1, test loss %2, %3 % of test points on the right side.")
        .arg(s.epoch)
        .arg(loss)
        .arg(percent(s.test.accuracy));
}

QString networkDiagnosisText(const NetworkDiagnosis &d)
{
    switch (d.phase) {
    case NetworkPhase::NotStarted:
        return {};
    case NetworkPhase::Improving:
        return NetworkLab::tr("The network is still learning: the loss keeps falling, so more epochs will help.");
    case NetworkPhase::Learned:
        return NetworkLab::tr("The network has learned the data: its test points are predicted well.");
    case NetworkPhase::Underfitting:
        return NetworkLab::tr("The loss has levelled off before the network learned the data: it underfits. Give it "
                              "more neurons, layers or inputs.");
    case NetworkPhase::Overfitting:
        //: %1 the epoch with the lowest test loss, %2 that loss
        return NetworkLab::tr("The test loss was lowest at epoch %1 (%2) and has risen since while the training loss "
                              "kept falling: the network overfits. "
                              "Stop earlier, add training data or use regularization.")
            .arg(d.bestTestEpoch)
            .arg(networkFigure(d.bestTestLoss));
    case NetworkPhase::TooSlow:
        return NetworkLab::tr("The loss falls, but slowly: the learning rate is too low. Raise it.");
    case NetworkPhase::Oscillating:
        //: %1 and %2 the lowest and highest loss of the last epochs
        return NetworkLab::
            tr("The loss swings between %1 and %2: the learning rate is too high, so each step overshoots. Lower it.")
                .arg(networkFigure(d.low), networkFigure(d.high));
    case NetworkPhase::Diverged:
        return NetworkLab::tr(
            "The learning rate is far too high: the steps overshot further and further until the loss blew up.");
    }
    return {};
}

QString networkStopMessage(NetworkStop stop, long epochLimit, double targetLoss)
{
    switch (stop) {
    case NetworkStop::EpochLimit:
        //: %1 the epoch limit the learner set
        return NetworkLab::tr("Stopped at the epoch limit (%1).").arg(epochLimit);
    case NetworkStop::TargetLoss:
        //: %1 the test loss the learner set as the target
        return NetworkLab::tr("Stopped: the test loss reached the target (%1).").arg(networkFigure(targetLoss));
    case NetworkStop::Diverged:
        return NetworkLab::tr("Training diverged: the loss blew up. Lower the learning rate, then reset.");
    case NetworkStop::RunFinished:
    case NetworkStop::None:
        break;
    }
    return {};
}

QString networkPredictionOutcome(const PredictionResult &r)
{
    if (r.diverged)
        return r.held ? NetworkLab::tr("Your prediction held: training diverged at epoch %1.").arg(r.epoch)
                      : NetworkLab::tr("Not what you predicted: training diverged at epoch %1.").arg(r.epoch);
    const QString loss = networkFigure(r.testLoss);
    const QString lowest = networkFigure(r.lowestTestLoss);
    if (r.regression && r.held)
        //: %1 epochs trained, %2 the test loss now, %3 the lowest test loss of the run
        return NetworkLab::tr("Your prediction held: after %1 epochs the test loss is %2 (lowest %3).")
            .arg(r.epoch)
            .arg(loss, lowest);
    if (r.regression)
        //: %1 epochs trained, %2 the test loss now, %3 the lowest test loss of the run
        return NetworkLab::tr("Not what you predicted: after %1 epochs the test loss is %2 (lowest %3).")
            .arg(r.epoch)
            .arg(loss, lowest);
    if (r.held)
        //: %1 epochs trained, %2 percentage of test points classified rightly, %3 the test loss now, %4 its lowest in
        //: the run
        return NetworkLab::tr("Your prediction held: after %1 epochs %2 % of test points are on the right side; test "
                              "loss %3 (lowest %4).")
            .arg(r.epoch)
            .arg(percent(r.testAccuracy))
            .arg(loss, lowest);
    //: %1 epochs trained, %2 percentage of test points classified rightly, %3 the test loss now, %4 its lowest in the
    //: run
    return NetworkLab::tr("Not what you predicted: after %1 epochs %2 % of test points are on the right side; test "
                          "loss %3 (lowest %4).")
        .arg(r.epoch)
        .arg(percent(r.testAccuracy))
        .arg(loss, lowest);
}

} // namespace loopwise
