#include "NetworkLab.h"

#include "EngineErrorText.h"
#include "Progress.h"
#include "progressstore.h"

#include <QClipboard>
#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSaveFile>
#include <QUrl>
#include <QtCharts/QXYSeries>

#include <algorithm>
#include <cmath>

namespace loopwise {

namespace {

const QString kLabId = QStringLiteral("network");
constexpr size_t kMaxHistory = 2000;
constexpr double kSeparatedAccuracy = 0.9;
constexpr double kFitRegressionLoss = 0.05;

// Epochs per frame for each speed choice; 0 is as fast as the engine goes.
const std::vector<int> &speedSteps()
{
    static const std::vector<int> steps{1, 3, 10, 30, 100, 0};
    return steps;
}

QString fromView(std::string_view view)
{
    return QString::fromLatin1(view.data(), static_cast<qsizetype>(view.size()));
}

template<typename Enum, typename FromName>
std::optional<Enum> parseName(const QString &name, FromName fromName)
{
    const QByteArray latin = name.toLatin1();
    return fromName(std::string_view(latin.constData(), static_cast<size_t>(latin.size())));
}

QString localPath(const QString &pathOrUrl)
{
    const QUrl url(pathOrUrl);
    return url.isLocalFile() ? url.toLocalFile() : pathOrUrl;
}

// Rates are kept as floats (the engine's type); shown and compared as the decimals chosen.
double decimal(float value)
{
    return QString::number(static_cast<double>(value), 'g', 6).toDouble();
}

// A figure for the learner, in the reader's language ("0,044" in German).
QString figure(double value, int decimals = 3)
{
    return QLocale().toString(value, 'f', decimals);
}

// The trend word for the summary; small wobbles count as steady.
QString trend(double previous, double now)
{
    if (previous < 0 || std::abs(now - previous) <= 0.001 * std::max(previous, 1e-9))
        return NetworkLab::tr("steady");
    return now < previous ? NetworkLab::tr("falling") : NetworkLab::tr("rising");
}

} // namespace

NetworkLab::NetworkLab(QObject *parent)
    : QObject(parent)
    , m_worker(QStringLiteral("network-lab"))
{
    connect(m_worker.get(), &NetworkWorker::snapshotReady, this, &NetworkLab::takeSnapshot);
    connect(m_worker.get(), &NetworkWorker::failed, this, [this](const QString &problem) {
        setMessage(problem);
        setBusy(false);
    });
    m_worker.start();
    setStore(Progress::instance()->store());
    m_worker.post([speed = speedSteps()[static_cast<size_t>(m_speed)]](NetworkWorker &worker) {
        worker.setEpochsPerFrame(speed);
    });
    sendView();
    rebuild(false);
}

NetworkLab::~NetworkLab() = default;

void NetworkLab::setStore(ProgressStore *store)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    if (m_store)
        connect(m_store, &ProgressStore::changed, this, &NetworkLab::savedRunsChanged);
    Q_EMIT savedRunsChanged();
}

// --- settings -------------------------------------------------------------------------

