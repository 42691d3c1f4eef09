#pragma once
// The words of the "See how models learn" lab: the status of a run in plain words, the
// predictions a learner can make, and the check-yourself questions built from what one run
// did. Kept apart from the controller so each rule has one place.

#include "LearningWorker.h"

#include <QString>
#include <QVariantList>

namespace loopwise {

QString phaseTitle(engine::learning::Phase phase);
// One sentence of explanation and advice.
QString phaseAdvice(const engine::learning::Status &status);

// "7 parameters to learn, ...": the model's capacity for the learner.
QString parameterCountText(int count);

// [{id, label}] of the statements a learner can predict before a run.
QVariantList learningPredictionChoices();
QString predictionLabel(const QString &id);
// Whether the prediction `id` describes a run that ended in `phase`.
bool predictionMatches(const QString &id, engine::learning::Phase phase);

// Two questions about the finished run in `snapshot`:
// [{text, choices: [{id, label}], right, chosen: -1, feedback: "", correct: false, explanation}].
// Empty before any training.
QVariantList runQuestions(const LearningSnapshot &snapshot, const QString &baselineName);
// The feedback for choosing `choice` in `question` (as runQuestions made it).
QString answerFeedback(const QVariantMap &question, int choice);

} // namespace loopwise
