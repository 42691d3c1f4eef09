#include "ExpertsExplanations.h"

#include <QLocale>

#include <algorithm>

namespace loopwise {

namespace {

// A share at or above this is one expert taking over (the collapse the balance term fights).
constexpr double kCollapsedShare = 0.8;
// The mixture "matches" a dense network within this much test accuracy.
constexpr double kMatch = 0.02;

int largestExpert(const ExpertsSnapshot &snapshot)
{
    return static_cast<int>(std::max_element(snapshot.load.begin(), snapshot.load.end()) - snapshot.load.begin());
}

} // namespace

QString ExpertsExplanations::percent(double share)
{
    //: a percentage, e.g. "42 %"
    return tr("%1 %").arg(QLocale().toString(share * 100, 'f', 0));
}

double ExpertsExplanations::largestShare(const ExpertsSnapshot &snapshot)
{
    if (snapshot.loadCount <= 0 || snapshot.load.empty())
        return 0.0;
    return static_cast<double>(snapshot.load[static_cast<size_t>(largestExpert(snapshot))]) / snapshot.loadCount;
}

QString ExpertsExplanations::expertName(int expert)
{
    //: one of the mixture's expert networks, numbered from 1
    return tr("Expert %1").arg(expert + 1);
}

QVariantList ExpertsExplanations::predictionChoices()
{
    return {QVariantMap{{QStringLiteral("id"), QStringLiteral("one-takes-most")},
                        {QStringLiteral("label"), predictionLabel(QStringLiteral("one-takes-most"))}},
            QVariantMap{{QStringLiteral("id"), QStringLiteral("spread")},
                        {QStringLiteral("label"), predictionLabel(QStringLiteral("spread"))}}};
}

QString ExpertsExplanations::predictionLabel(const QString &id)
{
    if (id == QLatin1String("one-takes-most"))
        //: a prediction before training a mixture of experts
        return tr("One expert will end up taking most of the inputs.");
    if (id == QLatin1String("spread"))
        //: a prediction before training a mixture of experts
        return tr("The inputs will stay spread over several experts.");
    return {};
}

QString ExpertsExplanations::outcomeOf(const ExpertsSnapshot &snapshot)
{
    return largestShare(snapshot) >= kCollapsedShare ? QStringLiteral("one-takes-most") : QStringLiteral("spread");
}

QString ExpertsExplanations::explanation(const ExpertsSnapshot &s)
{
    if (s.epoch == 0)
        return {};
    QStringList sentences;
    const double largest = largestShare(s);
    const QString busiest = expertName(largestExpert(s));
    if (s.experts == 1)
        sentences << tr("With one expert the gate has no choice: this is a dense network with a gate in front.");
    else if (largest >= kCollapsedShare)
        //: %1 an expert ("Expert 2"), %2 a percentage
        sentences << tr("The experts collapsed: %1 takes %2 of the training inputs first, so the others hardly learn. "
                        "The balance term (or a capacity per expert) pushes the gate to spread the inputs.")
                         .arg(busiest, percent(largest));
    else
        //: %1 an expert ("Expert 2"), %2 a percentage
        sentences << tr("The gate spread the inputs: the busiest expert, %1, takes %2 of the training inputs first.")
                         .arg(busiest, percent(largest));
    //: %1 and %3 accuracies ("91 %"), %2 and %4 multiply-adds per input
    sentences << tr("The mixture reached %1 test accuracy at %2 multiply-adds per input; the dense network with "
                    "as many parameters in all reached %3 at %4.")
                     .arg(percent(s.mixture.testAccuracy))
                     .arg(s.mixture.multiplyAdds)
                     .arg(percent(s.denseTotal.testAccuracy))
                     .arg(s.denseTotal.multiplyAdds);
    if (s.mixture.testAccuracy + kMatch >= s.denseTotal.testAccuracy)
        sentences << tr("Here the mixture kept up with the large dense network for a fraction of its compute.");
    else if (s.mixture.testAccuracy + kMatch >= s.denseActive.testAccuracy)
        //: %1 an accuracy
        sentences << tr("It kept up with the dense network of its active size (%1) but not with the large one: "
                        "fewer parameters work on each input.")
                         .arg(percent(s.denseActive.testAccuracy));
    else
        //: %1 an accuracy
        sentences << tr("Here even the dense network of its active size did better (%1): routing is one option, "
                        "not a guarantee.")
                         .arg(percent(s.denseActive.testAccuracy));
    if (s.droppedInEpoch > 0)
        sentences << tr("In the last epoch %n routing choice(s) found the expert full and were dropped.", "",
                        static_cast<int>(s.droppedInEpoch));
    return sentences.join(QLatin1Char(' '));
}

QVariantMap ExpertsExplanations::question(const ExpertsSnapshot &s)
{
    QVariantList choices;
    for (int e = 0; e < s.experts; ++e)
        choices.append(QVariantMap{{QStringLiteral("id"), e}, {QStringLiteral("label"), expertName(e)}});
    return {{QStringLiteral("text"),
             tr("In your run, which expert took the most training inputs as its first choice? Look at the bar under "
                "the canvas.")},
            {QStringLiteral("choices"), choices},
            {QStringLiteral("right"), largestExpert(s)},
            {QStringLiteral("share"), largestShare(s)},
            {QStringLiteral("chosen"), -1},
            {QStringLiteral("feedback"), QString()},
            {QStringLiteral("correct"), false}};
}

QString ExpertsExplanations::answerFeedback(const QVariantMap &question, int choice)
{
    const int right = question.value(QStringLiteral("right")).toInt();
    const QString share = percent(question.value(QStringLiteral("share")).toDouble());
    if (choice == right)
        //: %1 an expert, %2 a percentage
        return tr("Right: %1 took %2 of the training inputs first.").arg(expertName(right), share);
    //: %1 an expert, %2 a percentage
    return tr("Not this one: %1 took the most, %2 of the training inputs. The bar under the canvas shows each expert's "
              "share.")
        .arg(expertName(right), share);
}

QString ExpertsExplanations::routingDescription(const ExpertsSnapshot &s)
{
    QStringList shares;
    for (int e = 0; e < s.experts && s.loadCount > 0; ++e)
        //: one item of a list, e.g. "Expert 2 takes 40 %"
        shares << tr("%1 takes %2")
                      .arg(expertName(e), percent(static_cast<double>(s.load[static_cast<size_t>(e)]) / s.loadCount));
    //: %1 a list of the experts' shares, %2 the balance figure (1 is even)
    return tr("The gate's first choices over the training inputs: %1. Balance figure %2 (1 is even).")
        .arg(QLocale().createSeparatedList(shares), QLocale().toString(s.balance, 'f', 2));
}

QStringList ExpertsExplanations::evidenceSettings(const ExpertsLabSettings &settings)
{
    const engine::MixtureConfig &m = settings.mixture;
    QStringList lines;
    lines << tr("Dataset: %1").arg(QString::fromLatin1(engine::datasetName(settings.dataset).data()));
    lines << tr("Experts: %1, each input goes to %2").arg(m.experts).arg(m.topK);
    lines << (m.balance ? tr("Balance term: on, weight %1").arg(QLocale().toString(m.balanceWeight))
                        : tr("Balance term: off"));
    lines << (m.capacityFactor > 0
                  ? tr("Capacity per expert: %1 × an even share").arg(QLocale().toString(m.capacityFactor))
                  : tr("Capacity per expert: none"));
    lines << tr("Learning rate: %1").arg(QLocale().toString(m.learningRate));
    return lines;
}

QStringList ExpertsExplanations::evidenceFigures(const ExpertsSnapshot &s)
{
    return {tr("Epochs: %1").arg(s.epoch),
            tr("Mixture: %1 test accuracy, %2 multiply-adds per input")
                .arg(percent(s.mixture.testAccuracy))
                .arg(s.mixture.multiplyAdds),
            tr("Dense network, same total parameters: %1 test accuracy, %2 multiply-adds per input")
                .arg(percent(s.denseTotal.testAccuracy))
                .arg(s.denseTotal.multiplyAdds),
            tr("Dense network, same active parameters: %1 test accuracy, %2 multiply-adds per input")
                .arg(percent(s.denseActive.testAccuracy))
                .arg(s.denseActive.multiplyAdds),
            tr("Largest share of one expert: %1").arg(percent(largestShare(s))),
            tr("Balance figure: %1 (1 is even)").arg(QLocale().toString(s.balance, 'f', 2))};
}

} // namespace loopwise
