#pragma once
// The "Mixture of experts" lab's wording, computed from the run's own figures: the
// explanation, the check-yourself question, the description of the routing for screen
// readers, the prediction choices and the run as evidence. Whole sentences, each with a
// translator comment where its meaning is not plain.

#include "ExpertsLabSettings.h"
#include "ExpertsWorker.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <QVariantMap>

namespace loopwise {

class ExpertsExplanations
{
    Q_DECLARE_TR_FUNCTIONS(loopwise::ExpertsExplanations)

public:
    // A share 0..1 as "42 %".
    static QString percent(double share);
    // The largest share of the training inputs one expert takes first.
    static double largestShare(const ExpertsSnapshot &snapshot);
    // "Expert 1", ... (1-based for the learner).
    static QString expertName(int expert);

    // The prediction choices ("one-takes-most", "spread"), their labels, and the one a run matches.
    static QVariantList predictionChoices();
    static QString predictionLabel(const QString &id);
    static QString outcomeOf(const ExpertsSnapshot &snapshot);

    static QString explanation(const ExpertsSnapshot &snapshot);
    // {text, choices, right, chosen: -1, feedback: "", correct: false}
    static QVariantMap question(const ExpertsSnapshot &snapshot);
    static QString answerFeedback(const QVariantMap &question, int choice);
    static QString routingDescription(const ExpertsSnapshot &snapshot);

    static QStringList evidenceSettings(const ExpertsLabSettings &settings);
    static QStringList evidenceFigures(const ExpertsSnapshot &snapshot);
};

} // namespace loopwise
