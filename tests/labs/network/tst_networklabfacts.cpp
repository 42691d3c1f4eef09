// What the network lab states once, in C++, for QML to show: the limits of the network's
// shape, the feature table, the problem-type and loss-choice rules, numbers in the reader's
// format, and when a prediction may be made.
#include "NetworkLab.h"
#include "NetworkLabSettings.h"
#include "ReadyNetworkLab.h"

#include <QLocale>
#include <QScopeGuard>
#include <QTest>

#include <memory>

using loopwise::NetworkLab;
using loopwise::NetworkLabSettings;

namespace {

QStringList values(const QVariantList &choices, const char *key)
{
    QStringList list;
    for (const QVariant &choice : choices)
        list.append(choice.toMap().value(QString::fromLatin1(key)).toString());
    return list;
}

} // namespace

class NetworkLabFactsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The diagram's + buttons ask the lab: at most kMaxHiddenLayers layers of kMaxUnits.
    void limitsOfTheShape()
    {
        auto lab = readyLab();
        QVERIFY(lab->canAddLayer());
        while (lab->canAddLayer())
            lab->addLayer();
        QCOMPARE(static_cast<int>(lab->layers().size()), NetworkLabSettings::kMaxHiddenLayers);
        lab->addLayer(); // refused, by the same rule
        QCOMPARE(static_cast<int>(lab->layers().size()), NetworkLabSettings::kMaxHiddenLayers);

        QVERIFY(lab->canAddNeuron(0));
        QVERIFY(!lab->canAddNeuron(-1));
        QVERIFY(!lab->canAddNeuron(NetworkLabSettings::kMaxHiddenLayers));
        while (lab->canAddNeuron(0))
            lab->addNeuron(0);
        const QVariantMap first = lab->layers().constFirst().toMap();
        QCOMPARE(first.value(QStringLiteral("units")).toInt(), NetworkLabSettings::kMaxUnits);
        QCOMPARE(first.value(QStringLiteral("canAddNeuron")).toBool(), false);
        QCOMPARE(lab->layers().at(1).toMap().value(QStringLiteral("canAddNeuron")).toBool(), true);
    }

    // One table: the chooser offers its offered rows, links accept every row, the diagram
    // shows every row's label.
    void oneFeatureTable()
    {
        const auto &table = loopwise::networkFeatures();
        QCOMPARE(table.size(), size_t(9)); // every engine::Feature
        auto lab = readyLab();
        QCOMPARE(values(lab->featureChoices(), "id"),
                 (QStringList{"x1", "x2", "x1sq", "x2sq", "x1x2", "sinx1", "sinx2"}));
        QCOMPARE(values(lab->featureChoices(), "label").at(2), QStringLiteral("x₁²"));

        QVERIFY(lab->applyLink(QStringLiteral("features=x1,cosx2")));
        QCOMPARE(lab->features(), (QStringList{"x1", "cosx2"}));
        QCOMPARE(lab->featureLabels(), (QStringList{"x₁", "cos x₂"}));

        QVERIFY(!lab->applyLink(QStringLiteral("features=tanx1")));
        QStringList ids;
        for (const loopwise::NetworkFeature &row : table)
            ids.append(row.id);
        QVERIFY2(lab->message().contains(ids.join(QStringLiteral(", "))), qPrintable(lab->message()));
    }

    // The problem-type switch picks that type's first dataset; the loss is a choice for two
    // classes only.
    void problemTypeAndLossChoice()
    {
        auto lab = readyLab();
        QVERIFY(lab->lossChoiceShown());
        lab->setRegression(true);
        QCOMPARE(lab->dataset(), QStringLiteral("plane"));
        QVERIFY(lab->regression());
        QVERIFY(!lab->lossChoiceShown());
        QCOMPARE(lab->testAccuracyText(), QStringLiteral("—"));
        lab->setRegression(false);
        QCOMPARE(lab->dataset(), QStringLiteral("circle"));
        lab->setDataset(QStringLiteral("blobs3"));
        QVERIFY(!lab->lossChoiceShown());
        lab->setRegression(false); // already classification: the set stays
        QCOMPARE(lab->dataset(), QStringLiteral("blobs3"));
    }

    // Rates and percentages as the reader writes them.
    void numbersInTheReadersFormat()
    {
        const QLocale before;
        const auto restore = qScopeGuard([&] { QLocale::setDefault(before); });
        QLocale::setDefault(QLocale(QStringLiteral("de")));
        auto lab = readyLab();
        const QStringList rates = values(lab->learningRates(), "label");
        QCOMPARE(rates.first(), QStringLiteral("0,00001"));
        QVERIFY(rates.contains(QStringLiteral("0,003")));
        QCOMPARE(rates.last(), QStringLiteral("10"));
        QCOMPARE(lab->learningRates().at(3).toMap().value(QStringLiteral("id")).toDouble(), 0.003);
        QCOMPARE(values(lab->regularizationRates(), "label").first(), QStringLiteral("0"));
        QCOMPARE(NetworkLab::percentText(1500), QStringLiteral("1.500 %"));
        QCOMPARE(lab->testAccuracyText(), NetworkLab::percentText(qRound(lab->testAccuracy() * 100)));
    }

    // A prediction is made before training: not at epoch 0 once a run has started.
    void noPredictionWhileRunning()
    {
        auto lab = readyLab();
        QVERIFY(lab->canPredict());
        lab->setSpeed(0);
        int runningSnapshots = 0;
        int predictableWhileRunning = 0;
        connect(lab.get(), &NetworkLab::snapshotChanged, this, [&] {
            if (!lab->running())
                return;
            ++runningSnapshots;
            if (lab->canPredict())
                ++predictableWhileRunning;
        });
        lab->play();
        QVERIFY(QTest::qWaitFor([&] { return lab->running(); }, 5000));
        lab->setPrediction(QStringLiteral("learns"));
        QCOMPARE(lab->prediction(), QString());
        lab->pause();
        QVERIFY(QTest::qWaitFor([&] { return !lab->running(); }, 5000));
        QVERIFY(runningSnapshots > 0);
        QCOMPARE(predictableWhileRunning, 0);
    }
};

QTEST_MAIN(NetworkLabFactsTest)
#include "tst_networklabfacts.moc"
