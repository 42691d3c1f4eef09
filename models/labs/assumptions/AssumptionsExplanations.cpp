#include "AssumptionsExplanations.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace loopwise {

namespace assumptions = engine::assumptions;
namespace text = engine::text;

namespace {

struct Words
{
    Q_DECLARE_TR_FUNCTIONS(loopwise::AssumptionsExplanations)
};

// A gap between two accuracies in percentage points, e.g. "24.3".
QString pointsText(double a, double b)
{
    return QLocale().toString(std::abs(a - b) * 100, 'f', 1);
}

QString count(int n)
{
    return QLocale().toString(n);
}

int styleWeights(const std::vector<text::NamedWeight> &weights)
{
    return static_cast<int>(std::count_if(weights.begin(), weights.end(), [](const text::NamedWeight &w) {
        return w.group == text::FeatureGroup::Style;
    }));
}

} // namespace

// --- names --------------------------------------------------------------------------------

QString experimentTitle(AssumptionsExperiment experiment)
{
    switch (experiment) {
    case AssumptionsExperiment::Shortcut:
        return Words::tr("Urgent tickets: shortcuts and leakage");
    case AssumptionsExperiment::Validation:
        return Words::tr("Validation is separate");
    case AssumptionsExperiment::Cost:
        return Words::tr("Loss matches the decision");
    }
    return {};
}

QString experimentFraming(AssumptionsExperiment experiment)
{
    switch (experiment) {
    case AssumptionsExperiment::Shortcut:
        return Words::tr(
            "A help desk wants a model that flags urgent tickets. For the first three months nearly every urgent "
            "ticket was logged by the three agents of the night desk, each with a way of writing you could spot "
            "at a glance. Then the rota changed. Train a model on that history, check it the way most people "
            "would, and find out what it really learned; then try to catch the problem before production does.");
    case AssumptionsExperiment::Validation:
        return Words::tr(
            "A validation score is worth something only if the validation data played no part in training. "
            "Here a small, noisy set is validated in five ways, and each score stands beside the same model on "
            "fresh cases. Turn the signal down to zero and see which validations still claim that the model "
            "has learned something.");
    case AssumptionsExperiment::Cost:
        return Words::tr(
            "Few tickets are urgent, and missing one costs far more than a needless alarm. A model trained with "
            "the usual loss and the usual threshold can look accurate and still be expensive. Set the costs "
            "yourself, train, then repair the decision: weigh the classes in the loss, or keep the "
            "probabilities and choose the threshold by cost.");
    }
    return {};
}

QString percentText(double share)
{
    //: a share in percent, e.g. "93 %"
    return Words::tr("%1 %").arg(QLocale().toString(share * 100, 'f', 0));
}

QString costText(double cost)
{
    return QLocale().toString(cost, 'f', 2);
}

QString splitLabel(assumptions::SplitKind split)
{
    switch (split) {
    //: how the ticket history is split for validation
    case assumptions::SplitKind::Random:
        return Words::tr("at random");
    case assumptions::SplitKind::Time:
        return Words::tr("by time (the newest tickets)");
    case assumptions::SplitKind::Writer:
        return Words::tr("by writer (agents the model never saw)");
    }
    return {};
}

QString methodLabel(assumptions::ValidationMethod method)
{
    switch (method) {
    case assumptions::ValidationMethod::TrainingData:
        return Words::tr("On the training data");
    case assumptions::ValidationMethod::HeldOut:
        return Words::tr("Held-out cases");
    case assumptions::ValidationMethod::SharedNearDuplicates:
        return Words::tr("Held-out rows, near-copies on both sides");
    case assumptions::ValidationMethod::SelectionBeforeSplit:
        return Words::tr("Features chosen on all data, then cross-validated");
    case assumptions::ValidationMethod::CorrectPipeline:
        return Words::tr("Cross-validated, features chosen inside each fold");
    }
    return {};
}

QString repairLabel(assumptions::CostRepair repair)
{
    switch (repair) {
    case assumptions::CostRepair::None:
        return Words::tr("None (plain loss, threshold 0.5)");
    case assumptions::CostRepair::ClassWeights:
        return Words::tr("Class weights in the loss");
    case assumptions::CostRepair::CostThreshold:
        return Words::tr("Threshold chosen by cost");
    }
    return {};
}

QString groupLabel(text::FeatureGroup group)
{
    switch (group) {
    //: a group of the model's features: the words of the problem
    case text::FeatureGroup::Content:
        return Words::tr("content");
    //: a group of the model's features: greetings, sign-offs, names, formatting
    case text::FeatureGroup::Style:
        return Words::tr("style");
    //: a group of the model's features: area, plan, channel
    case text::FeatureGroup::Metadata:
        return Words::tr("metadata");
    //: a group of the model's features: known only after the ticket was handled
    case text::FeatureGroup::AfterTheFact:
        return Words::tr("after the fact");
    }
    return {};
}

