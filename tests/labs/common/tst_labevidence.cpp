// What each lab hands over as evidence for the decision note: nothing before a run; after
// one, its title, its settings and its figures as whole lines that match what the lab shows.

#include "Figures.h"
#include "LearningLab.h"
#include "NetworkExplanations.h"
#include "NetworkLab.h"

#include <QTest>

#include <cmath>
#include <memory>

using namespace loopwise;

namespace {

template<typename Lab>
std::unique_ptr<Lab> trainedLab(int epochs, const QString &query = {})
{
    auto lab = std::make_unique<Lab>();
    if (!query.isEmpty() && !lab->applyLink(query))
        qWarning("the link was refused: %s", qPrintable(lab->message()));
    if (!QTest::qWaitFor([&] { return !lab->busy(); }, 5000))
        qWarning("the first snapshot did not arrive");
    if (epochs > 0) {
        lab->runEpochs(epochs);
        if (!QTest::qWaitFor([&] { return !lab->busy() && !lab->running() && lab->epoch() == epochs; }, 60000))
            qWarning("the run did not end");
    }
    return lab;
}

QStringList lines(const QVariantMap &evidence, const char *key)
{
    return evidence.value(QString::fromLatin1(key)).toStringList();
}

} // namespace

class LabEvidenceTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noRunNoEvidence()
    {
        QVERIFY(trainedLab<NetworkLab>(0)->evidence().isEmpty());
        QVERIFY(trainedLab<LearningLab>(0)->evidence().isEmpty());
    }

    void networkRun()
    {
        const auto lab = trainedLab<NetworkLab>(12, QStringLiteral("dataset=xor&hidden=4,2&lr=0.03"));
        const QVariantMap evidence = lab->evidence();
        QCOMPARE(evidence.value(QStringLiteral("title")).toString(), QStringLiteral("Build a neural network"));
        const QStringList settings = lines(evidence, "settings");
        QVERIFY2(settings.contains(QStringLiteral("Learning rate: 0.03")), qPrintable(settings.join(u'|')));
        QVERIFY2(settings.contains(QStringLiteral("Hidden layers: 4 neurons (Tanh), 2 neurons (Tanh)")),
                 qPrintable(settings.join(u'|')));
        QVERIFY(settings.constFirst().startsWith(QStringLiteral("Data set: ")));
        const QStringList figures = lines(evidence, "figures");
        QCOMPARE(figures.at(0), QStringLiteral("Epochs: 12"));
        QCOMPARE(figures.at(1), QStringLiteral("Test loss: %1").arg(networkFigure(lab->testLoss())));
        QCOMPARE(figures.at(2), QStringLiteral("Training loss: %1").arg(networkFigure(lab->trainLoss())));
        QCOMPARE(figures.at(3), QStringLiteral("Test accuracy: %1 %").arg(std::lround(lab->testAccuracy() * 100)));
    }

    void learningRun()
    {
        const auto lab = trainedLab<LearningLab>(20);
        const QVariantMap evidence = lab->evidence();
        QCOMPARE(evidence.value(QStringLiteral("title")).toString(), QStringLiteral("See how models learn"));
        const QStringList settings = lines(evidence, "settings");
        QVERIFY(settings.constFirst().startsWith(QStringLiteral("Model: ")));
        QVERIFY2(settings.contains(QStringLiteral("Learning rate: %1").arg(lab->learningRateText())),
                 qPrintable(settings.join(u'|')));
        QVERIFY(settings.contains(QStringLiteral("Points: %1").arg(lab->points())));
        const QStringList figures = lines(evidence, "figures");
        QCOMPARE(figures.constFirst(), QStringLiteral("Epochs: 20"));
        const QVariantMap validation = lab->figures().at(1).toMap();
        QVERIFY2(figures.contains(QStringLiteral("Validation loss: %1 (baseline: %2)")
                                      .arg(validation.value(QStringLiteral("model")).toString(),
                                           validation.value(QStringLiteral("baseline")).toString())),
                 qPrintable(figures.join(u'|')));
        QCOMPARE(figures.constLast(), QStringLiteral("Outcome: %1").arg(lab->statusTitle()));
    }
};

QTEST_MAIN(LabEvidenceTest)
#include "tst_labevidence.moc"
