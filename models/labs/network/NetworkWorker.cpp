#include "NetworkWorker.h"

#include "EngineErrorText.h"

#include <QCoreApplication>

#include <stdexcept>

namespace loopwise {

namespace {
constexpr qint64 kRateWindowMs = 500;
} // namespace

NetworkWorker::NetworkWorker(QObject *parent)
    : LabWorker(parent)
{}

long NetworkWorker::epoch() const
{
    return m_trainer ? m_epochOffset + m_trainer->epochs() : 0;
}

void NetworkWorker::configure(Job job)
{
    try {
        engine::Trainer next(std::move(job.data), std::move(job.config));
        const bool sameShape = m_trainer && m_trainer->network().config() == next.network().config();
        if (job.keepWeights && sameShape && !m_trainer->diverged()) {
            next.setParameters(m_trainer->network());
            m_epochOffset = epoch();
        } else {
            m_epochOffset = 0;
            endRun();
            m_stop = NetworkStop::None;
        }
        m_trainer = std::move(next);
        m_generation = job.generation;
    } catch (const std::invalid_argument &error) {
        Q_EMIT failed(EngineErrorText::of(error));
        return;
    }
    if (m_stop == NetworkStop::Diverged) // the new trainer starts from finite weights
        m_stop = NetworkStop::None;
    emitSnapshot();
    if (isTraining())
        startTraining();
}

void NetworkWorker::setView(View view)
{
    m_view = view;
    if (m_trainer && !isTraining())
        emitSnapshot();
}

void NetworkWorker::setStops(Stops stops)
{
    m_stops = stops;
}

void NetworkWorker::play()
{
    if (!m_trainer || isTraining() || m_trainer->diverged())
        return;
    // Playing on after a stop condition: the limit that stopped it would stop it again at once.
    if ((m_stop == NetworkStop::EpochLimit && m_stops.epochLimit > 0 && epoch() >= m_stops.epochLimit)
        || m_stop == NetworkStop::TargetLoss)
        m_stops = {};
    m_stop = NetworkStop::None;
    m_rateClock.start();
    m_rateEpochs = epoch();
    startTraining();
    emitSnapshot();
}

void NetworkWorker::pause()
{
    if (!isTraining())
        return;
    stopTraining();
    endRun();
    emitSnapshot();
}

void NetworkWorker::stepEpoch()
{
    if (!m_trainer || isTraining())
        return;
    if (!m_trainer->epoch())
        m_stop = NetworkStop::Diverged;
    emitSnapshot();
}

void NetworkWorker::runEpochs(long epochs)
{
    if (!m_trainer || m_trainer->diverged()) {
        ++m_runsDone; // nothing to run: done at once
        emitSnapshot();
        return;
    }
    m_runUntil = epoch() + std::max(0L, epochs);
    setUnitsPerFrame(0);
    stopTraining();
    play();
}

void NetworkWorker::resetWeights(long generation)
{
    if (!m_trainer)
        return;
    m_generation = generation;
    m_trainer->reset();
    m_epochOffset = 0;
    m_stop = NetworkStop::None;
    endRun();
    stopTraining();
    emitSnapshot();
}

void NetworkWorker::setWeight(int layer, int unit, int input, float value)
{
    if (!m_trainer || layer < 0 || layer >= m_trainer->network().layerCount())
        return;
    engine::Network edited = m_trainer->network();
    auto weights = edited.weights(layer);
    if (unit < 0 || unit >= weights.rows() || input < 0 || input >= weights.cols())
        return;
    weights(unit, input) = value;
    m_trainer->setParameters(edited);
    emitSnapshot();
}

void NetworkWorker::setBias(int layer, int unit, float value)
{
    if (!m_trainer || layer < 0 || layer >= m_trainer->network().layerCount())
        return;
    engine::Network edited = m_trainer->network();
    auto bias = edited.bias(layer);
    if (unit < 0 || unit >= bias.size())
        return;
    bias(unit) = value;
    m_trainer->setParameters(edited);
    emitSnapshot();
}

void NetworkWorker::stop(NetworkStop reason)
{
    stopTraining();
    endRun();
    m_stop = reason;
}

void NetworkWorker::endRun()
{
    if (m_runUntil < 0)
        return;
    m_runUntil = -1;
    ++m_runsDone;
}

bool NetworkWorker::checkStops()
{
    if (m_trainer->diverged()) {
        stop(NetworkStop::Diverged);
        return true;
    }
    if (m_runUntil >= 0 && epoch() >= m_runUntil) {
        stop(NetworkStop::RunFinished);
        return true;
    }
    if (m_stops.epochLimit > 0 && epoch() >= m_stops.epochLimit) {
        stop(NetworkStop::EpochLimit);
        return true;
    }
    if (m_stops.targetLoss > 0 && m_trainer->loss(engine::Split::Test) <= m_stops.targetLoss) {
        stop(NetworkStop::TargetLoss);
        return true;
    }
    return false;
}

bool NetworkWorker::trainUnit()
{
    if (!m_trainer)
        return false;
    m_trainer->epoch();
    return !checkStops();
}

void NetworkWorker::emitSnapshot()
{
    if (!m_trainer)
        return;
    auto snapshot = std::make_shared<NetworkSnapshot>();
    snapshot->generation = m_generation;
    snapshot->epoch = epoch();
    snapshot->running = isTraining();
    snapshot->stop = m_stop;
    snapshot->runsDone = m_runsDone;
    snapshot->train = m_trainer->metrics(engine::Split::Train);
    snapshot->test = m_trainer->metrics(engine::Split::Test);

    const engine::Network &network = m_trainer->network();
    const engine::Extent extent = m_trainer->dataset().extent;
    OutputPainting painting;
    painting.outputs = network.outputs();
    painting.probabilities = network.outputActivation() == engine::Activation::Sigmoid;
    painting.discretize = m_view.discretize;
    const int side = std::clamp(m_view.gridSide, 8, 400);
    m_grid.resize(static_cast<size_t>(side) * side * painting.outputs);
    m_trainer->boundary({extent, side, side}, m_grid);
    paintOutputs(m_grid.data(), side, side, painting, snapshot->boundary);

    const int thumb = std::clamp(m_view.thumbSide, 4, 64);
    const int cells = thumb * thumb;
    const int neurons = m_trainer->neuronCount();
    m_neuronGrid.resize(static_cast<size_t>(cells) * neurons);
    m_trainer->neuronOutputs({extent, thumb, thumb}, m_neuronGrid);
    snapshot->neurons.resize(static_cast<size_t>(neurons));
    OutputPainting neuronPainting;
    for (int n = 0; n < neurons; ++n)
        paintOutputs(m_neuronGrid.data() + static_cast<size_t>(n) * cells, thumb, thumb, neuronPainting,
                     snapshot->neurons[static_cast<size_t>(n)]);

    for (int layer = 0; layer < network.layerCount(); ++layer) {
        snapshot->weights.emplace_back(network.weights(layer));
        snapshot->biases.emplace_back(network.bias(layer));
    }

    if (isTraining() && m_rateClock.isValid() && m_rateClock.elapsed() >= kRateWindowMs) {
        m_epochsPerSecond = (epoch() - m_rateEpochs) * 1000.0 / m_rateClock.elapsed();
        m_rateClock.restart();
        m_rateEpochs = epoch();
    }
    snapshot->epochsPerSecond = isTraining() || m_stop == NetworkStop::RunFinished ? m_epochsPerSecond : 0;

    snapshotSent();
    Q_EMIT snapshotReady(std::move(snapshot));
}

} // namespace loopwise