// --- what happened -------------------------------------------------------------------------

QString shortcutExplanation(const assumptions::ShortcutConfig &config, const assumptions::ShortcutResult &r)
{
    const double v = r.validationAccuracy;
    const double p = r.productionAccuracy;
    const int urgent = r.production.truePositives + r.production.falseNegatives;
    if (config.features.afterTheFact && v - p > 0.1)
        //: %1 validation accuracy, %2 production accuracy, %3 urgent tickets caught, %4 urgent tickets in all
        return Words::
            tr("With the fields known only after the fact, validation reached %1. In production those fields are "
               "still empty when a ticket arrives: accuracy fell to %2 and the model caught %3 of %4 urgent tickets. "
               "The outcome leaked into training through a field nobody knows at decision time.")
                .arg(percentText(v), percentText(p), count(r.production.truePositives), count(urgent));
    if (v - p > 0.1 && styleWeights(r.largestWeights) * 2 > static_cast<int>(r.largestWeights.size()))
        //: %1 validation accuracy, %2 production accuracy, %3 the fall in percentage points, %4 style features among
        //: the largest weights, %5 the largest weights shown
        return Words::
            tr("Validation said %1, production gave %2: a fall of %3 points after the staffing change. %4 of the "
               "%5 largest weights are style (the agents' names, sign-offs, formatting): the model learned who "
               "wrote a ticket, not what it says. Validation tickets drawn from the same months share that shortcut, "
               "so they could not show it.")
                .arg(percentText(v), percentText(p), pointsText(v, p), count(styleWeights(r.largestWeights)),
                     count(static_cast<int>(r.largestWeights.size())));
    if (std::abs(v - p) <= 0.05 && config.split != assumptions::SplitKind::Random)
        //: %1 how the history was split, %2 validation accuracy, %3 the difference in points, %4 production accuracy
        return Words::tr(
                   "Split %1, validation gave %2, within %3 points of production (%4). Tickets the model could not "
                   "have seen in training stand in for production, so the validation shows the problem before "
                   "production does. It looks worse than a random split, and that is the point: it is honest.")
            .arg(splitLabel(config.split), percentText(v), pointsText(v, p), percentText(p));
    if (std::abs(v - p) <= 0.05 && !config.features.style)
        //: %1 validation accuracy, %2 production accuracy, %3 the difference in points
        return Words::tr(
                   "Without the style features the model has to read what a ticket says: validation %1 and production "
                   "%2 are within %3 points. Less brilliant on paper, and just as good after the change.")
            .arg(percentText(v), percentText(p), pointsText(v, p));
    if (v - p > 0.05)
        //: %1 validation accuracy, %2 production accuracy, %3 the difference in points
        return Words::tr(
                   "Validation said %1 and production gave %2, %3 points less: this validation promised more than the "
                   "model delivers after the change.")
            .arg(percentText(v), percentText(p), pointsText(v, p));
    //: %1 validation accuracy, %2 production accuracy
    return Words::tr("Validation gave %1 and production %2: here the validation was a fair guide.")
        .arg(percentText(v), percentText(p));
}

