#pragma once
// Everything the "Check the assumptions" lab link carries, as plain data: which of the three
// experiments it opens and that experiment's settings (the engine's configurations).
// lab/assumptions?experiment=shortcut&split=time, ...?experiment=validation&method=all,
// ...?experiment=cost&miss=50&repair=cost-threshold.

#include "loopwise/engine/cost_experiment.h"
#include "loopwise/engine/shortcut_experiment.h"
#include "loopwise/engine/validation_experiment.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace loopwise {

enum class AssumptionsExperiment { Shortcut, Validation, Cost };

struct AssumptionsLabSettings
{
    Q_DECLARE_TR_FUNCTIONS(loopwise::AssumptionsLabSettings)

public:
    AssumptionsExperiment experiment = AssumptionsExperiment::Shortcut;
    engine::assumptions::ShortcutConfig shortcut;
    // The validation experiment; allMethods: every method on the same data, side by side.
    engine::assumptions::ValidationConfig validation = defaultValidation();
    bool allMethods = false;
    engine::assumptions::CostConfig cost;

    // The lab's small noisy set: 10 of the 45 features kept (so that choosing them can leak).
    static engine::assumptions::ValidationConfig defaultValidation();

    // shortcut, validation, cost.
    static QString experimentName(AssumptionsExperiment experiment);
    static std::optional<AssumptionsExperiment> experimentFromName(const QString &name);

    // "experiment=cost&miss=50": the experiment, then its values that differ from the
    // defaults. Keys by experiment: shortcut: split (random|time|writer), style (1|0), leak
    // (1|0), seed; validation: method (training-data|held-out|shared-near-duplicates|
    // selection-before-split|correct-pipeline|all), signal (0..5), noise (noise features),
    // copies, cases, keep (features kept, 0 = all), seed; cost: miss, alarm (costs),
    // repair (none|class-weights|cost-threshold), seed.
    QString toQuery() const;
    // Reads a link (or a bare query). Unknown keys, keys of another experiment and bad
    // values are problems, one sentence each; with any problem nothing is returned.
    static std::optional<AssumptionsLabSettings> fromQuery(const QString &query, QStringList *problems);

    friend bool operator==(const AssumptionsLabSettings &, const AssumptionsLabSettings &) = default;
};

} // namespace loopwise