void NetworkLab::rebuild(bool keepWeights)
{
    engine::Dataset data = m_settings.makeDataset();
    engine::TrainerConfig config = m_settings.trainerConfig(data);
    engine::checkTrainerConfig(config, data);  // the caller says what went wrong
    m_data = data;
    ++m_generation;
    if (!keepWeights)
        clearHistory();
    setBusy(true);
    m_worker.post([job = NetworkWorker::Job{std::move(data), std::move(config), keepWeights, m_generation}](
                 NetworkWorker &worker) mutable { worker.configure(std::move(job)); });
    sendStops();
    Q_EMIT pointsChanged();
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

void NetworkLab::setDataset(const QString &name)
{
    if (!networkDatasetNames().contains(name) || name == m_settings.dataset)
        return;
    NetworkLabSettings next = m_settings;
    next.dataset = name;
    if (next.isCustom() && next.customPoints.empty()) {
        // Start the learner's own set from the points on the canvas.
        for (const auto *split : {&m_data.train, &m_data.validation, &m_data.test})
            next.customPoints.insert(next.customPoints.end(), split->begin(), split->end());
        if (m_settings.isRegression())
            next.customPoints.clear();
    }
    if (next.isCustom() && next.customPoints.empty()) {
        setMessage(tr("Your own points need a classification set to start from: choose one, then add points."));
        return;
    }
    changeSettings(next, false);
}

void NetworkLab::setNoise(int percent)
{
    NetworkLabSettings next = m_settings;
    next.noisePercent = std::clamp(percent, 0, 50);
    changeSettings(next, false);
}

void NetworkLab::setTrainRatio(int percent)
{
    NetworkLabSettings next = m_settings;
    next.trainPercent = std::clamp(percent, 10, 90);
    changeSettings(next, false);
}

void NetworkLab::setBatchSize(int size)
{
    NetworkLabSettings next = m_settings;
    next.batchSize = std::clamp(size, 1, 30);
    changeSettings(next, true);
}

QStringList NetworkLab::features() const
{
    QStringList names;
    for (engine::Feature feature : m_settings.features)
        names.append(fromView(engine::featureName(feature)));
    return names;
}

QVariantList NetworkLab::layers() const
{
    QVariantList list;
    for (const engine::LayerSpec &layer : m_settings.hidden)
        list.append(QVariantMap{{QStringLiteral("units"), layer.units},
                                {QStringLiteral("activation"), fromView(engine::activationName(layer.activation))}});
    return list;
}

QVariantList NetworkLab::layerSizes() const
{
    QVariantList sizes{static_cast<int>(m_settings.features.size())};
    for (const engine::LayerSpec &layer : m_settings.hidden)
        sizes.append(layer.units);
    const int classCount = m_settings.classes();
    sizes.append(classCount > 2 ? classCount : 1);
    return sizes;
}

double NetworkLab::learningRate() const
{
    return decimal(m_settings.learningRate);
}

double NetworkLab::regularizationRate() const
{
    return decimal(m_settings.regularizationRate);
}

void NetworkLab::setLearningRate(double rate)
{
    NetworkLabSettings next = m_settings;
    next.learningRate =
        static_cast<float>(std::clamp(rate, engine::kMinNetworkLearningRate, engine::kMaxNetworkLearningRate));
    changeSettings(next, true);
}

QString NetworkLab::regularization() const
{
    return fromView(engine::regularizationName(m_settings.regularization));
}

void NetworkLab::setRegularization(const QString &name)
{
    const auto kind = parseName<engine::Regularization>(name, engine::regularizationFromName);
    if (!kind)
        return;
    NetworkLabSettings next = m_settings;
    next.regularization = *kind;
    changeSettings(next, true);
}

void NetworkLab::setRegularizationRate(double rate)
{
    NetworkLabSettings next = m_settings;
    next.regularizationRate = static_cast<float>(std::clamp(rate, 0.0, engine::kMaxNetworkRegularizationRate));
    changeSettings(next, true);
}

QString NetworkLab::optimizer() const
{
    return fromView(engine::optimizerName(m_settings.optimizer));
}

void NetworkLab::setOptimizer(const QString &name)
{
    const auto kind = parseName<engine::OptimizerKind>(name, engine::optimizerFromName);
    if (!kind)
        return;
    NetworkLabSettings next = m_settings;
    next.optimizer = *kind;
    changeSettings(next, true);
}

void NetworkLab::setCrossEntropy(bool on)
{
    NetworkLabSettings next = m_settings;
    next.crossEntropy = on;
    changeSettings(next, true);
}

void NetworkLab::setShowTestData(bool on)
{
    if (on == m_settings.showTestData)
        return;
    m_settings.showTestData = on;
    Q_EMIT settingsChanged();
}

void NetworkLab::setDiscretize(bool on)
{
    if (on == m_settings.discretize)
        return;
    m_settings.discretize = on;
    sendView();
    Q_EMIT settingsChanged();
}

void NetworkLab::setEpochLimit(int epochs)
{
    if (std::max(0, epochs) == m_settings.epochLimit)
        return;
    m_settings.epochLimit = std::max(0, epochs);
    sendStops();
    Q_EMIT settingsChanged();
}

void NetworkLab::setTargetLoss(double loss)
{
    const double target = std::isfinite(loss) ? std::max(0.0, loss) : 0.0;
    if (target == m_settings.targetLoss)
        return;
    m_settings.targetLoss = target;
    sendStops();
    Q_EMIT settingsChanged();
}

void NetworkLab::setSpeed(int index)
{
    index = std::clamp(index, 0, static_cast<int>(speedSteps().size()) - 1);
    if (index == m_speed)
        return;
    m_speed = index;
    m_worker.post([epochs = speedSteps()[static_cast<size_t>(index)]](NetworkWorker &worker) {
        worker.setEpochsPerFrame(epochs);
    });
    Q_EMIT settingsChanged();
}

QString NetworkLab::link() const
{
    return QStringLiteral("lab/network?") + m_settings.toQuery();
}

void NetworkLab::setGridSide(int side)
{
    side = std::clamp(side, 8, 400);
    if (side == m_gridSide)
        return;
    m_gridSide = side;
    sendView();
    Q_EMIT gridSideChanged();
}

void NetworkLab::toggleFeature(const QString &name)
{
    const auto feature = parseName<engine::Feature>(name, engine::featureFromName);
    if (!feature)
        return;
    NetworkLabSettings next = m_settings;
    const auto found = std::find(next.features.begin(), next.features.end(), *feature);
    if (found != next.features.end()) {
        if (next.features.size() == 1) {
            setMessage(tr("The network needs at least one input."));
            return;
        }
        next.features.erase(found);
    } else {
        // Keep Playground's order of the inputs, whatever order they are switched on in.
        next.features.push_back(*feature);
        std::sort(next.features.begin(), next.features.end());
    }
    changeSettings(next, false);
}

void NetworkLab::addLayer()
{
    if (m_settings.hidden.size() >= NetworkLabSettings::kMaxHiddenLayers)
        return;
    NetworkLabSettings next = m_settings;
    const engine::Activation activation = next.hidden.empty() ? engine::Activation::Tanh : next.hidden.back().activation;
    next.hidden.push_back({2, activation});
    changeSettings(next, false);
}

void NetworkLab::removeLayer()
{
    if (m_settings.hidden.empty())
        return;
    NetworkLabSettings next = m_settings;
    next.hidden.pop_back();
    changeSettings(next, false);
}

void NetworkLab::addNeuron(int layer)
{
    if (layer < 0 || layer >= static_cast<int>(m_settings.hidden.size())
        || m_settings.hidden[static_cast<size_t>(layer)].units >= NetworkLabSettings::kMaxUnits)
        return;
    NetworkLabSettings next = m_settings;
    ++next.hidden[static_cast<size_t>(layer)].units;
    changeSettings(next, false);
}

void NetworkLab::removeNeuron(int layer)
{
    if (layer < 0 || layer >= static_cast<int>(m_settings.hidden.size())
        || m_settings.hidden[static_cast<size_t>(layer)].units <= 1)
        return;
    NetworkLabSettings next = m_settings;
    --next.hidden[static_cast<size_t>(layer)].units;
    changeSettings(next, false);
}

void NetworkLab::setActivation(int layer, const QString &name)
{
    const auto activation = parseName<engine::Activation>(name, engine::activationFromName);
    if (!activation || *activation == engine::Activation::Softmax || layer < 0
        || layer >= static_cast<int>(m_settings.hidden.size()))
        return;
    NetworkLabSettings next = m_settings;
    next.hidden[static_cast<size_t>(layer)].activation = *activation;
    changeSettings(next, false);
}

void NetworkLab::setAllActivations(const QString &name)
{
    const auto activation = parseName<engine::Activation>(name, engine::activationFromName);
    if (!activation || *activation == engine::Activation::Softmax)
        return;
    NetworkLabSettings next = m_settings;
    for (engine::LayerSpec &layer : next.hidden)
        layer.activation = *activation;
    changeSettings(next, false);
}

// --- choices --------------------------------------------------------------------------

QVariantList NetworkLab::datasetChoices() const
{
    const QHash<QString, QString> labels{
        {QStringLiteral("circle"), tr("Circle")},
        {QStringLiteral("xor"), tr("Exclusive or")},
        {QStringLiteral("gauss"), tr("Two clusters")},
        {QStringLiteral("spiral"), tr("Spiral")},
        {QStringLiteral("moons"), tr("Two moons")},
        {QStringLiteral("blobs3"), tr("Three classes")},
        {QStringLiteral("blobs4"), tr("Four classes")},
        {QStringLiteral("plane"), tr("Plane (regression)")},
        {QStringLiteral("regress-gauss"), tr("Hills (regression)")},
        {QStringLiteral("custom"), tr("My own points")},
    };
    QVariantList list;
    for (const QString &name : networkDatasetNames()) {
        NetworkLabSettings probe;
        probe.dataset = name;
        list.append(QVariantMap{{QStringLiteral("id"), name},
                                {QStringLiteral("label"), labels.value(name)},
                                {QStringLiteral("regression"), probe.isRegression()}});
    }
    return list;
}

QVariantList NetworkLab::featureChoices() const
{
    const QList<QPair<QString, QString>> choices{
        {QStringLiteral("x1"), QStringLiteral("x₁")},          {QStringLiteral("x2"), QStringLiteral("x₂")},
        {QStringLiteral("x1sq"), QStringLiteral("x₁²")},       {QStringLiteral("x2sq"), QStringLiteral("x₂²")},
        {QStringLiteral("x1x2"), QStringLiteral("x₁x₂")},      {QStringLiteral("sinx1"), QStringLiteral("sin x₁")},
        {QStringLiteral("sinx2"), QStringLiteral("sin x₂")},
    };
    QVariantList list;
    for (const auto &[id, label] : choices)
        list.append(QVariantMap{{QStringLiteral("id"), id}, {QStringLiteral("label"), label}});
    return list;
}

QVariantList NetworkLab::activationChoices() const
{
    return {QVariantMap{{QStringLiteral("id"), QStringLiteral("tanh")}, {QStringLiteral("label"), tr("Tanh")}},
            QVariantMap{{QStringLiteral("id"), QStringLiteral("relu")}, {QStringLiteral("label"), tr("ReLU")}},
            QVariantMap{{QStringLiteral("id"), QStringLiteral("leaky-relu")}, {QStringLiteral("label"), tr("Leaky ReLU")}},
            QVariantMap{{QStringLiteral("id"), QStringLiteral("sigmoid")}, {QStringLiteral("label"), tr("Sigmoid")}},
            QVariantMap{{QStringLiteral("id"), QStringLiteral("linear")}, {QStringLiteral("label"), tr("Linear")}}};
}

QVariantList NetworkLab::optimizerChoices() const
{
    return {QVariantMap{{QStringLiteral("id"), QStringLiteral("sgd")}, {QStringLiteral("label"), tr("Plain SGD")}},
            QVariantMap{{QStringLiteral("id"), QStringLiteral("momentum")}, {QStringLiteral("label"), tr("Momentum")}},
            QVariantMap{{QStringLiteral("id"), QStringLiteral("adam")}, {QStringLiteral("label"), tr("Adam")}}};
}

QVariantList NetworkLab::learningRates() const
{
    QVariantList list;
    for (float rate : networkLearningRates())
        list.append(decimal(rate));
    return list;
}

QVariantList NetworkLab::regularizationRates() const
{
    QVariantList list;
    for (float rate : networkRegularizationRates())
        list.append(decimal(rate));
    return list;
}

QVariantList NetworkLab::speedChoices() const
{
    QVariantList list;
    for (int epochs : speedSteps())
        list.append(epochs == 0 ? tr("Full speed") : tr("%n per frame", nullptr, epochs));
    return list;
}

QVariantList NetworkLab::predictionChoices() const
{
    return {QVariantMap{{QStringLiteral("id"), QStringLiteral("learns")},
                        {QStringLiteral("label"), tr("It will learn the data: at least 90 % of test points on the right side (regression: test loss at most 0.05).")}},
            QVariantMap{{QStringLiteral("id"), QStringLiteral("struggles")},
                        {QStringLiteral("label"), tr("It will not manage that.")}},
            QVariantMap{{QStringLiteral("id"), QStringLiteral("test-rises")},
                        {QStringLiteral("label"), tr("The test loss will rise again while the training loss keeps falling.")}},
            QVariantMap{{QStringLiteral("id"), QStringLiteral("diverges")},
                        {QStringLiteral("label"), tr("Training will blow up (diverge).")}}};
}

// --- data -----------------------------------------------------------------------------

QVariantList NetworkLab::points() const
{
    QVariantList list;
    const auto add = [&list](const std::vector<engine::Point> &split, bool test) {
        for (const engine::Point &point : split)
            list.append(QVariantMap{{QStringLiteral("x"), point.x1},
                                    {QStringLiteral("y"), point.x2},
                                    {QStringLiteral("label"), point.label},
                                    {QStringLiteral("test"), test}});
    };
    add(m_data.train, false);
    add(m_data.validation, false);
    add(m_data.test, true);
    return list;
}

QRectF NetworkLab::extent() const
{
    const engine::Extent &e = m_data.extent;
    return QRectF(QPointF(e.xMin, e.yMin), QPointF(e.xMax, e.yMax));
}

void NetworkLab::makePointsOwn()
{
    if (m_settings.isCustom())
        return;
    setDataset(QStringLiteral("custom"));
}

void NetworkLab::addPoint(double x, double y, int label)
{
    if (m_settings.isRegression()) {
        setMessage(tr("Your own points are for classification: choose a classification set first."));
        return;
    }
    const engine::Extent &e = m_data.extent;
    if (!std::isfinite(x) || !std::isfinite(y) || x < e.xMin || x > e.xMax || y < e.yMin || y > e.yMax)
        return;
    makePointsOwn();
    if (m_settings.customPoints.size() >= static_cast<size_t>(NetworkLabSettings::kMaxCustomPoints)) {
        setMessage(tr("The canvas holds at most %1 points.").arg(NetworkLabSettings::kMaxCustomPoints));
        return;
    }
    NetworkLabSettings next = m_settings;
    next.customPoints.push_back({static_cast<float>(x), static_cast<float>(y), static_cast<float>(std::clamp(label, 0, 3))});
    changeSettings(next, true);
}

bool NetworkLab::erasePoint(double x, double y, double radius)
{
    if (m_settings.isRegression())
        return false;
    std::optional<engine::Point> nearest;
    double best = radius * radius;
    for (const auto *split : {&m_data.train, &m_data.validation, &m_data.test})
        for (const engine::Point &point : *split) {
            const double distance = (point.x1 - x) * (point.x1 - x) + (point.x2 - y) * (point.x2 - y);
            if (distance <= best) {
                best = distance;
                nearest = point;
            }
        }
    if (!nearest)
        return false;
    makePointsOwn();
    NetworkLabSettings next = m_settings;
    const auto found = std::find(next.customPoints.begin(), next.customPoints.end(), *nearest);
    if (found == next.customPoints.end())
        return false;
    next.customPoints.erase(found);
    changeSettings(next, true);
    return m_settings.customPoints.size() == next.customPoints.size();
}

bool NetworkLab::importCsv(const QString &pathOrUrl)
{
    std::vector<engine::Point> read;
    try {
        read = engine::readCsvFile(localPath(pathOrUrl).toStdString(), engine::Task::Classification);
    } catch (const engine::CsvError &error) {
        setMessage(error.line() > 0 ? tr("Line %1 of the file: %2").arg(error.line()).arg(QString::fromUtf8(error.what()))
                                    : tr("The file cannot be read: %1").arg(QString::fromUtf8(error.what())));
        return false;
    }
    const engine::Extent canvas;
    for (size_t i = 0; i < read.size(); ++i) {
        const engine::Point &p = read[i];
        if (p.x1 < canvas.xMin || p.x1 > canvas.xMax || p.x2 < canvas.yMin || p.x2 > canvas.yMax || p.label > 3) {
            setMessage(tr("Point %1 (%2, %3, class %4) is outside the canvas: x1 and x2 run from -6 to 6, classes from 0 to 3.")
                           .arg(i + 1).arg(p.x1).arg(p.x2).arg(p.label));
            return false;
        }
    }
    if (read.size() > static_cast<size_t>(NetworkLabSettings::kMaxCustomPoints)) {
        setMessage(tr("The file has %1 points; the lab takes at most %2.").arg(read.size()).arg(NetworkLabSettings::kMaxCustomPoints));
        return false;
    }
    NetworkLabSettings next = m_settings;
    next.dataset = QStringLiteral("custom");
    next.customPoints = std::move(read);
    const NetworkLabSettings before = m_settings;
    changeSettings(next, false);
    if (m_settings == before)
        return false;
    setMessage(tr("%n point(s) imported.", nullptr, static_cast<int>(m_settings.customPoints.size())));
    return true;
}

bool NetworkLab::exportCsv(const QString &pathOrUrl)
{
    QSaveFile file(localPath(pathOrUrl));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text)) {
        setMessage(tr("Cannot write %1: %2").arg(file.fileName(), file.errorString()));
        return false;
    }
    QByteArray text("x1,x2,label\n");
    for (const auto *split : {&m_data.train, &m_data.validation, &m_data.test})
        for (const engine::Point &point : *split)
            text += QByteArray::number(point.x1, 'g', 7) + ',' + QByteArray::number(point.x2, 'g', 7) + ','
                    + QByteArray::number(point.label, 'g', 7) + '\n';
    file.write(text);
    if (!file.commit()) {
        setMessage(tr("Cannot write %1: %2").arg(file.fileName(), file.errorString()));
        return false;
    }
    setMessage(tr("Points saved to %1.").arg(file.fileName()));
    return true;
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

