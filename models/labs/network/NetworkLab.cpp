#include "NetworkLab.h"

#include "EngineErrorText.h"
#include "NetworkExplanations.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace loopwise {

namespace {

const QString kLabId = QStringLiteral("network");
constexpr size_t kMaxHistory = 2000;
constexpr double kSeparatedAccuracy = 0.9;
constexpr double kFitRegressionLoss = 0.05;

} // namespace

NetworkLab::NetworkLab(QObject *parent)
    : PacedLab(kLabId, 2, parent)
    , m_points(this)
    , m_savedRuns(kLabId, this)
    , m_worker(QStringLiteral("network-lab"))
{
    attachPacedWorker(m_worker.get());
    connect(m_worker.get(), &NetworkWorker::snapshotReady, this, &NetworkLab::takeSnapshot);
    connect(&m_pointsFile, &NetworkPointsFile::pointsRead, this, &NetworkLab::takeImportedPoints);
    connect(&m_pointsFile, &NetworkPointsFile::written, this, [this](const QString &fileName) {
        //: %1 a file name
        setMessage(tr("Points saved to %1.").arg(fileName));
        Q_EMIT pointsExported(true);
    });
    connect(&m_pointsFile, &NetworkPointsFile::readFailed, this, [this](const QString &problem) {
        setMessage(problem);
        Q_EMIT pointsImported(false);
    });
    connect(&m_pointsFile, &NetworkPointsFile::writeFailed, this, [this](const QString &problem) {
        setMessage(problem);
        Q_EMIT pointsExported(false);
    });
    m_worker.start();
    sendView();
    rebuild(false);
}

NetworkLab::~NetworkLab() = default;

void NetworkLab::setStore(ProgressStore *store)
{
    if (store == m_savedRuns.store())
        return;
    m_savedRuns.setStore(store);
    Q_EMIT storeChanged();
}

// --- settings -------------------------------------------------------------------------

void NetworkLab::rebuild(bool keepWeights)
{
    engine::Dataset data = m_settings.makeDataset();
    engine::TrainerConfig config = m_settings.trainerConfig(data);
    engine::checkTrainerConfig(config, data); // the caller says what went wrong
    m_data = data;
    m_points.setDataset(m_data);
    const long generation = nextGeneration();
    if (!keepWeights)
        clearHistory();
    m_worker.post([job = NetworkWorker::Job{std::move(data), std::move(config), keepWeights, generation}](
                      NetworkWorker &worker) mutable { worker.configure(std::move(job)); });
    sendStops();
    Q_EMIT extentChanged();
}

void NetworkLab::changeSettings(const NetworkLabSettings &next, bool keepWeights)
{
    if (next == m_settings)
        return;
    const NetworkLabSettings previous = m_settings;
    m_settings = next;
    try {
        rebuild(keepWeights);
    } catch (const std::invalid_argument &error) {
        m_settings = previous;
        //: %1 is one whole sentence saying why the training engine refuses the settings
        setMessage(tr("That change cannot be trained: %1").arg(EngineErrorText::of(error)));
    }
    Q_EMIT settingsChanged();
}

void NetworkLab::sendView()
{
    m_worker.post([view = NetworkWorker::View{m_gridSide, 24, m_settings.discretize}](NetworkWorker &worker) {
        worker.setView(view);
    });
}

void NetworkLab::sendStops()
{
    m_worker.post([stops = NetworkWorker::Stops{m_settings.epochLimit, m_settings.targetLoss}](NetworkWorker &worker) {
        worker.setStops(stops);
    });
}

// --- training -------------------------------------------------------------------------

void NetworkLab::play()
{
    m_worker.post([](NetworkWorker &worker) { worker.play(); });
}

void NetworkLab::pause()
{
    m_worker.post([](NetworkWorker &worker) { worker.pause(); });
}

void NetworkLab::step()
{
    m_worker.post([](NetworkWorker &worker) { worker.stepEpoch(); });
}

void NetworkLab::reset()
{
    clearHistory();
    m_worker.post([generation = nextGeneration()](NetworkWorker &worker) { worker.resetWeights(generation); });
}

void NetworkLab::regenerate()
{
    NetworkLabSettings next = m_settings;
    if (next.isCustom()) {
        setMessage(tr("Your own points stay as they are; choose a generated set to get new data."));
        return;
    }
    ++next.seed;
    changeSettings(next, false);
}

void NetworkLab::postRun(int epochs)
{
    m_worker.post([epochs](NetworkWorker &worker) { worker.runEpochs(epochs); });
}