QString validationExplanation(assumptions::ValidationMethod method, const assumptions::ValidationResult &r)
{
    const double v = r.validationAccuracy;
    const double p = r.productionAccuracy;
    if (v - p <= 0.05) {
        if (std::abs(p - r.chance) <= 0.05)
            //: %1 validation accuracy, %2 production accuracy, %3 chance
            return Words::tr(
                       "Validation gave %1 and fresh cases %2, both close to chance (%3): this validation admits that "
                       "the model has found nothing to learn.")
                .arg(percentText(v), percentText(p), percentText(r.chance));
        //: %1 validation accuracy, %2 the difference in points, %3 production accuracy
        return Words::tr(
                   "Validation gave %1, within %2 points of the %3 on fresh cases: kept apart from training, it is an "
                   "honest estimate.")
            .arg(percentText(v), pointsText(v, p), percentText(p));
    }
    switch (method) {
    case assumptions::ValidationMethod::TrainingData:
        //: %1 validation accuracy, %2 production accuracy
        return Words::tr(
                   "Scored on the rows it learned from, the model reports %1; on fresh cases it gets %2. Training data "
                   "cannot tell memorising from learning.")
            .arg(percentText(v), percentText(p));
    case assumptions::ValidationMethod::SharedNearDuplicates:
        //: %1 validation accuracy, %2 production accuracy
        return Words::tr(
                   "Near-copies of the same cases sit on both sides of the split: validation reports %1, fresh cases "
                   "give %2. The model recognises copies it has already seen.")
            .arg(percentText(v), percentText(p));
    case assumptions::ValidationMethod::SelectionBeforeSplit:
        //: %1 validation accuracy, %2 production accuracy, %3 chance
        return Words::tr(
                   "The features were chosen on all the rows before cross-validation, so the validation rows helped "
                   "choose them: validation reports %1, fresh cases give %2, and chance is %3. Choose features inside "
                   "each fold, as the correct pipeline does.")
            .arg(percentText(v), percentText(p), percentText(r.chance));
    case assumptions::ValidationMethod::HeldOut:
    case assumptions::ValidationMethod::CorrectPipeline:
        break;
    }
    //: %1 validation accuracy, %2 production accuracy, %3 the difference in points
    return Words::tr(
               "Validation gave %1 against %2 on fresh cases, %3 points more. This validation is separate, but with "
               "few cases its score varies from sample to sample: try more cases or another seed.")
        .arg(percentText(v), percentText(p), pointsText(v, p));
}

QString validationComparison(const std::vector<assumptions::ValidationMethod> &methods,
                             const std::vector<assumptions::ValidationResult> &results)
{
    QStringList flattering;
    for (size_t i = 0; i < results.size(); ++i)
        if (results[i].validationAccuracy - results[i].productionAccuracy > 0.05)
            flattering.append(methodLabel(methods[i]));
    if (flattering.isEmpty())
        return Words::tr(
            "All five validations stayed within 5 points of production this time: the data leaves little to "
            "memorise. Add near-copies or noise features, or turn the signal down, and compare again.");
    //: %n how many validations flattered, %1 their names as a list
    return Words::tr(
               "%n of the five validations scored more than 5 points above production: %1. They were not kept apart "
               "from training. The others stayed close to production.",
               nullptr, static_cast<int>(flattering.size()))
        .arg(flattering.join(QStringLiteral("; ")));
}

QString costExplanation(const assumptions::CostConfig &config, const assumptions::CostResult &r)
{
    const text::Confusion &c = r.test.confusion;
    const int urgent = c.truePositives + c.falseNegatives;
    switch (config.repair) {
    case assumptions::CostRepair::None:
        //: %1 accuracy, %2 points above the all-normal baseline, %3 urgent tickets missed, %4 urgent tickets in all,
        //: %5 cost of a miss, %6 cost of a false alarm, %7 cost per ticket, %8 the all-normal cost per ticket
        return Words::tr(
                   "At the usual threshold of 0.5 the model is %1 accurate, only %2 points above calling every ticket "
                   "normal, yet it misses %3 of %4 urgent tickets. With a miss costing %5 and a false alarm %6, that "
                   "is %7 per ticket, against %8 for calling every ticket normal.")
            .arg(percentText(r.test.accuracy), pointsText(r.test.accuracy, r.allNormal.accuracy),
                 count(c.falseNegatives), count(urgent), QLocale().toString(config.missCost),
                 QLocale().toString(config.falseAlarmCost), costText(r.test.costPerTicket),
                 costText(r.allNormal.costPerTicket));
    case assumptions::CostRepair::ClassWeights:
        //: %1 the weight of an urgent ticket, %2 urgent tickets missed, %3 urgent tickets in all, %4 cost per ticket,
        //: %5 the all-normal cost per ticket, %6 accuracy
        return Words::
            tr("Counting each urgent ticket %1 times in the loss pushed its probabilities up: at 0.5 the model "
               "misses %2 of %3 urgent tickets and costs %4 per ticket, against %5 for calling every ticket normal. "
               "Accuracy is %6: more false alarms, and far fewer expensive misses.")
                .arg(QLocale().toString(config.missCost / config.falseAlarmCost), count(c.falseNegatives),
                     count(urgent), costText(r.test.costPerTicket), costText(r.allNormal.costPerTicket),
                     percentText(r.test.accuracy));
    case assumptions::CostRepair::CostThreshold:
        //: %1 the chosen threshold, %2 the threshold the costs imply, %3 urgent tickets missed, %4 urgent tickets in
        //: all, %5 cost per ticket, %6 the all-normal cost per ticket, %7 accuracy
        return Words::
            tr("The threshold of least cost on the held-out tickets is %1 (for well-calibrated probabilities the "
               "costs imply %2). On the test tickets the model then misses %3 of %4 urgent tickets and costs %5 per "
               "ticket, against %6 for calling every ticket normal; accuracy is %7. The loss stayed a proper loss "
               "for probabilities, and the costs decided only the threshold.")
                .arg(QLocale().toString(r.chosen.threshold, 'f', 2), QLocale().toString(r.costImpliedThreshold, 'f', 2),
                     count(c.falseNegatives), count(urgent), costText(r.test.costPerTicket),
                     costText(r.allNormal.costPerTicket), percentText(r.test.accuracy));
    }
    return {};
}

