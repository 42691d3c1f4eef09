#pragma once
// Everything the "See how models learn" lab link carries, as plain data: a preset (or none)
// and the engine's configuration, plus whether the live training loop is shown.

#include "loopwise/engine/learning_lab.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace loopwise {

struct LearningLabSettings
{
    Q_DECLARE_TR_FUNCTIONS(loopwise::LearningLabSettings)

public:
    // The preset the configuration started from; the link writes what differs from it.
    std::optional<engine::learning::Preset> preset;
    engine::learning::LabConfig config;
    bool showLoop = false; // the live training loop opened from the module reader

    // The configuration a preset (or none: the engine's defaults) starts from.
    static engine::learning::LabConfig baseConfig(std::optional<engine::learning::Preset> preset);

    // "preset=overfit&lr=0.3": the preset, then every value that differs from it. Keys:
    // preset, model (curve|classes), lr, points, noise (percent), degree, batch (0 = all),
    // validation (percent), seed, loop (1|0).
    QString toQuery() const;
    // Reads a link (or a bare query). Unknown keys and bad values are problems, one
    // sentence each; with any problem nothing is returned.
    static std::optional<LearningLabSettings> fromQuery(const QString &query, QStringList *problems);

    friend bool operator==(const LearningLabSettings &, const LearningLabSettings &) = default;
};

} // namespace loopwise
