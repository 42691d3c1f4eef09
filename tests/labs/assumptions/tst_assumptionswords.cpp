// The words of "Check the assumptions" pick the sentence the figures call for: given
// results are made up here, so each rule is tested on its own (AssumptionsExplanations).
#include "AssumptionsExplanations.h"

#include <QTest>

using namespace loopwise;
namespace assumptions = engine::assumptions;
namespace text = engine::text;

namespace {

assumptions::ShortcutResult shortcutResult(double validation, double production, int styleWeights)
{
    assumptions::ShortcutResult r;
    r.trainingAccuracy = 0.95;
    r.validationAccuracy = validation;
    r.productionAccuracy = production;
    r.production = {10, 30, 5, 55};
    for (int i = 0; i < 12; ++i)
        r.largestWeights.push_back({std::string(1, static_cast<char>('a' + i)),
                                    i < styleWeights ? text::FeatureGroup::Style : text::FeatureGroup::Content, 1.0});
    return r;
}

assumptions::ValidationResult validationResult(double validation, double production, double chance)
{
    assumptions::ValidationResult r;
    r.validationAccuracy = validation;
    r.productionAccuracy = production;
    r.chance = chance;
    return r;
}

assumptions::CostResult costResult()
{
    assumptions::CostResult r;
    r.test.threshold = 0.12;
    r.test.confusion = {70, 10, 90, 830};
    r.test.accuracy = 0.9;
    r.test.costPerTicket = 0.29;
    r.allNormal.confusion = {0, 80, 0, 920};
    r.allNormal.accuracy = 0.92;
    r.allNormal.costPerTicket = 1.6;
    r.chosen = r.test;
    r.costImpliedThreshold = 1.0 / 21.0;
    return r;
}

} // namespace

class AssumptionsWordsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shortcutExplanationFollowsTheFigures_data()
    {
        QTest::addColumn<QString>("split");
        QTest::addColumn<bool>("style");
        QTest::addColumn<bool>("leak");
        QTest::addColumn<double>("validation");
        QTest::addColumn<double>("production");
        QTest::addColumn<int>("styleWeights");
        QTest::addColumn<QString>("starts");
        QTest::newRow("leak") << "random" << false << true << 0.95 << 0.70 << 0
                              << "With the fields known only after the fact, validation reached 95 %.";
        QTest::newRow("shortcut") << "random" << true << false << 0.93 << 0.68 << 11
                                  << "Validation said 93 %, production gave 68 %: a fall of 25.0 points after the "
                                     "staffing change. 11 of the 12 largest weights are style";
        QTest::newRow("time split honest")
            << "time" << true << false << 0.60 << 0.62 << 11
            << "Split by time (the newest tickets), validation gave 60 %, within 2.0 points of production (62 %).";
        QTest::newRow("no style") << "random" << false << false << 0.82 << 0.81 << 0
                                  << "Without the style features the model has to read what a ticket says: validation "
                                     "82 % and production 81 %";
        QTest::newRow("content drop") << "writer" << true << false << 0.78 << 0.71 << 3
                                      << "Validation said 78 % and production gave 71 %, 7.0 points less";
        QTest::newRow("fair") << "random" << true << false << 0.80 << 0.79 << 3
                              << "Validation gave 80 % and production 79 %: here the validation was a fair guide.";
    }
    void shortcutExplanationFollowsTheFigures()
    {
        QFETCH(QString, split);
        QFETCH(bool, style);
        QFETCH(bool, leak);
        QFETCH(double, validation);
        QFETCH(double, production);
        QFETCH(int, styleWeights);
        QFETCH(QString, starts);
        assumptions::ShortcutConfig config;
        config.split = *assumptions::splitFromName(split.toStdString());
        config.features.style = style;
        config.features.afterTheFact = leak;
        const QString said = shortcutExplanation(config, shortcutResult(validation, production, styleWeights));
        QVERIFY2(said.startsWith(starts), qPrintable(said));
    }

    void shortcutPredictionAndQuestion()
    {
        QCOMPARE(shortcutOutcome(shortcutResult(0.93, 0.68, 11)), QStringLiteral("falls"));
        QCOMPARE(shortcutOutcome(shortcutResult(0.60, 0.62, 0)), QStringLiteral("holds"));
        QCOMPARE(shortcutOutcome(shortcutResult(0.60, 0.70, 0)), QStringLiteral("rises"));
        assumptions::ShortcutConfig config;
        config.features.style = false;
        const QVariantMap agreed = shortcutQuestion(config, shortcutResult(0.82, 0.81, 0));
        QCOMPARE(agreed.value(QStringLiteral("text")).toString(),
                 QStringLiteral("Validation (82 %) and production (81 %) agreed in your run. Why?"));
        QCOMPARE(agreed.value(QStringLiteral("right")).toInt(), 1); // the style was gone, the split random
        QCOMPARE(agreed.value(QStringLiteral("feedback")).toStringList().size(), 3);
    }

    void validationExplanationFollowsTheFigures_data()
    {
        QTest::addColumn<int>("method");
        QTest::addColumn<double>("validation");
        QTest::addColumn<double>("production");
        QTest::addColumn<QString>("starts");
        QTest::newRow("training data")
            << int(assumptions::ValidationMethod::TrainingData) << 1.0 << 0.58
            << "Scored on the rows it learned from, the model reports 100 %; on fresh cases it gets 58 %.";
        QTest::newRow("copies") << int(assumptions::ValidationMethod::SharedNearDuplicates) << 0.9 << 0.58
                                << "Near-copies of the same cases sit on both sides of the split";
        QTest::newRow("selection") << int(assumptions::ValidationMethod::SelectionBeforeSplit) << 0.73 << 0.49
                                   << "The features were chosen on all the rows before cross-validation";
        QTest::newRow("honest") << int(assumptions::ValidationMethod::HeldOut) << 0.60 << 0.58
                                << "Validation gave 60 %, within 2.0 points of the 58 % on fresh cases";
        QTest::newRow("noise, honest") << int(assumptions::ValidationMethod::CorrectPipeline) << 0.49 << 0.50
                                       << "Validation gave 49 % and fresh cases 50 %, both close to chance (51 %)";
        QTest::newRow("held out, unlucky") << int(assumptions::ValidationMethod::HeldOut) << 0.70 << 0.58
                                           << "Validation gave 70 % against 58 % on fresh cases, 12.0 points more.";
    }
    void validationExplanationFollowsTheFigures()
    {
        QFETCH(int, method);
        QFETCH(double, validation);
        QFETCH(double, production);
        QFETCH(QString, starts);
        const QString said = validationExplanation(static_cast<assumptions::ValidationMethod>(method),
                                                   validationResult(validation, production, 0.51));
        QVERIFY2(said.startsWith(starts), qPrintable(said));
        QCOMPARE(validationOutcome(validationResult(validation, production, 0.51)),
                 validation - production > 0.05 ? QStringLiteral("flatters") : QStringLiteral("honest"));
    }

    void validationComparisonNamesTheFlatterers()
    {
        const QString said = validationComparison(
            {assumptions::ValidationMethod::TrainingData, assumptions::ValidationMethod::HeldOut},
            {validationResult(1.0, 0.58, 0.5), validationResult(0.6, 0.58, 0.5)});
        QCOMPARE(said,
                 QStringLiteral(
                     "1 of the five validations scored more than 5 points above production: On the training data. "
                     "They were not kept apart from training. The others stayed close to production."));
    }

    void costExplanationFollowsTheRepair()
    {
        assumptions::CostConfig config;
        config.repair = assumptions::CostRepair::None;
        QVERIFY(costExplanation(config, costResult())
                    .startsWith(
                        QStringLiteral("At the usual threshold of 0.5 the model is 90 % accurate, only 2.0 points "
                                       "above calling every ticket normal, yet it misses 10 of 80 urgent tickets.")));
        config.repair = assumptions::CostRepair::ClassWeights;
        QVERIFY(costExplanation(config, costResult())
                    .startsWith(QStringLiteral("Counting each urgent ticket 20 times in the loss")));
        config.repair = assumptions::CostRepair::CostThreshold;
        QVERIFY(costExplanation(config, costResult())
                    .startsWith(QStringLiteral("The threshold of least cost on the held-out tickets is 0.12 (for "
                                               "well-calibrated probabilities the costs imply 0.05).")));
        QCOMPARE(costOutcome(costResult()), QStringLiteral("cheap"));
        QCOMPARE(
            costQuestion(config, costResult()).value(QStringLiteral("feedback")).toStringList().first(),
            QStringLiteral("Right: a miss costs 20 times a false alarm here, and only the cost weighs them that way."));
    }

    void chartsAreDescribed()
    {
        QCOMPARE(confusionDescription({10, 30, 5, 55}),
                 QStringLiteral("Confusion matrix: 10 urgent tickets flagged, 30 urgent tickets missed, 5 false "
                                "alarms, 55 normal tickets left alone."));
        QCOMPARE(
            accuracyBarsDescription(shortcutResult(0.93, 0.68, 11)),
            QStringLiteral(
                "Bar chart of accuracy: training 95 %, validation 93 %, production after the staffing change 68 %."));
        QCOMPARE(
            importanceDescription({{text::FeatureGroup::Style, 40, 0.26}, {text::FeatureGroup::Content, 300, 0.04}}),
            QStringLiteral("Bar chart of the accuracy lost when each feature group is shuffled: style 26.0 points; "
                           "content 4.0 points."));
        QCOMPARE(weightsDescription({{"mo", text::FeatureGroup::Style, 2.5}}),
                 QStringLiteral("The largest weights, largest first (positive means urgent): mo (style, 2.50)."));
    }
};

QTEST_MAIN(AssumptionsWordsTest)
#include "tst_assumptionswords.moc"
