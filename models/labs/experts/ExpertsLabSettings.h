#pragma once
// Everything the "Mixture of experts" lab link carries, as plain data: the dataset and the
// engine's mixture configuration.

#include "loopwise/engine/dataset.h"
#include "loopwise/engine/experts.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace loopwise {

struct ExpertsLabSettings
{
    Q_DECLARE_TR_FUNCTIONS(loopwise::ExpertsLabSettings)

public:
    static constexpr int kMaxHiddenLayers = 3;
    static constexpr int kMaxUnits = 16;

    engine::DatasetKind dataset = engine::DatasetKind::Spiral;
    engine::MixtureConfig mixture;

    // The data the lab trains on: 500 points of the dataset (data seed 1), half for training.
    engine::DatasetConfig datasetConfig() const;

    // Every value that differs from the defaults. Keys: experts, k, balance (1|0),
    // balanceWeight, capacity (0: none), dataset, hidden (units per layer, "8,8"),
    // activation, rate, seed.
    QString toQuery() const;
    // Reads a link (or a bare query). Unknown keys and bad values are problems, one
    // sentence each naming the key; with any problem nothing is returned.
    static std::optional<ExpertsLabSettings> fromQuery(const QString &query, QStringList *problems);
    // The classification datasets the lab offers, by their engine names.
    static QStringList datasetNames();

    friend bool operator==(const ExpertsLabSettings &, const ExpertsLabSettings &) = default;
};

} // namespace loopwise
