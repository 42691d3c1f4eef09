#include "ExpertsLab.h"

#include "EngineErrorText.h"
#include "ExpertsExplanations.h"
#include "ExpertsPicture.h"
#include "Figures.h"
#include "LabColours.h"

#include <QLocale>

#include <algorithm>
#include <stdexcept>

namespace loopwise {

namespace engine_ns = engine;

namespace {

QString name(std::string_view text)
{
    return QString::fromLatin1(text.data(), static_cast<qsizetype>(text.size()));
}

QVariantMap choice(const QString &id, const QString &label)
{
    return {{QStringLiteral("id"), id}, {QStringLiteral("label"), label}};
}

} // namespace

ExpertsLab::ExpertsLab(QObject *parent)
    : PacedLab(QStringLiteral("experts"), 0, parent)
    , m_savedRuns(QStringLiteral("experts"))
    , m_worker(QStringLiteral("experts-lab"))
{
    attachPacedWorker(m_worker.get());
    connect(m_worker.get(), &ExpertsWorker::snapshotReady, this, &ExpertsLab::takeSnapshot);
    connect(LabColours::instance(), &LabColours::changed, this, &ExpertsLab::repaint);
    m_worker.start();
    configure();
}

ExpertsLab::~ExpertsLab() = default;

// --- settings ---------------------------------------------------------------------------

long ExpertsLab::startGeneration()
{
    clearRun();
    return nextGeneration();
}

void ExpertsLab::configure()
{
    m_worker.post([settings = m_settings, generation = startGeneration()](ExpertsWorker &worker) {
        worker.configure(settings, generation);
    });
}

void ExpertsLab::changeSettings(const ExpertsLabSettings &next)
{
    if (next == m_settings)
        return;
    try {
        engine_ns::checkMixtureConfig(next.mixture, engine_ns::makeDataset(next.datasetConfig()));
    } catch (const std::invalid_argument &error) {
        //: %1 the engine's reason, e.g. "Experts" must be between 1 and 8, not 9.
        setMessage(tr("That change cannot be trained: %1").arg(EngineErrorText::of(error)));
        return;
    }
    m_settings = next;
    Q_EMIT settingsChanged();
    configure();
}

void ExpertsLab::setExperts(int count)
{
    ExpertsLabSettings next = m_settings;
    next.mixture.experts = count;
    next.mixture.topK = std::min(next.mixture.topK, std::max(count, 1));
    changeSettings(next);
}

void ExpertsLab::setTopK(int k)
{
    ExpertsLabSettings next = m_settings;
    next.mixture.topK = k;
    changeSettings(next);
}

void ExpertsLab::setBalance(bool on)
{
    ExpertsLabSettings next = m_settings;
    next.mixture.balance = on;
    changeSettings(next);
}

void ExpertsLab::setBalanceWeight(double weight)
{
    ExpertsLabSettings next = m_settings;
    next.mixture.balanceWeight = static_cast<float>(weight);
    changeSettings(next);
}

void ExpertsLab::setCapacity(double factor)
{
    ExpertsLabSettings next = m_settings;
    next.mixture.capacityFactor = static_cast<float>(factor);
    changeSettings(next);
}

QString ExpertsLab::dataset() const
{
    return name(engine_ns::datasetName(m_settings.dataset));
}

void ExpertsLab::setDataset(const QString &id)
{
    if (!ExpertsLabSettings::datasetNames().contains(id))
        //: %1 what was asked for
        return setMessage(tr("This lab has no dataset \"%1\".").arg(id));
    ExpertsLabSettings next = m_settings;
    next.dataset = *engine_ns::datasetFromName(id.toStdString());
    changeSettings(next);
}

void ExpertsLab::setHiddenLayers(int layers)
{
    ExpertsLabSettings next = m_settings;
    next.mixture.hidden.resize(static_cast<size_t>(std::clamp(layers, 1, ExpertsLabSettings::kMaxHiddenLayers)),
                               next.mixture.hidden.front());
    changeSettings(next);
}

void ExpertsLab::setHiddenUnits(int units)
{
    ExpertsLabSettings next = m_settings;
    for (engine_ns::LayerSpec &layer : next.mixture.hidden)
        layer.units = units;
    changeSettings(next);
}

QString ExpertsLab::activation() const
{
    return name(engine_ns::activationName(m_settings.mixture.hidden.front().activation));
}

void ExpertsLab::setActivation(const QString &id)
{
    const auto found = engine_ns::activationFromName(id.toStdString());
    if (!found || *found == engine_ns::Activation::Softmax)
        //: %1 what was asked for
        return setMessage(tr("The experts cannot use the activation \"%1\".").arg(id));
    ExpertsLabSettings next = m_settings;
    for (engine_ns::LayerSpec &layer : next.mixture.hidden)
        layer.activation = *found;
    changeSettings(next);
}

void ExpertsLab::setLearningRate(double rate)
{
    ExpertsLabSettings next = m_settings;
    next.mixture.learningRate = static_cast<float>(rate);
    changeSettings(next);
}

void ExpertsLab::setSeed(int seed)
{
    ExpertsLabSettings next = m_settings;
    next.mixture.seed = static_cast<std::uint64_t>(std::max(seed, 1));
    changeSettings(next);
}

QVariantList ExpertsLab::datasetChoices() const
{
    QVariantList list;
    for (const QString &id : ExpertsLabSettings::datasetNames()) {
        const auto kind = *engine_ns::datasetFromName(id.toStdString());
        QString label;
        switch (kind) {
        //: a dataset: two classes in a ring
        case engine_ns::DatasetKind::Circle:
            label = tr("Circle");
            break;
        //: a dataset: four quadrants, opposite ones the same class
        case engine_ns::DatasetKind::Xor:
            label = tr("Exclusive or");
            break;
        //: a dataset: two Gaussian clusters
        case engine_ns::DatasetKind::Gauss:
            label = tr("Two clusters");
            break;
        //: a dataset: two interleaved spirals
        case engine_ns::DatasetKind::Spiral:
            label = tr("Spiral");
            break;
        //: a dataset: two interleaving half circles
        case engine_ns::DatasetKind::Moons:
            label = tr("Moons");
            break;
        case engine_ns::DatasetKind::Blobs3:
            label = tr("Three clusters");
            break;
        case engine_ns::DatasetKind::Blobs4:
            label = tr("Four clusters");
            break;
        default:
            label = id;
            break;
        }
        list.append(choice(id, label));
    }
    return list;
}

QVariantList ExpertsLab::activationChoices() const
{
    return {choice(QStringLiteral("tanh"), tr("Tanh")), choice(QStringLiteral("relu"), tr("ReLU")),
            choice(QStringLiteral("sigmoid"), tr("Sigmoid")), choice(QStringLiteral("linear"), tr("Linear"))};
}

QVariantList ExpertsLab::predictionChoices() const
{
    return ExpertsExplanations::predictionChoices();
}

QVariantList ExpertsLab::presetChoices() const
{
    return {choice(QStringLiteral("collapse"), tr("Watch the experts collapse")),
            choice(QStringLiteral("recover"), tr("The balance term spreads them")),
            choice(QStringLiteral("spiral"), tr("Four experts on the spiral"))};
}

void ExpertsLab::applyPreset(const QString &id)
{
    // The figures of tests/engine/test_experts_figures.cpp: circle, 4 experts of 8 tanh
    // units, top-1, rate 0.3, seed 2 collapses without the balance term and spreads with it.
    ExpertsLabSettings next;
    if (id == QLatin1String("collapse") || id == QLatin1String("recover")) {
        next.dataset = engine_ns::DatasetKind::Circle;
        next.mixture.learningRate = 0.3f;
        next.mixture.seed = 2;
        next.mixture.balance = id == QLatin1String("recover");
        next.mixture.balanceWeight = 1.0f;
    } else if (id != QLatin1String("spiral")) {
        //: %1 what was asked for
        return setMessage(tr("There is no preset \"%1\".").arg(id));
    }
    if (next == m_settings)
        reset();
    else
        changeSettings(next);
}

// --- what training shows ------------------------------------------------------------------

bool ExpertsLab::running() const
{
    return m_snapshot && m_snapshot->running;
}

int ExpertsLab::epoch() const
{
    return m_snapshot ? m_snapshot->epoch : 0;
}

bool ExpertsLab::canPredict() const
{
    return epoch() == 0 && !running();
}

int ExpertsLab::expertCount() const
{
    return m_snapshot ? m_snapshot->experts : 0;
}

QImage ExpertsLab::expertImage(int expert) const
{
    if (!m_snapshot || expert < 0 || expert >= static_cast<int>(m_snapshot->expertImages.size()))
        return {};
    return m_snapshot->expertImages[static_cast<size_t>(expert)];
}

QVariantList ExpertsLab::loadBars() const
{
    QVariantList bars;
    if (!m_snapshot || m_snapshot->loadCount <= 0)
        return bars;
    for (int e = 0; e < m_snapshot->experts; ++e) {
        const double share = static_cast<double>(m_snapshot->load[static_cast<size_t>(e)]) / m_snapshot->loadCount;
        bars.append(
            QVariantMap{{QStringLiteral("expert"), e},
                        {QStringLiteral("share"), share},
                        //: %1 an expert ("Expert 2"), %2 a percentage of the training inputs
                        {QStringLiteral("text"),
                         tr("%1: %2").arg(ExpertsExplanations::expertName(e), ExpertsExplanations::percent(share))}});
    }
    return bars;
}

double ExpertsLab::largestShare() const
{
    return m_snapshot ? ExpertsExplanations::largestShare(*m_snapshot) : 0.0;
}

double ExpertsLab::balanceFigure() const
{
    return m_snapshot ? m_snapshot->balance : 1.0;
}

QString ExpertsLab::balanceText() const
{
    //: %1 the balance figure E * sum f_i P_i, e.g. "1.42"
    return tr("Balance figure: %1 (1 is perfectly even; the number of experts means one takes everything)")
        .arg(QLocale().toString(balanceFigure(), 'f', 2));
}

QString ExpertsLab::droppedText() const
{
    if (!m_snapshot || m_settings.mixture.capacityFactor <= 0.0f)
        return tr("No capacity limit: every input reaches its experts.");
    return tr("Dropped for capacity in the last epoch: %n routing choice(s).", "",
              static_cast<int>(m_snapshot->droppedInEpoch));
}

QVariantList ExpertsLab::comparison() const
{
    QVariantList rows;
    if (!m_snapshot)
        return rows;
    const auto row = [](const QString &model, const ModelFigures &f) {
        return QVariantMap{{QStringLiteral("model"), model},
                           {QStringLiteral("accuracy"), ExpertsExplanations::percent(f.testAccuracy)},
                           {QStringLiteral("loss"), Figures::figure(f.testLoss)},
                           {QStringLiteral("compute"), QLocale().toString(static_cast<qlonglong>(f.multiplyAdds))},
                           //: parameters of a model: %1 active on each input, %2 in all
                           {QStringLiteral("parameters"),
                            tr("%1 of %2")
                                .arg(QLocale().toString(static_cast<qlonglong>(f.activeParameters)),
                                     QLocale().toString(static_cast<qlonglong>(f.parameters)))}};
    };
    rows.append(row(tr("Mixture of experts"), m_snapshot->mixture));
    rows.append(row(tr("Dense, same total parameters"), m_snapshot->denseTotal));
    rows.append(row(tr("Dense, same active parameters"), m_snapshot->denseActive));
    return rows;
}

QString ExpertsLab::routingDescription() const
{
    return m_snapshot ? ExpertsExplanations::routingDescription(*m_snapshot) : QString();
}

QString ExpertsLab::progressText() const
{
    //: %1 the number of epochs trained
    return tr("Epoch %1").arg(epoch());
}

QString ExpertsLab::guarantee()
{
    return tr("A mixture of experts is one design option among several, not a guarantee of better results.");
}

// --- running ------------------------------------------------------------------------------

void ExpertsLab::play()
{
    if (running())
        return;
    m_runStarted = true;
    m_worker.post([](ExpertsWorker &worker) { worker.play(); });
}

void ExpertsLab::pause()
{
    m_worker.post([](ExpertsWorker &worker) { worker.pause(); });
}

void ExpertsLab::step()
{
    m_runStarted = true;
    m_worker.post([](ExpertsWorker &worker) { worker.stepEpoch(); });
}

void ExpertsLab::reset()
{
    m_worker.post([generation = startGeneration()](ExpertsWorker &worker) { worker.reset(generation); });
}

void ExpertsLab::postRun(int epochs)
{
    m_runStarted = true;
    m_worker.post([epochs](ExpertsWorker &worker) { worker.runEpochs(epochs); });
}

bool ExpertsLab::applyLink(const QString &text)
{
    const std::optional<ExpertsLabSettings> next = readLink<ExpertsLabSettings>(text);
    if (!next)
        return false;
    changeSettings(*next);
    return true;
}

void ExpertsLab::takeSnapshot(std::shared_ptr<const ExpertsSnapshot> snapshot)
{
    if (!acceptSnapshot(snapshot->generation, snapshot->runsDone))
        return;
    const bool predictable = canPredict();
    m_snapshot = std::move(snapshot);
    lossHistory()->setPoints(m_snapshot->history);
    repaint();
    if (m_runStarted && !m_snapshot->running && !runsPending())
        finishRun();
    if (predictable != canPredict())
        Q_EMIT predictionChanged();
    finishSnapshot();
}

void ExpertsLab::repaint()
{
    if (!m_snapshot)
        return;
    m_routingImage = paintRouting(*m_snapshot, LabColours::instance()->palette());
    ++m_revision;
    Q_EMIT snapshotChanged();
}

void ExpertsLab::clearRun()
{
    m_runStarted = false;
    m_outcome.clear();
    m_question.clear();
    Q_EMIT runChanged();
    Q_EMIT predictionChanged();
}

void ExpertsLab::finishRun()
{
    m_runStarted = false;
    if (m_snapshot->epoch == 0)
        return;
    m_outcome = ExpertsExplanations::outcomeOf(*m_snapshot);
    m_question = ExpertsExplanations::question(*m_snapshot);
    Q_EMIT runChanged();
    Q_EMIT predictionChanged();
}

QString ExpertsLab::explanation() const
{
    return m_outcome.isEmpty() ? QString() : ExpertsExplanations::explanation(*m_snapshot);
}

void ExpertsLab::answer(int index)
{
    const QVariantList choices = m_question.value(QStringLiteral("choices")).toList();
    if (index < 0 || index >= choices.size())
        return;
    m_question[QStringLiteral("chosen")] = index;
    m_question[QStringLiteral("feedback")] = ExpertsExplanations::answerFeedback(m_question, index);
    m_question[QStringLiteral("correct")] = index == m_question.value(QStringLiteral("right")).toInt();
    Q_EMIT runChanged();
}

// --- predict, then run -------------------------------------------------------------------

void ExpertsLab::setPrediction(const QString &id)
{
    if (id == m_prediction || !canPredict() || (!id.isEmpty() && ExpertsExplanations::predictionLabel(id).isEmpty()))
        return;
    m_prediction = id;
    Q_EMIT predictionChanged();
}

QString ExpertsLab::predictionOutcome() const
{
    if (m_prediction.isEmpty() || m_outcome.isEmpty())
        return {};
    const QString verdict = m_prediction == m_outcome
        ? tr("Your prediction matched what happened.")
        : tr("What happened was different from your prediction: look at the bar of each expert's share.");
    //: %1 the learner's prediction, %2 what happened (a sentence), %3 whether they match
    return tr("You predicted: %1\nWhat happened: %2\n%3")
        .arg(ExpertsExplanations::predictionLabel(m_prediction), ExpertsExplanations::predictionLabel(m_outcome),
             verdict);
}

// --- saved runs and evidence ----------------------------------------------------------------

void ExpertsLab::setStore(ProgressStore *store)
{
    if (store == m_savedRuns.store())
        return;
    m_savedRuns.setStore(store);
    Q_EMIT storeChanged();
}

QString ExpertsLab::saveRun(const QString &label)
{
    if (!store() || m_outcome.isEmpty()) {
        setMessage(tr("Train first: a finished run can be saved."));
        return {};
    }
    const QString runName = label.trimmed().isEmpty() ? tr("Mixture of experts") : label.trimmed();
    QVariantMap results{{QStringLiteral("testAccuracy"), m_snapshot->mixture.testAccuracy},
                        {QStringLiteral("largestShare"), largestShare()},
                        {QStringLiteral("figures"), ExpertsExplanations::evidenceFigures(*m_snapshot)}};
    QVariantList curve;
    for (const LossPoint &p : m_snapshot->history)
        curve.append(QVariantList{static_cast<qlonglong>(p.epoch), p.train, p.test});
    const QString id = m_savedRuns.save(link(), results, curve, runName);
    if (id.isEmpty())
        //: %1 the progress store's reason
        setMessage(tr("The run could not be saved: %1").arg(m_savedRuns.lastError()));
    else
        //: %1 the name of the saved run
        setMessage(tr("Saved \"%1\".").arg(runName));
    return id;
}

QVariantMap ExpertsLab::evidence() const
{
    if (!m_snapshot || m_snapshot->epoch == 0)
        return {};
    return evidenceOf(ExpertsExplanations::evidenceSettings(m_settings),
                      ExpertsExplanations::evidenceFigures(*m_snapshot));
}

} // namespace loopwise
