// Predict-then-run statements and the check-yourself question of each experiment (declared
// in AssumptionsExplanations.h).
#include "AssumptionsExplanations.h"

#include <QCoreApplication>
#include <QLocale>

#include <array>
#include <cmath>

namespace loopwise {

namespace assumptions = engine::assumptions;

namespace {

struct Words
{
    Q_DECLARE_TR_FUNCTIONS(loopwise::AssumptionsQuestions)
};

struct Statement
{
    const char *id;
    const char *label;
};

constexpr std::array<Statement, 3> kShortcutPredictions{{
    {"holds",
     QT_TRANSLATE_NOOP("loopwise::AssumptionsQuestions",
                       "Production will be about as good as validation (within 5 points).")},
    {"falls", QT_TRANSLATE_NOOP("loopwise::AssumptionsQuestions", "Production will be well below validation.")},
    {"rises", QT_TRANSLATE_NOOP("loopwise::AssumptionsQuestions", "Production will be well above validation.")},
}};
constexpr std::array<Statement, 3> kValidationPredictions{{
    {"honest",
     QT_TRANSLATE_NOOP("loopwise::AssumptionsQuestions", "Validation will be within 5 points of production.")},
    {"flatters",
     QT_TRANSLATE_NOOP("loopwise::AssumptionsQuestions",
                       "Validation will be well above production: it flatters the model.")},
    {"gloomy", QT_TRANSLATE_NOOP("loopwise::AssumptionsQuestions", "Validation will be well below production.")},
}};
constexpr std::array<Statement, 2> kCostPredictions{{
    {"cheap",
     QT_TRANSLATE_NOOP("loopwise::AssumptionsQuestions",
                       "The cost per ticket will be at most half of what calling every ticket normal costs.")},
    {"costly",
     QT_TRANSLATE_NOOP("loopwise::AssumptionsQuestions",
                       "The cost per ticket will stay above half of what calling every ticket normal costs.")},
}};

template<size_t N>
QVariantList choicesOf(const std::array<Statement, N> &statements)
{
    QVariantList list;
    for (const Statement &s : statements)
        list.append(QVariantMap{
            {QStringLiteral("id"), QString::fromLatin1(s.id)},
            {QStringLiteral("label"), QCoreApplication::translate("loopwise::AssumptionsQuestions", s.label)}});
    return list;
}

// above / level / below: how `a` stands to `b`, with 5 points of leeway.
QString compared(double a, double b, const char *above, const char *level, const char *below)
{
    if (a - b > 0.05)
        return QString::fromLatin1(above);
    if (b - a > 0.05)
        return QString::fromLatin1(below);
    return QString::fromLatin1(level);
}

QVariantMap question(const QString &text, const QStringList &choices, int right, const QStringList &feedback)
{
    QVariantList list;
    for (qsizetype i = 0; i < choices.size(); ++i)
        list.append(QVariantMap{{QStringLiteral("id"), QString::number(i)}, {QStringLiteral("label"), choices[i]}});
    return {{QStringLiteral("text"), text},
            {QStringLiteral("choices"), list},
            {QStringLiteral("right"), right},
            {QStringLiteral("feedback"), feedback}};
}

} // namespace

QVariantList experimentPredictionChoices(AssumptionsExperiment experiment)
{
    switch (experiment) {
    case AssumptionsExperiment::Shortcut:
        return choicesOf(kShortcutPredictions);
    case AssumptionsExperiment::Validation:
        return choicesOf(kValidationPredictions);
    case AssumptionsExperiment::Cost:
        return choicesOf(kCostPredictions);
    }
    return {};
}

QString predictionLabel(AssumptionsExperiment experiment, const QString &id)
{
    for (const QVariant &choice : experimentPredictionChoices(experiment))
        if (choice.toMap().value(QStringLiteral("id")).toString() == id)
            return choice.toMap().value(QStringLiteral("label")).toString();
    return {};
}

QString shortcutOutcome(const assumptions::ShortcutResult &r)
{
    return compared(r.productionAccuracy, r.validationAccuracy, "rises", "holds", "falls");
}

QString validationOutcome(const assumptions::ValidationResult &r)
{
    return compared(r.validationAccuracy, r.productionAccuracy, "flatters", "honest", "gloomy");
}

QString costOutcome(const assumptions::CostResult &r)
{
    return r.test.costPerTicket <= 0.5 * r.allNormal.costPerTicket ? QStringLiteral("cheap") : QStringLiteral("costly");
}

QVariantMap shortcutQuestion(const assumptions::ShortcutConfig &config, const assumptions::ShortcutResult &r)
{
    const QString v = percentText(r.validationAccuracy);
    const QString p = percentText(r.productionAccuracy);
    const bool agreed = std::abs(r.validationAccuracy - r.productionAccuracy) <= 0.05;
    if (agreed && (config.split != assumptions::SplitKind::Random || !config.features.style)) {
        const bool bySplit = config.split != assumptions::SplitKind::Random;
        //: %1 validation accuracy, %2 production accuracy
        return question(
            Words::tr("Validation (%1) and production (%2) agreed in your run. Why?").arg(v, p),
            {Words::tr("The validation tickets were like production ones: newer, or from agents the model never saw."),
             Words::tr("The model could no longer see who wrote a ticket, only what it says."),
             Words::tr("The model trained for more steps.")},
            bySplit ? 0 : 1,
            {bySplit ? Words::tr("Right: a split that keeps the newest tickets or unseen writers apart asks the "
                                 "question production will ask.")
                     : Words::tr("Not in this run: the split was random. Look at what the model was allowed to see."),
             bySplit ? Words::tr("Not in this run: the style features were there. Look at how validation was chosen.")
                     : Words::tr("Right: without the style features the shortcut is gone, so what holds in "
                                 "validation holds after the change too."),
             Words::tr("No: every run trains the same number of steps. The difference lies in the data the "
                       "model and its check were given.")});
    }
    //: %1 validation accuracy, %2 production accuracy
    return question(
        Words::tr("Your model scored %1 in validation and %2 in production. Which check would have warned you "
                  "before production?")
            .arg(v, p),
        {Words::tr("Validate on the newest tickets (a split by time)."),
         Words::tr("Validate on a larger random share of the history."),
         Words::tr("Look at the training accuracy as well.")},
        0,
        {Words::tr("Right: the newest tickets come from after the staffing change, like production, so the "
                   "shortcut stops working in validation too."),
         Words::tr("No: a larger random share is drawn from the same months, with the same shortcut, so it "
                   "flatters the model just as much."),
         Words::tr("No: training accuracy is measured on the very tickets the shortcut was learned from.")});
}

QVariantMap validationQuestion(const assumptions::ValidationResult &r)
{
    const bool flatters = r.validationAccuracy - r.productionAccuracy > 0.05;
    //: %1 validation accuracy, %2 production accuracy, %3 chance
    return question(
        Words::tr("In your run validation said %1, fresh cases gave %2 and chance is %3. What does that tell "
                  "you about this validation?")
            .arg(percentText(r.validationAccuracy), percentText(r.productionAccuracy), percentText(r.chance)),
        {Words::tr("It was kept apart from training: it estimates production fairly."),
         Words::tr("It was not separate from training: it flatters the model."),
         Words::tr("Nothing: validation and production measure different things.")},
        flatters ? 1 : 0,
        {flatters ? Words::tr("Look again: validation is well above what the model does on fresh cases.")
                  : Words::tr("Right: validation and fresh cases agree within 5 points."),
         flatters ? Words::tr("Right: the model had seen the validation rows, their copies or their "
                              "influence on the chosen features before it was scored.")
                  : Words::tr("Look again: validation and fresh cases agree within 5 points."),
         Words::tr("No: both measure accuracy on cases; validation is meant to predict production.")});
}

QVariantMap costQuestion(const assumptions::CostConfig &config, const assumptions::CostResult &r)
{
    //: %1 accuracy, %2 cost per ticket, %3 the all-normal accuracy, %4 its cost per ticket
    return question(
        Words::tr("On the test tickets your model is %1 accurate and costs %2 per ticket; calling every ticket "
                  "normal is %3 accurate and costs %4. Which figure should decide what you deploy?")
            .arg(percentText(r.test.accuracy), costText(r.test.costPerTicket), percentText(r.allNormal.accuracy),
                 costText(r.allNormal.costPerTicket)),
        {Words::tr("The cost per ticket."), Words::tr("The accuracy."), Words::tr("The training loss.")}, 0,
        //: %1 how many false alarms one miss is worth
        {Words::tr("Right: a miss costs %1 times a false alarm here, and only the cost weighs them that way.")
             .arg(QLocale().toString(config.missCost / config.falseAlarmCost)),
         Words::tr("No: accuracy counts a missed urgent ticket the same as a needless alarm, so calling "
                   "everything normal already scores well."),
         Words::tr("No: the loss is how the model learns probabilities; the decision is judged by what its "
                   "mistakes cost.")});
}

} // namespace loopwise