// --- for screen readers ----------------------------------------------------------------------

QString accuracyBarsDescription(const assumptions::ShortcutResult &r)
{
    //: %1 training, %2 validation, %3 production accuracy
    return Words::tr("Bar chart of accuracy: training %1, validation %2, production after the staffing change %3.")
        .arg(percentText(r.trainingAccuracy), percentText(r.validationAccuracy), percentText(r.productionAccuracy));
}

QString weightsDescription(const std::vector<text::NamedWeight> &weights)
{
    QStringList items;
    for (const text::NamedWeight &w : weights)
        //: one weight in a list: %1 the feature, %2 its group, %3 the weight
        items.append(
            Words::tr("%1 (%2, %3)")
                .arg(QString::fromStdString(w.name), groupLabel(w.group), QLocale().toString(w.weight, 'f', 2)));
    //: %1 the weights as a list; a positive weight pushes towards urgent
    return Words::tr("The largest weights, largest first (positive means urgent): %1.")
        .arg(items.join(QStringLiteral("; ")));
}

QString importanceDescription(const std::vector<text::GroupImportance> &importance)
{
    QStringList items;
    for (const text::GroupImportance &g : importance)
        //: one group in a list: %1 the group, %2 percentage points of accuracy lost
        items.append(
            Words::tr("%1 %2 points").arg(groupLabel(g.group), QLocale().toString(g.accuracyDrop * 100, 'f', 1)));
    //: %1 the groups as a list
    return Words::tr("Bar chart of the accuracy lost when each feature group is shuffled: %1.")
        .arg(items.join(QStringLiteral("; ")));
}

QString confusionDescription(const text::Confusion &c)
{
    //: %1 urgent flagged, %2 urgent missed, %3 false alarms, %4 normal left alone
    return Words::tr(
               "Confusion matrix: %1 urgent tickets flagged, %2 urgent tickets missed, %3 false alarms, %4 normal "
               "tickets left alone.")
        .arg(count(c.truePositives), count(c.falseNegatives), count(c.falsePositives), count(c.trueNegatives));
}

QString validationChartDescription(const std::vector<assumptions::ValidationMethod> &methods,
                                   const std::vector<assumptions::ValidationResult> &results)
{
    QStringList items;
    for (size_t i = 0; i < results.size(); ++i)
        //: one method in a list: %1 the method, %2 validation accuracy, %3 production accuracy
        items.append(Words::tr("%1: validation %2, production %3")
                         .arg(methodLabel(methods[i]), percentText(results[i].validationAccuracy),
                              percentText(results[i].productionAccuracy)));
    //: %1 the methods as a list, %2 chance
    return Words::tr("Bar chart of validation beside production accuracy: %1. Chance is %2.")
        .arg(items.join(QStringLiteral("; ")), results.empty() ? QString() : percentText(results.front().chance));
}

QString costCurveDescription(const assumptions::CostResult &r, double threshold)
{
    if (r.curve.empty())
        return {};
    const auto least = std::min_element(r.curve.begin(), r.curve.end(),
                                        [](const auto &a, const auto &b) { return a.costPerTicket < b.costPerTicket; });
    const auto at = std::min_element(r.curve.begin(), r.curve.end(), [threshold](const auto &a, const auto &b) {
        return std::abs(a.threshold - threshold) < std::abs(b.threshold - threshold);
    });
    const auto th = [](double t) { return QLocale().toString(t, 'f', 2); };
    //: %1 cost at the lowest threshold %2, %3 cost at the highest threshold %4, %5 the least cost at threshold %6,
    //: %7 the threshold shown, %8 its cost
    return Words::tr(
               "Line chart of the cost per ticket against the threshold on the held-out tickets: %1 at threshold %2, "
               "%3 at %4; the least, %5, at %6. The point shown: threshold %7, cost %8.")
        .arg(costText(r.curve.front().costPerTicket), th(r.curve.front().threshold),
             costText(r.curve.back().costPerTicket), th(r.curve.back().threshold), costText(least->costPerTicket),
             th(least->threshold), th(at->threshold), costText(at->costPerTicket));
}

} // namespace loopwise
