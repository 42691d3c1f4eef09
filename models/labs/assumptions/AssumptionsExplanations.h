#pragma once
// The words of "Check the assumptions": each experiment's title and framing, the predictions
// a learner can make, what a finished run did in whole sentences computed from its own
// figures, the check-yourself question about it, and the text a screen reader gives for each
// chart. Kept apart from the controllers so each rule has one place.

#include "AssumptionsLabSettings.h"

#include "loopwise/engine/cost_experiment.h"
#include "loopwise/engine/shortcut_experiment.h"
#include "loopwise/engine/validation_experiment.h"

#include <QString>
#include <QStringList>
#include <QVariantList>
#include <QVariantMap>

#include <vector>

namespace loopwise {

QString experimentTitle(AssumptionsExperiment experiment);
QString experimentFraming(AssumptionsExperiment experiment);

// "93 %": a share as a whole percentage in the reader's number format.
QString percentText(double share);
// "0.35": a cost per ticket.
QString costText(double cost);
// The names of the engine's choices in the reader's language.
QString splitLabel(engine::assumptions::SplitKind split);
QString methodLabel(engine::assumptions::ValidationMethod method);
QString repairLabel(engine::assumptions::CostRepair repair);
QString groupLabel(engine::text::FeatureGroup group);

// Predict, then run: [{id, label}] per experiment, a label by id ("" for none), and which
// statement a finished run makes true.
QVariantList experimentPredictionChoices(AssumptionsExperiment experiment);
QString predictionLabel(AssumptionsExperiment experiment, const QString &id);
QString shortcutOutcome(const engine::assumptions::ShortcutResult &result);
QString validationOutcome(const engine::assumptions::ValidationResult &result);
QString costOutcome(const engine::assumptions::CostResult &result);

// What happened, in plain words.
QString shortcutExplanation(const engine::assumptions::ShortcutConfig &config,
                            const engine::assumptions::ShortcutResult &result);
// One method's run, or (rows of all five) the comparison.
QString validationExplanation(engine::assumptions::ValidationMethod method,
                              const engine::assumptions::ValidationResult &result);
QString validationComparison(const std::vector<engine::assumptions::ValidationMethod> &methods,
                             const std::vector<engine::assumptions::ValidationResult> &results);
QString costExplanation(const engine::assumptions::CostConfig &config, const engine::assumptions::CostResult &result);

// The check-yourself question about a finished run: {text, choices: [{id, label}], right,
// feedback: [a sentence per choice]}.
QVariantMap shortcutQuestion(const engine::assumptions::ShortcutConfig &config,
                             const engine::assumptions::ShortcutResult &result);
QVariantMap validationQuestion(const engine::assumptions::ValidationResult &result);
QVariantMap costQuestion(const engine::assumptions::CostConfig &config, const engine::assumptions::CostResult &result);

// What each chart shows, for a screen reader.
QString accuracyBarsDescription(const engine::assumptions::ShortcutResult &result);
QString weightsDescription(const std::vector<engine::text::NamedWeight> &weights);
QString importanceDescription(const std::vector<engine::text::GroupImportance> &importance);
QString confusionDescription(const engine::text::Confusion &confusion);
QString validationChartDescription(const std::vector<engine::assumptions::ValidationMethod> &methods,
                                   const std::vector<engine::assumptions::ValidationResult> &results);
QString costCurveDescription(const engine::assumptions::CostResult &result, double threshold);

} // namespace loopwise