void NetworkLab::togglePlay()
{
    if (running())
        pause();
    else
        play();
}

void NetworkLab::step()
{
    m_worker.post([](NetworkWorker &worker) { worker.stepEpoch(); });
}

void NetworkLab::reset()
{
    clearHistory();
    ++m_generation;
    setBusy(true);
    m_worker.post([generation = m_generation](NetworkWorker &worker) { worker.resetWeights(generation); });
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

void NetworkLab::runEpochs(int epochs)
{
    ++m_runsRequested;
    setBusy(true);
    m_worker.post([epochs](NetworkWorker &worker) { worker.runEpochs(epochs); });
}

void NetworkLab::takeSnapshot(std::shared_ptr<const NetworkSnapshot> snapshot)
{
    m_worker->snapshotTaken();
    const bool runsPending = snapshot->runsDone < m_runsRequested;
    if (snapshot->generation != m_generation) {
        setBusy(true);  // from a configuration the learner has already left
        return;
    }
    m_snapshot = std::move(snapshot);
    recordHistory(*m_snapshot);
    ++m_revision;
    updateSummary();
    Q_EMIT snapshotChanged();
    if (!m_snapshot->running && m_predictionEpoch >= 0)
        Q_EMIT predictionChanged();
    setBusy(runsPending);
}

void NetworkLab::clearHistory()
{
    m_history.clear();
    m_previousTestLoss = -1;
    m_predictionEpoch = -1;
    Q_EMIT predictionChanged();
}

void NetworkLab::recordHistory(const NetworkSnapshot &snapshot)
{
    if (!m_history.empty() && m_history.back().epoch >= snapshot.epoch) {
        if (m_history.back().epoch > snapshot.epoch)  // the weights were reset
            m_history.clear();
        else
            return;
    }
    m_history.push_back({snapshot.epoch, snapshot.train.loss, snapshot.test.loss});
    // Long runs keep an even sample of their curve, never an ever-growing list.
    if (m_history.size() > kMaxHistory) {
        std::vector<HistoryPoint> thinned;
        thinned.reserve(kMaxHistory / 2 + 1);
        for (size_t i = 0; i < m_history.size(); i += 2)
            thinned.push_back(m_history[i]);
        if (thinned.back().epoch != m_history.back().epoch)
            thinned.push_back(m_history.back());
        m_history = std::move(thinned);
    }
}

void NetworkLab::updateSummary()
{
    const NetworkSnapshot &s = *m_snapshot;
    if (s.stop == NetworkStop::Diverged) {
        m_summary = tr("Training diverged at epoch %1: the loss blew up. Lower the learning rate, then reset.").arg(s.epoch);
        return;
    }
    const QString loss = figure(s.test.count > 0 ? s.test.loss : s.train.loss);
    const QString direction = trend(m_previousTestLoss, s.test.loss);
    m_previousTestLoss = s.test.loss;
    if (s.epoch == 0) {
        m_summary = tr("Not trained yet. Test loss %1.").arg(loss);
        return;
    }
    if (regression()) {
        m_summary = tr("Epoch %1, test loss %2 and %3.").arg(s.epoch).arg(loss, direction);
        return;
    }
    m_summary = tr("Epoch %1, test loss %2 and %3, %4 % of test points on the right side.")
                    .arg(s.epoch)
                    .arg(loss, direction)
                    .arg(std::round(s.test.accuracy * 100));
}

void NetworkLab::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged();
}

