#include "ExpertsWorker.h"

#include "EngineErrorText.h"
#include "LabColours.h"

#include <stdexcept>

namespace loopwise {

namespace engine_ns = engine;

namespace {

ModelFigures denseFigures(engine_ns::Trainer &trainer)
{
    const engine_ns::Metrics test = trainer.metrics(engine_ns::Split::Test);
    std::vector<engine_ns::LayerSpec> hidden = trainer.config().hidden;
    const engine_ns::ModelCost cost = engine_ns::denseCost(2, hidden, trainer.network().outputs());
    return {test.accuracy, test.loss, cost.parameters, cost.activeParameters, cost.multiplyAdds};
}

} // namespace

ExpertsWorker::ExpertsWorker(QObject *parent)
    : LabWorker(parent)
{}

void ExpertsWorker::configure(const ExpertsLabSettings &settings, long generation)
{
    try {
        const engine_ns::Dataset data = engine_ns::makeDataset(settings.datasetConfig());
        engine_ns::Mixture mixture(data, settings.mixture);
        const engine_ns::ModelCost cost = mixture.cost();
        const auto shapeFor = [&](long parameters) {
            return engine_ns::denseShapeWithParameters(settings.mixture.hidden, 2, mixture.classes(), parameters);
        };
        m_denseTotal.emplace(data, engine_ns::denseTrainerConfig(settings.mixture, shapeFor(cost.parameters)));
        m_denseActive.emplace(data, engine_ns::denseTrainerConfig(settings.mixture, shapeFor(cost.activeParameters)));
        m_mixture.emplace(std::move(mixture));
    } catch (const std::invalid_argument &error) {
        Q_EMIT failed(EngineErrorText::of(error));
        return;
    }
    m_points = std::make_shared<const std::vector<engine_ns::Point>>(m_mixture->dataset().train);
    m_generation = generation;
    m_history.clear();
    stop();
    emitSnapshot();
}

void ExpertsWorker::setEpochsPerFrame(int epochs)
{
    m_epochsPerFrame = std::max(0, epochs);
    if (!m_countsAsRun)
        setUnitsPerFrame(m_epochsPerFrame);
}

void ExpertsWorker::play()
{
    if (!m_mixture || isTraining() || m_mixture->diverged())
        return;
    setUnitsPerFrame(m_countsAsRun ? 0 : m_epochsPerFrame);
    startTraining();
    emitSnapshot();
}

void ExpertsWorker::pause()
{
    if (!isTraining())
        return;
    stop();
    emitSnapshot();
}

void ExpertsWorker::stepEpoch()
{
    if (!m_mixture || isTraining())
        return;
    trainUnit();
    emitSnapshot();
}

void ExpertsWorker::runEpochs(int epochs)
{
    if (!m_mixture || m_mixture->diverged()) {
        ++m_runsDone;
        emitSnapshot();
        return;
    }
    stop();
    m_countsAsRun = true;
    m_runUntil = static_cast<int>(m_mixture->epochs()) + std::max(0, epochs);
    play();
}

void ExpertsWorker::reset(long generation)
{
    if (!m_mixture)
        return;
    m_generation = generation;
    stop();
    m_mixture->reset();
    m_denseTotal->reset();
    m_denseActive->reset();
    m_history.clear();
    emitSnapshot();
}

void ExpertsWorker::stop()
{
    stopTraining();
    m_runUntil = -1;
    setUnitsPerFrame(m_epochsPerFrame);
    if (!m_countsAsRun)
        return;
    m_countsAsRun = false;
    ++m_runsDone;
}

bool ExpertsWorker::trainUnit()
{
    if (!m_mixture)
        return false;
    const bool trained = m_mixture->epoch();
    m_denseTotal->epoch();
    m_denseActive->epoch();
    if (trained)
        m_history.push_back({m_mixture->epochs(), m_mixture->metrics(engine_ns::Split::Train).loss,
                             m_mixture->metrics(engine_ns::Split::Test).loss});
    if (!trained || (m_runUntil >= 0 && m_mixture->epochs() >= m_runUntil)) {
        stop();
        return false;
    }
    return true;
}

void ExpertsWorker::emitSnapshot()
{
    if (!m_mixture)
        return;
    engine_ns::Mixture &mixture = *m_mixture;
    auto snapshot = std::make_shared<ExpertsSnapshot>();
    snapshot->generation = m_generation;
    snapshot->runsDone = m_runsDone;
    snapshot->running = isTraining();
    snapshot->epoch = static_cast<int>(mixture.epochs());
    snapshot->diverged = mixture.diverged();
    snapshot->classes = mixture.classes();
    snapshot->experts = mixture.config().experts;
    snapshot->topK = mixture.config().topK;
    snapshot->extent = mixture.dataset().extent;
    const engine_ns::Grid grid{snapshot->extent, kGridSide, kGridSide};
    snapshot->boundary.resize(static_cast<size_t>(kGridSide * kGridSide * snapshot->classes));
    snapshot->regions.resize(static_cast<size_t>(kGridSide * kGridSide));
    mixture.boundary(grid, snapshot->boundary);
    mixture.gateChoice(grid, snapshot->regions);
    const engine_ns::Grid thumbnail{snapshot->extent, kThumbnailSide, kThumbnailSide};
    std::vector<float> cells(static_cast<size_t>(kThumbnailSide * kThumbnailSide * snapshot->classes));
    OutputPainting painting;
    painting.outputs = snapshot->classes;
    for (int e = 0; e < snapshot->experts; ++e) {
        mixture.expertBoundary(e, thumbnail, cells);
        QImage image;
        paintOutputs(cells.data(), kThumbnailSide, kThumbnailSide, painting, image);
        snapshot->expertImages.push_back(std::move(image));
    }
    const engine_ns::MixtureMetrics train = mixture.metrics(engine_ns::Split::Train);
    const engine_ns::MixtureMetrics test = mixture.metrics(engine_ns::Split::Test);
    snapshot->load = train.load;
    snapshot->loadCount = train.count;
    snapshot->balance = mixture.epochBalance();
    snapshot->droppedInEpoch = mixture.epochDropped();
    snapshot->droppedTotal = mixture.totalDropped();
    const engine_ns::ModelCost cost = mixture.cost();
    snapshot->mixture = {test.accuracy, test.loss, cost.parameters, cost.activeParameters, cost.multiplyAdds};
    snapshot->denseTotal = denseFigures(*m_denseTotal);
    snapshot->denseActive = denseFigures(*m_denseActive);
    snapshot->history = m_history;
    snapshot->points = m_points;
    snapshotSent();
    Q_EMIT snapshotReady(std::move(snapshot));
}

} // namespace loopwise