void NetworkLab::takeSnapshot(std::shared_ptr<const NetworkSnapshot> snapshot)
{
    if (!acceptSnapshot(snapshot->generation, snapshot->runsDone))
        return;
    const bool predictable = canPredict();
    m_snapshot = std::move(snapshot);
    recordHistory(*m_snapshot);
    ++m_revision;
    updateSummary();
    Q_EMIT snapshotChanged();
    if ((!m_snapshot->running && m_predictionEpoch >= 0) || predictable != canPredict())
        Q_EMIT predictionChanged();
    finishSnapshot();
}

void NetworkLab::clearHistory()
{
    lossHistory()->clear();
    m_predictionEpoch = -1;
    Q_EMIT predictionChanged();
}

void NetworkLab::recordHistory(const NetworkSnapshot &snapshot)
{
    LossHistoryModel &history = *lossHistory();
    const std::vector<LossPoint> &points = lossPoints();
    if (!points.empty() && points.back().epoch >= snapshot.epoch) {
        if (points.back().epoch > snapshot.epoch) // the weights were reset
            history.clear();
        else
            return;
    }
    const LossPoint point{snapshot.epoch, snapshot.train.loss, snapshot.test.loss};
    if (points.size() < kMaxHistory) {
        history.append(point);
        return;
    }
    // Long runs keep an even sample of their curve, never an ever-growing list.
    std::vector<LossPoint> thinned;
    thinned.reserve(kMaxHistory / 2 + 1);
    for (size_t i = 0; i < points.size(); i += 2)
        thinned.push_back(points[i]);
    thinned.push_back(point);
    history.setPoints(std::move(thinned));
}

void NetworkLab::updateSummary()
{
    const NetworkSnapshot &s = *m_snapshot;
    m_summary = networkSummary(s, regression());
    m_diagnosis = networkDiagnosisText(diagnoseNetworkRun(lossPoints(), s.stop == NetworkStop::Diverged, learned(s)));
}

bool NetworkLab::learned(const NetworkSnapshot &snapshot) const
{
    return regression() ? snapshot.test.loss <= kFitRegressionLoss : snapshot.test.accuracy >= kSeparatedAccuracy;
}

// --- what training shows ----------------------------------------------------------------

bool NetworkLab::running() const
{
    return m_snapshot && m_snapshot->running;
}

int NetworkLab::epoch() const
{
    return m_snapshot ? static_cast<int>(m_snapshot->epoch) : 0;
}

double NetworkLab::trainLoss() const
{
    return m_snapshot ? m_snapshot->train.loss : 0.0;
}

double NetworkLab::testLoss() const
{
    return m_snapshot ? m_snapshot->test.loss : 0.0;
}

double NetworkLab::trainAccuracy() const
{
    return m_snapshot ? m_snapshot->train.accuracy : 0.0;
}

double NetworkLab::testAccuracy() const
{
    return m_snapshot ? m_snapshot->test.accuracy : 0.0;
}

QString NetworkLab::testAccuracyText() const
{
    return regression() ? QStringLiteral("—") : percentText(static_cast<int>(std::lround(testAccuracy() * 100)));
}

QString NetworkLab::percentText(int percent)
{
    //: A whole percentage, e.g. "87 %"
    return tr("%1 %").arg(QLocale().toString(percent));
}

QVariantList NetworkLab::confusion() const
{
    QVariantList rows;
    if (!m_snapshot)
        return rows;
    const engine::Metrics &test = m_snapshot->test;
    for (int row = 0; row < test.classes; ++row) {
        QVariantList cells;
        for (int col = 0; col < test.classes; ++col)
            cells.append(test.confusion[static_cast<size_t>(row * test.classes + col)]);
        rows.append(QVariant(cells));
    }
    return rows;
}

bool NetworkLab::diverged() const
{
    return m_snapshot && m_snapshot->stop == NetworkStop::Diverged;
}

QString NetworkLab::stopMessage() const
{
    return m_snapshot ? networkStopMessage(m_snapshot->stop, m_settings.epochLimit, m_settings.targetLoss) : QString();
}

QImage NetworkLab::boundaryImage() const
{
    return m_snapshot ? m_snapshot->boundary : QImage();
}

double NetworkLab::epochsPerSecond() const
{
    return m_snapshot ? m_snapshot->epochsPerSecond : 0.0;
}

QImage NetworkLab::neuronImage(int neuron) const
{
    if (!m_snapshot || neuron < 0 || neuron >= static_cast<int>(m_snapshot->neurons.size()))
        return {};
    return m_snapshot->neurons[static_cast<size_t>(neuron)];
}

double NetworkLab::weight(int layer, int unit, int input) const
{
    if (!m_snapshot || layer < 0 || layer >= static_cast<int>(m_snapshot->weights.size()))
        return 0.0;
    const engine::RowMajorMatrix &w = m_snapshot->weights[static_cast<size_t>(layer)];
    return unit >= 0 && unit < w.rows() && input >= 0 && input < w.cols() ? w(unit, input) : 0.0;
}

