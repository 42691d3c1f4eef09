#include "LearningExplanations.h"

#include "Figures.h"
#include "LearningLab.h"

#include <algorithm>
#include <array>

namespace loopwise {

namespace learning = engine::learning;
using learning::Phase;

namespace {

// What the learner could take the run for: the right diagnosis is offered with three that
// are easy to confuse with it.
struct Confusion
{
    Phase phase;
    std::array<Phase, 3> lookalikes;
};
constexpr std::array<Confusion, 7> kConfusions{{
    {Phase::Improving, {Phase::Converged, Phase::TooSlow, Phase::Overfitting}},
    {Phase::Converged, {Phase::Improving, Phase::Underfitting, Phase::Overfitting}},
    {Phase::Underfitting, {Phase::Converged, Phase::Overfitting, Phase::TooSlow}},
    {Phase::Overfitting, {Phase::Underfitting, Phase::Converged, Phase::Oscillating}},
    {Phase::TooSlow, {Phase::Underfitting, Phase::Converged, Phase::Diverged}},
    {Phase::Oscillating, {Phase::Diverged, Phase::Overfitting, Phase::TooSlow}},
    {Phase::Diverged, {Phase::Oscillating, Phase::TooSlow, Phase::Underfitting}},
}};

// The diagnosis of a phase as an answer to "what is happening?".
QString diagnosis(Phase phase)
{
    switch (phase) {
    case Phase::NotStarted:
        return {};
    case Phase::Improving:
        return LearningLab::tr("It is still learning: more epochs will lower the loss further.");
    case Phase::Converged:
        return LearningLab::tr("It has learned what the data allows: more epochs will not help.");
    case Phase::Underfitting:
        return LearningLab::tr("The model is too simple for the pattern: it underfits.");
    case Phase::Overfitting:
        return LearningLab::tr("It is memorising the noise of its training points: it overfits.");
    case Phase::TooSlow:
        return LearningLab::tr("The learning rate is too low: it learns, but crawls.");
    case Phase::Oscillating:
        return LearningLab::tr("The learning rate is too high: each step overshoots back and forth.");
    case Phase::Diverged:
        return LearningLab::tr(
            "The learning rate is far too high: the steps overshoot further and further until training collapses.");
    }
    return {};
}

QString phaseId(Phase phase)
{
    return QString::fromLatin1(learning::phaseName(phase));
}

// The question about the run's phase, with the facts that show it.
QString phaseQuestion(const LearningSnapshot &s)
{
    const auto &history = s.history;
    const learning::EpochStats &first = history.front();
    const learning::EpochStats &last = history.back();
    switch (s.status.phase) {
    case Phase::NotStarted:
        return {};
    case Phase::Overfitting: {
        const auto best = std::min_element(history.begin(), history.end(), [](const auto &a, const auto &b) {
            return a.validationLoss < b.validationLoss;
        });
        //: %1 epoch, %2 and %3 validation losses, %4 training loss
        return LearningLab::
            tr("Validation loss rose after epoch %1 (from %2 to %3) while training loss fell to %4: what is happening?")
                .arg(s.status.bestValidationEpoch)
                .arg(Figures::figure(best->validationLoss), Figures::figure(last.validationLoss),
                     Figures::figure(last.trainLoss));
    }
    case Phase::Diverged: {
        const auto peak = std::max_element(history.begin(), history.end(),
                                           [](const auto &a, const auto &b) { return a.trainLoss < b.trainLoss; });
        //: %1 epoch, %2 the highest training loss, %3 the loss before training
        return LearningLab::tr("In epoch %1 a step made the loss explode and training stopped; the loss had reached %2 "
                               "(it started at %3). What is happening?")
            .arg(last.epoch + 1)
            .arg(Figures::figure(peak->trainLoss), Figures::figure(first.trainLoss));
    }
    case Phase::Oscillating: {
        const size_t window = std::min<size_t>(history.size(), 20);
        const auto [low, high]
            = std::minmax_element(history.end() - static_cast<std::ptrdiff_t>(window), history.end(),
                                  [](const auto &a, const auto &b) { return a.trainLoss < b.trainLoss; });
        return LearningLab::tr(
                   "Over the last %1 epochs the training loss went up and down between %2 and %3: what is happening?")
            .arg(window)
            .arg(Figures::figure(low->trainLoss), Figures::figure(high->trainLoss));
    }
    case Phase::Underfitting:
        //: %3 is the noise floor: the loss no model beats on fresh data
        return LearningLab::tr("After %1 epochs the training loss has levelled off at %2, far above the noise floor of "
                               "%3: what is happening?")
            .arg(last.epoch)
            .arg(Figures::figure(last.trainLoss), Figures::figure(s.data->noiseFloor));
    case Phase::TooSlow:
        return LearningLab::tr(
                   "In %1 epochs the training loss fell only from %2 to %3, slowly but steadily: what is happening?")
            .arg(last.epoch)
            .arg(Figures::figure(first.trainLoss), Figures::figure(last.trainLoss));
    case Phase::Converged:
        return LearningLab::tr("After %1 epochs the training loss has levelled off at %2, close to the noise floor of "
                               "%3: what is happening?")
            .arg(last.epoch)
            .arg(Figures::figure(last.trainLoss), Figures::figure(s.data->noiseFloor));
    case Phase::Improving:
        return LearningLab::tr(
                   "After %1 epochs the training loss is still falling fast (from %2 to %3): what is happening?")
            .arg(last.epoch)
            .arg(Figures::figure(first.trainLoss), Figures::figure(last.trainLoss));
    }
    return {};
}

QVariantMap question(const QString &text, const QVariantList &choices, int right, const QString &explanation)
{
    return {{QStringLiteral("text"), text},
            {QStringLiteral("choices"), choices},
            {QStringLiteral("right"), right},
            {QStringLiteral("chosen"), -1},
            {QStringLiteral("feedback"), QString()},
            {QStringLiteral("correct"), false},
            {QStringLiteral("explanation"), explanation}};
}

QVariantMap choice(const QString &id, const QString &label)
{
    return {{QStringLiteral("id"), id}, {QStringLiteral("label"), label}};
}

QVariantMap phaseQuestionEntry(const LearningSnapshot &s)
{
    const Phase right = s.status.phase;
    const auto confusion = std::find_if(kConfusions.begin(), kConfusions.end(),
                                        [right](const Confusion &c) { return c.phase == right; });
    std::vector<Phase> offered{right};
    offered.insert(offered.end(), confusion->lookalikes.begin(), confusion->lookalikes.end());
    // The right answer's place depends on the run, not always first.
    const auto shift = static_cast<std::ptrdiff_t>(s.epoch % static_cast<int>(offered.size()));
    std::rotate(offered.begin(), offered.begin() + shift, offered.end());
    QVariantList choices;
    for (Phase phase : offered)
        choices.append(choice(phaseId(phase), diagnosis(phase)));
    const int rightIndex = static_cast<int>(std::find(offered.begin(), offered.end(), right) - offered.begin());
    return question(phaseQuestion(s), choices, rightIndex, phaseAdvice(s.status));
}

// Within 5 % counts as equal: a different split of the same data moves the loss that much.
constexpr double kEqualShare = 0.05;

QVariantMap baselineQuestionEntry(const LearningSnapshot &s, const QString &baselineName)
{
    const double model = s.validationLoss;
    const double baseline = s.baseline.validationLoss;
    int right = 2; // about equal
    if (model < baseline * (1 - kEqualShare))
        right = 0;
    else if (model > baseline * (1 + kEqualShare))
        right = 1;
    const QVariantList choices{
        choice(QStringLiteral("model"), LearningLab::tr("The model beats the baseline on validation data.")),
        choice(QStringLiteral("baseline"), LearningLab::tr("The baseline beats the model on validation data.")),
        choice(QStringLiteral("equal"), LearningLab::tr("They are about equal (within 5 %)."))};
    const std::array<QString, 3> explanations{
        LearningLab::tr(
            "A model is worth keeping when it beats the baseline on data it did not train on, and this one does."),
        LearningLab::tr("On data it did not train on, this model does worse than the simple baseline: it is not worth "
                        "keeping as it is."),
        LearningLab::tr("On data it did not train on, the model adds little to the simple baseline.")};
    //: %1 epochs, %2 the model's validation loss, %3 the baseline's name, %4 its validation loss
    const QString text
        = LearningLab::tr("After %1 epochs the model's validation loss is %2; the baseline (%3) has %4. Which is true?")
              .arg(s.epoch)
              .arg(Figures::figure(model), baselineName, Figures::figure(baseline));
    return question(text, choices, right, explanations[static_cast<size_t>(right)]);
}

struct PredictionChoice
{
    const char *id;
    const char *label;
    std::array<Phase, 2> phases; // the endings it describes
};
constexpr std::array<PredictionChoice, 5> kPredictions{{
    {"learns",
     QT_TRANSLATE_NOOP("loopwise::LearningLab", "Both losses fall and settle low: the model learns the pattern."),
     {Phase::Converged, Phase::Improving}},
    {"overfits",
     QT_TRANSLATE_NOOP("loopwise::LearningLab",
                       "Training loss keeps falling but validation loss rises: it memorises the noise."),
     {Phase::Overfitting, Phase::Overfitting}},
    {"underfits",
     QT_TRANSLATE_NOOP("loopwise::LearningLab", "Both losses stop high: the model is too simple."),
     {Phase::Underfitting, Phase::Underfitting}},
    {"crawls",
     QT_TRANSLATE_NOOP("loopwise::LearningLab", "The losses barely move: the steps are too small."),
     {Phase::TooSlow, Phase::TooSlow}},
    {"unstable",
     QT_TRANSLATE_NOOP("loopwise::LearningLab", "The loss jumps around or blows up: the steps are too big."),
     {Phase::Oscillating, Phase::Diverged}},
}};

const PredictionChoice *findPrediction(const QString &id)
{
    const auto found = std::find_if(kPredictions.begin(), kPredictions.end(),
                                    [&id](const PredictionChoice &p) { return id == QLatin1String(p.id); });
    return found == kPredictions.end() ? nullptr : &*found;
}

} // namespace

QString phaseTitle(Phase phase)
{
    switch (phase) {
    case Phase::NotStarted:
        return LearningLab::tr("Not trained yet");
    case Phase::Improving:
        return LearningLab::tr("Improving");
    case Phase::Converged:
        return LearningLab::tr("Converged");
    case Phase::Underfitting:
        return LearningLab::tr("Underfitting");
    case Phase::Overfitting:
        return LearningLab::tr("Overfitting");
    case Phase::TooSlow:
        return LearningLab::tr("Learning rate too low");
    case Phase::Oscillating:
        return LearningLab::tr("Oscillating");
    case Phase::Diverged:
        return LearningLab::tr("Diverged: training collapsed");
    }
    return {};
}

QString phaseAdvice(const learning::Status &status)
{
    switch (status.phase) {
    case Phase::NotStarted:
        return LearningLab::tr("Make a prediction, then press Play, or step one batch round the training loop.");
    case Phase::Improving:
        return LearningLab::tr("Both losses are still falling: let it train on.");
    case Phase::Converged:
        return LearningLab::tr(
            "The loss has levelled off near the noise in the data: this is as good as this model gets, so stop here.");
    case Phase::Underfitting:
        return LearningLab::tr("The loss has levelled off far above the noise in the data: give the model more "
                               "capacity (a higher degree).");
    case Phase::Overfitting:
        return LearningLab::tr("Validation loss rises while training loss falls: use more data or a lower degree, or "
                               "stop at epoch %1, where validation loss was lowest.")
            .arg(status.bestValidationEpoch);
    case Phase::TooSlow:
        return LearningLab::tr("The loss falls steadily but very slowly: raise the learning rate.");
    case Phase::Oscillating:
        return LearningLab::tr(
            "The loss jumps up and down because the steps overshoot: lower the learning rate or use larger batches.");
    case Phase::Diverged:
        return LearningLab::tr("The loss exploded, so training stopped: lower the learning rate a lot, then reset.");
    }
    return {};
}

QString parameterCountText(int count)
{
    //: %n the model's parameters: the coefficients of its terms (1, P1(x), ...), which training learns
    return LearningLab::tr("%n parameters to learn: one coefficient per term of the model", nullptr, count);
}

QVariantList learningPredictionChoices()
{
    QVariantList choices;
    for (const PredictionChoice &p : kPredictions)
        choices.append(choice(QString::fromLatin1(p.id), LearningLab::tr(p.label)));
    return choices;
}

QString predictionLabel(const QString &id)
{
    const PredictionChoice *found = findPrediction(id);
    return found ? LearningLab::tr(found->label) : QString();
}

bool predictionMatches(const QString &id, Phase phase)
{
    const PredictionChoice *found = findPrediction(id);
    return found && std::find(found->phases.begin(), found->phases.end(), phase) != found->phases.end();
}

QVariantList runQuestions(const LearningSnapshot &snapshot, const QString &baselineName)
{
    if (snapshot.status.phase == Phase::NotStarted || snapshot.history.empty() || !snapshot.data)
        return {};
    return {phaseQuestionEntry(snapshot), baselineQuestionEntry(snapshot, baselineName)};
}

QString answerFeedback(const QVariantMap &question, int choice)
{
    const QString explanation = question.value(QStringLiteral("explanation")).toString();
    if (choice == question.value(QStringLiteral("right")).toInt())
        return LearningLab::tr("Right. %1").arg(explanation);
    //: %1 the right answer, %2 why
    return LearningLab::tr("Not quite: the answer is \"%1\" %2")
        .arg(question.value(QStringLiteral("choices"))
                 .toList()
                 .value(question.value(QStringLiteral("right")).toInt())
                 .toMap()
                 .value(QStringLiteral("label"))
                 .toString(),
             explanation);
}

} // namespace loopwise
