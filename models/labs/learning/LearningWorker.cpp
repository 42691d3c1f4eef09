#include "LearningWorker.h"

#include "EngineErrorText.h"
#include "LabColours.h"

#include <algorithm>
#include <stdexcept>

namespace loopwise {

namespace learning = engine::learning;

namespace {

std::vector<learning::EpochStats> sampledHistory(const std::vector<learning::EpochStats> &history)
{
    if (history.size() <= LearningWorker::kMaxHistory)
        return history;
    std::vector<learning::EpochStats> sample;
    sample.reserve(LearningWorker::kMaxHistory + 1);
    const double stride = static_cast<double>(history.size() - 1) / (LearningWorker::kMaxHistory - 1);
    for (size_t i = 0; i < LearningWorker::kMaxHistory; ++i)
        sample.push_back(history[static_cast<size_t>(static_cast<double>(i) * stride)]);
    sample.back() = history.back();
    return sample;
}
} // namespace

LearningWorker::LearningWorker(QObject *parent)
    : LabWorker(parent)
{}

void LearningWorker::configure(const learning::LabConfig &config, long generation)
{
    try {
        m_session.emplace(config);
    } catch (const std::invalid_argument &error) {
        Q_EMIT failed(EngineErrorText::of(error));
        return;
    }
    m_generation = generation;
    stop();
    shareData();
    emitSnapshot();
}

void LearningWorker::setLearningRate(double rate)
{
    if (!m_session)
        return;
    try {
        m_session->setLearningRate(rate);
    } catch (const std::invalid_argument &error) {
        Q_EMIT failed(EngineErrorText::of(error));
    }
}

void LearningWorker::setBatchSize(int rows)
{
    if (!m_session)
        return;
    try {
        m_session->setBatchSize(rows);
    } catch (const std::invalid_argument &error) {
        Q_EMIT failed(EngineErrorText::of(error));
    }
    applyPace(); // the steps per epoch changed
    if (!isTraining())
        emitSnapshot();
}

void LearningWorker::setEpochsPerFrame(int epochs)
{
    m_epochsPerFrame = std::max(0, epochs);
    applyPace();
}

int LearningWorker::unitsPerEpoch() const
{
    constexpr int kLongEpochSteps = 64;
    return m_session && m_session->stepsPerEpoch() > kLongEpochSteps ? m_session->stepsPerEpoch() : 1;
}

void LearningWorker::applyPace()
{
    // A run asked for by runEpochs() (a link, a screenshot, a test) goes at full speed.
    setUnitsPerFrame(m_countsAsRun ? 0 : m_epochsPerFrame * unitsPerEpoch());
}

void LearningWorker::play(int untilEpoch)
{
    if (!m_session || isTraining() || m_session->diverged())
        return;
    m_runUntil = untilEpoch;
    applyPace();
    startTraining();
    emitSnapshot();
}

void LearningWorker::pause()
{
    if (!isTraining())
        return;
    stop();
    emitSnapshot();
}

void LearningWorker::stepEpoch()
{
    if (!m_session || isTraining())
        return;
    m_session->epoch();
    emitSnapshot();
}

void LearningWorker::traceStep()
{
    if (!m_session || isTraining() || m_session->diverged())
        return;
    std::vector<double> curveBefore;
    QImage probabilitiesBefore;
    paintModel(curveBefore, probabilitiesBefore);
    std::optional<learning::LoopTrace> trace = m_session->traceStep();
    emitSnapshot(std::move(trace), std::move(curveBefore), std::move(probabilitiesBefore));
}

void LearningWorker::runEpochs(int epochs)
{
    if (!m_session || m_session->diverged()) {
        ++m_runsDone; // nothing to run: done at once
        emitSnapshot();
        return;
    }
    stop();
    m_countsAsRun = true;
    play(m_session->epochsDone() + std::max(0, epochs));
}

void LearningWorker::reset(long generation)
{
    if (!m_session)
        return;
    m_generation = generation;
    stop();
    m_session->reset();
    emitSnapshot();
}

void LearningWorker::newData(std::uint64_t dataSeed, long generation)
{
    if (!m_session)
        return;
    m_generation = generation;
    stop();
    m_session->newData(dataSeed);
    shareData();
    emitSnapshot();
}

void LearningWorker::stop()
{
    stopTraining();
    endRun();
}

void LearningWorker::endRun()
{
    m_runUntil = -1;
    if (!m_countsAsRun)
        return;
    m_countsAsRun = false;
    ++m_runsDone;
}

bool LearningWorker::trainUnit()
{
    if (!m_session)
        return false;
    const bool trained = unitsPerEpoch() > 1 ? m_session->step() : m_session->epoch();
    if (m_session->diverged() || (m_runUntil >= 0 && m_session->epochsDone() >= m_runUntil)) {
        stop();
        return false;
    }
    return trained;
}

void LearningWorker::shareData()
{
    auto data = std::make_shared<LearningData>();
    data->config = m_session->config();
    data->train = m_session->train();
    data->validation = m_session->validation();
    data->extent = m_session->extent();
    for (const std::string &name : m_session->parameterNames())
        data->parameterNames.append(QString::fromStdString(name));
    data->noiseFloor = learning::noiseFloor(data->config);
    m_data = std::move(data);
}

void LearningWorker::paintModel(std::vector<double> &curve, QImage &probabilities) const
{
    const learning::LearningSession &session = *m_session;
    if (session.config().model == learning::ModelKind::Classes) {
        const std::vector<double> grid = session.probabilityGrid(kGridSide, kGridSide);
        const std::vector<float> cells(grid.begin(), grid.end());
        OutputPainting painting;
        painting.probabilities = true;
        paintOutputs(cells.data(), kGridSide, kGridSide, painting, probabilities);
    } else {
        curve = session.curve(kCurveSamples);
    }
}

void LearningWorker::emitSnapshot(std::optional<learning::LoopTrace> trace, std::vector<double> curveBefore,
                                  QImage probabilitiesBefore)
{
    if (!m_session)
        return;
    const learning::LearningSession &session = *m_session;
    auto snapshot = std::make_shared<LearningSnapshot>();
    snapshot->generation = m_generation;
    snapshot->runsDone = m_runsDone;
    snapshot->running = isTraining();
    snapshot->epoch = session.epochsDone();
    snapshot->stepInEpoch = session.stepInEpoch();
    snapshot->stepsPerEpoch = session.stepsPerEpoch();
    snapshot->diverged = session.diverged();
    snapshot->status = session.status();
    snapshot->baseline = session.baseline();
    snapshot->history = sampledHistory(session.history());
    snapshot->trainLoss = session.loss(learning::Split::Train);
    snapshot->validationLoss = session.loss(learning::Split::Validation);
    if (session.config().model == learning::ModelKind::Classes) {
        snapshot->trainAccuracy = session.accuracy(learning::Split::Train);
        snapshot->validationAccuracy = session.accuracy(learning::Split::Validation);
    }
    paintModel(snapshot->curve, snapshot->probabilities);
    snapshot->parameters = session.parameters();
    snapshot->data = m_data;
    snapshot->trace = std::move(trace);
    snapshot->curveBeforeStep = std::move(curveBefore);
    snapshot->probabilitiesBeforeStep = std::move(probabilitiesBefore);

    snapshotSent();
    Q_EMIT snapshotReady(std::move(snapshot));
}

} // namespace loopwise