double NetworkLab::bias(int layer, int unit) const
{
    if (!m_snapshot || layer < 0 || layer >= static_cast<int>(m_snapshot->biases.size()))
        return 0.0;
    const Eigen::VectorXf &b = m_snapshot->biases[static_cast<size_t>(layer)];
    return unit >= 0 && unit < b.size() ? b(unit) : 0.0;
}

void NetworkLab::setWeight(int layer, int unit, int input, double value)
{
    if (!std::isfinite(value) || std::abs(value) > 100) {
        setMessage(tr("A weight must be a number from -100 to 100."));
        return;
    }
    m_worker.post([=](NetworkWorker &worker) { worker.setWeight(layer, unit, input, static_cast<float>(value)); });
}

void NetworkLab::setBias(int layer, int unit, double value)
{
    if (!std::isfinite(value) || std::abs(value) > 100) {
        setMessage(tr("A bias must be a number from -100 to 100."));
        return;
    }
    m_worker.post([=](NetworkWorker &worker) { worker.setBias(layer, unit, static_cast<float>(value)); });
}

// --- prediction ---------------------------------------------------------------------------

void NetworkLab::setPrediction(const QString &id)
{
    if (id == m_prediction)
        return;
    if (!canPredict()) {
        setMessage(tr("A prediction is made before training starts: reset the network to predict again."));
        Q_EMIT predictionChanged(); // puts the control back to the recorded prediction
        return;
    }
    m_prediction = id;
    m_predictionEpoch = 0;
    Q_EMIT predictionChanged();
}

QString NetworkLab::predictionOutcome() const
{
    if (m_prediction.isEmpty() || m_predictionEpoch < 0 || !m_snapshot || running() || epoch() == 0)
        return {};
    const NetworkSnapshot &s = *m_snapshot;
    const bool learned = this->learned(s);
    const std::vector<LossPoint> &history = lossPoints();
    double lowestTest = s.test.loss;
    for (const LossPoint &point : history)
        lowestTest = std::min(lowestTest, point.test);
    const bool testRose = s.test.loss > 1.1 * lowestTest && s.train.loss < history.front().train;
    const bool diverged = s.stop == NetworkStop::Diverged;
    PredictionResult result{false, diverged, regression(), s.epoch, s.test.accuracy, s.test.loss, lowestTest};
    if (m_prediction == QLatin1String("learns"))
        result.held = learned && !diverged;
    else if (m_prediction == QLatin1String("struggles"))
        result.held = !learned || diverged;
    else if (m_prediction == QLatin1String("test-rises"))
        result.held = testRose;
    else if (m_prediction == QLatin1String("diverges"))
        result.held = diverged;
    return networkPredictionOutcome(result);
}

// --- link, chart, saved runs ----------------------------------------------------------------

bool NetworkLab::applyLink(const QString &text)
{
    const std::optional<NetworkLabSettings> read = readLink<NetworkLabSettings>(text);
    if (!read)
        return false;
    m_settings = *read;
    rebuild(false); // fromQuery() made sure the engine takes it
    sendView();
    Q_EMIT settingsChanged();
    return true;
}

QString NetworkLab::saveRun(const QString &label)
{
    if (!store() || !m_snapshot) {
        setMessage(tr("There is nothing to save yet."));
        return {};
    }
    QVariantList curve;
    for (const LossPoint &point : lossPoints())
        curve.append(QVariant(QVariantList{static_cast<double>(point.epoch), point.train, point.test}));
    const QVariantMap results{{QStringLiteral("epoch"), static_cast<double>(m_snapshot->epoch)},
                              {QStringLiteral("trainLoss"), m_snapshot->train.loss},
                              {QStringLiteral("testLoss"), m_snapshot->test.loss},
                              {QStringLiteral("trainAccuracy"), m_snapshot->train.accuracy},
                              {QStringLiteral("testAccuracy"), m_snapshot->test.accuracy},
                              {QStringLiteral("regression"), regression()},
                              {QStringLiteral("diverged"), diverged()}};
    //: the name of a saved run the learner did not name; %1 its epochs
    const QString name = label.trimmed().isEmpty() ? tr("Run of %1 epochs").arg(m_snapshot->epoch) : label.trimmed();
    const QString id = m_savedRuns.save(link(), results, curve, name);
    if (id.isEmpty())
        //: %1 the progress store's reason
        setMessage(tr("The run could not be saved: %1").arg(m_savedRuns.lastError()));
    else
        //: %1 the name of the saved run
        setMessage(tr("Saved \"%1\".").arg(name));
    return id;
}

} // namespace loopwise