void NetworkLab::setMessage(const QString &text)
{
    m_message = text;
    Q_EMIT messageChanged();
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
    if (!m_snapshot)
        return {};
    switch (m_snapshot->stop) {
    case NetworkStop::EpochLimit:
        return tr("Stopped at the epoch limit (%1).").arg(m_settings.epochLimit);
    case NetworkStop::TargetLoss:
        return tr("Stopped: the test loss reached the target (%1).").arg(figure(m_settings.targetLoss));
    case NetworkStop::Diverged:
        return tr("Training diverged: the loss blew up. Lower the learning rate, then reset.");
    case NetworkStop::RunFinished:
    case NetworkStop::None:
        break;
    }
    return {};
}

QImage NetworkLab::boundaryImage() const
{
    return m_snapshot ? m_snapshot->boundary : QImage();
}

double NetworkLab::epochsPerSecond() const
{
    return m_snapshot ? m_snapshot->epochsPerSecond : 0.0;
}

double NetworkLab::historyMaxLoss() const
{
    double highest = 0.0;
    for (const HistoryPoint &point : m_history)
        highest = std::max({highest, point.train, point.test});
    return highest;
}

int NetworkLab::historyMaxEpoch() const
{
    return m_history.empty() ? 0 : static_cast<int>(m_history.back().epoch);
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
    if (epoch() > 0) {
        setMessage(tr("A prediction is made before training starts: reset the network to predict again."));
        Q_EMIT predictionChanged();  // puts the control back to the recorded prediction
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
    const bool learned = regression() ? s.test.loss <= kFitRegressionLoss : s.test.accuracy >= kSeparatedAccuracy;
    double lowestTest = s.test.loss;
    for (const HistoryPoint &point : m_history)
        lowestTest = std::min(lowestTest, point.test);
    const bool testRose = s.test.loss > 1.1 * lowestTest && s.train.loss < m_history.front().train;
    const bool diverged = s.stop == NetworkStop::Diverged;
    bool held = false;
    if (m_prediction == QLatin1String("learns"))
        held = learned && !diverged;
    else if (m_prediction == QLatin1String("struggles"))
        held = !learned || diverged;
    else if (m_prediction == QLatin1String("test-rises"))
        held = testRose;
    else if (m_prediction == QLatin1String("diverges"))
        held = diverged;
    QString what;
    if (diverged)
        what = tr("training diverged at epoch %1.").arg(s.epoch);
    else if (regression())
        what = tr("after %1 epochs the test loss is %2 (lowest %3).").arg(s.epoch).arg(figure(s.test.loss), figure(lowestTest));
    else
        what = tr("after %1 epochs %2 % of test points are on the right side; test loss %3 (lowest %4).")
                   .arg(s.epoch)
                   .arg(std::round(s.test.accuracy * 100))
                   .arg(figure(s.test.loss), figure(lowestTest));
    return (held ? tr("Your prediction held: %1") : tr("Not what you predicted: %1")).arg(what);
}

// --- link, chart, saved runs ----------------------------------------------------------------

void NetworkLab::copyLink() const
{
    QGuiApplication::clipboard()->setText(link());
}

bool NetworkLab::applyLink(const QString &text)
{
    QStringList problems;
    const std::optional<NetworkLabSettings> read = NetworkLabSettings::fromQuery(text, &problems);
    if (!read) {
        setMessage(tr("This link cannot be used: %1").arg(problems.join(QLatin1Char(' '))));
        return false;
    }
    m_settings = *read;
    rebuild(false);  // fromQuery() made sure the engine takes it
    sendView();
    Q_EMIT settingsChanged();
    return true;
}

void NetworkLab::fillLossSeries(QAbstractSeries *train, QAbstractSeries *test) const
{
    QList<QPointF> trainPoints, testPoints;
    trainPoints.reserve(static_cast<qsizetype>(m_history.size()));
    testPoints.reserve(static_cast<qsizetype>(m_history.size()));
    for (const HistoryPoint &point : m_history) {
        trainPoints.append(QPointF(static_cast<double>(point.epoch), point.train));
        testPoints.append(QPointF(static_cast<double>(point.epoch), point.test));
    }
    if (auto *series = qobject_cast<QXYSeries *>(train))
        series->replace(trainPoints);
    if (auto *series = qobject_cast<QXYSeries *>(test))
        series->replace(testPoints);
}

QString NetworkLab::saveRun(const QString &label)
{
    if (!m_store || !m_snapshot) {
        setMessage(tr("There is nothing to save yet."));
        return {};
    }
    QJsonArray curve;
    for (const HistoryPoint &point : m_history)
        curve.append(QJsonArray{static_cast<double>(point.epoch), point.train, point.test});
    const QJsonObject config{{QStringLiteral("link"), link()}};
    const QJsonObject results{{QStringLiteral("epoch"), static_cast<double>(m_snapshot->epoch)},
                              {QStringLiteral("trainLoss"), m_snapshot->train.loss},
                              {QStringLiteral("testLoss"), m_snapshot->test.loss},
                              {QStringLiteral("trainAccuracy"), m_snapshot->train.accuracy},
                              {QStringLiteral("testAccuracy"), m_snapshot->test.accuracy},
                              {QStringLiteral("regression"), regression()},
                              {QStringLiteral("diverged"), diverged()},
                              {QStringLiteral("curve"), curve}};
    const QString name = label.trimmed().isEmpty() ? tr("Run of %1 epochs").arg(m_snapshot->epoch) : label.trimmed();
    const QString id = m_store->saveLabRun(kLabId, QString::fromUtf8(QJsonDocument(config).toJson(QJsonDocument::Compact)),
                                           QString::fromUtf8(QJsonDocument(results).toJson(QJsonDocument::Compact)), name);
    if (id.isEmpty())
        setMessage(tr("The run could not be saved: %1").arg(m_store->lastError()));
    else
        setMessage(tr("Saved \"%1\".").arg(name));
    Q_EMIT savedRunsChanged();
    return id;
}

QVariantMap NetworkLab::storedRun(const QString &runId) const
{
    if (!m_store || !m_store->isReady())
        return {};
    for (const QVariant &entry : m_store->labRuns(kLabId)) {
        QVariantMap run = entry.toMap();
        if (run.value(QStringLiteral("id")).toString() == runId)
            return run;
    }
    return {};
}

QVariantMap NetworkLab::describeRun(const QVariantMap &run)
{
    const QJsonObject config = QJsonDocument::fromJson(run.value(QStringLiteral("config")).toString().toUtf8()).object();
    const QJsonObject results = QJsonDocument::fromJson(run.value(QStringLiteral("results")).toString().toUtf8()).object();
    QVariantMap described = results.toVariantMap();
    described.remove(QStringLiteral("curve"));
    described.insert(QStringLiteral("id"), run.value(QStringLiteral("id")));
    described.insert(QStringLiteral("label"), run.value(QStringLiteral("label")));
    described.insert(QStringLiteral("savedAt"), run.value(QStringLiteral("savedAt")));
    described.insert(QStringLiteral("link"), config.value(QStringLiteral("link")).toString());
    return described;
}

QVariantList NetworkLab::savedRuns() const
{
    QVariantList list;
    if (!m_store || !m_store->isReady())
        return list;
    for (const QVariant &entry : m_store->labRuns(kLabId))
        list.append(describeRun(entry.toMap()));
    return list;
}

QVariantMap NetworkLab::savedRun(const QString &runId) const
{
    const QVariantMap run = storedRun(runId);
    return run.isEmpty() ? QVariantMap() : describeRun(run);
}

void NetworkLab::fillSavedRunSeries(const QString &runId, QAbstractSeries *train, QAbstractSeries *test) const
{
    QList<QPointF> trainPoints, testPoints;
    const QJsonObject results =
        QJsonDocument::fromJson(storedRun(runId).value(QStringLiteral("results")).toString().toUtf8()).object();
    for (const QJsonValue &value : results.value(QStringLiteral("curve")).toArray()) {
        const QJsonArray row = value.toArray();
        trainPoints.append(QPointF(row.at(0).toDouble(), row.at(1).toDouble()));
        testPoints.append(QPointF(row.at(0).toDouble(), row.at(2).toDouble()));
    }
    if (auto *series = qobject_cast<QXYSeries *>(train))
        series->replace(trainPoints);
    if (auto *series = qobject_cast<QXYSeries *>(test))
        series->replace(testPoints);
}

} // namespace loopwise
