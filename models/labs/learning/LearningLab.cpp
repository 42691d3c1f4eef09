#include "LearningLab.h"

#include "EngineErrorText.h"
#include "Figures.h"
#include "LearningExplanations.h"

#include <QLocale>

#include <algorithm>
#include <array>
#include <cmath>

namespace loopwise {

namespace learning = engine::learning;

namespace {

constexpr int kShownRows = 8; // batch rows the loop lists; the rest are counted
constexpr int kShownParameters = 16; // parameters the loop lists
// A log axis cannot show 0: losses this small are drawn at this height.
constexpr double kSmallestDrawnLoss = 1e-9;

QString percentText(double share)
{
    //: a percentage, e.g. "93.5 %"
    return LearningLab::tr("%1 %").arg(QLocale().toString(share * 100, 'f', 1));
}

QString modelId(learning::ModelKind kind)
{
    return kind == learning::ModelKind::Curve ? QStringLiteral("curve") : QStringLiteral("classes");
}

QString presetId(learning::Preset preset)
{
    return QString::fromLatin1(learning::presetName(preset));
}

struct PresetText
{
    learning::Preset preset;
    const char *label;
    const char *description;
};
constexpr std::array<PresetText, 7> kPresetTexts{{
    {learning::Preset::GoodFit, QT_TRANSLATE_NOOP("loopwise::LearningLab", "Good fit"),
     QT_TRANSLATE_NOOP("loopwise::LearningLab", "A degree-5 curve learns the pattern and stops near the noise.")},
    {learning::Preset::Underfit, QT_TRANSLATE_NOOP("loopwise::LearningLab", "Underfit"),
     QT_TRANSLATE_NOOP("loopwise::LearningLab", "A straight line cannot follow the curve.")},
    {learning::Preset::Overfit, QT_TRANSLATE_NOOP("loopwise::LearningLab", "Overfit"),
     QT_TRANSLATE_NOOP("loopwise::LearningLab", "Degree 15 on 16 noisy points learns the noise.")},
    {learning::Preset::TooHighRate, QT_TRANSLATE_NOOP("loopwise::LearningLab", "Rate too high"),
     QT_TRANSLATE_NOOP("loopwise::LearningLab", "Each step overshoots until training collapses.")},
    {learning::Preset::TooLowRate, QT_TRANSLATE_NOOP("loopwise::LearningLab", "Rate too low"),
     QT_TRANSLATE_NOOP("loopwise::LearningLab", "Tiny steps: the loss crawls down.")},
    {learning::Preset::NoisyLabels, QT_TRANSLATE_NOOP("loopwise::LearningLab", "Noisy labels"),
     QT_TRANSLATE_NOOP("loopwise::LearningLab", "Two classes, 40 % of the labels a coin flip.")},
    {learning::Preset::MoreDataCures, QT_TRANSLATE_NOOP("loopwise::LearningLab", "More data cures overfitting"),
     QT_TRANSLATE_NOOP("loopwise::LearningLab", "The overfitting model again, with 1000 points.")},
}};

} // namespace

LearningLab::LearningLab(QObject *parent)
    : PacedLab(QStringLiteral("learning"), 0, parent)
    , m_worker(QStringLiteral("learning-lab"))
{
    attachPacedWorker(m_worker.get());
    connect(m_worker.get(), &LearningWorker::snapshotReady, this, &LearningLab::takeSnapshot);
    connect(this, &LearningLab::snapshotChanged, this, &LearningLab::pictureChanged);
    connect(this, &LearningLab::loopChanged, this, &LearningLab::pictureChanged);
    m_worker.start();
    configure();
}

LearningLab::~LearningLab() = default;

// --- settings -------------------------------------------------------------------------

long LearningLab::startGeneration()
{
    clearRun();
    return nextGeneration();
}

void LearningLab::configure()
{
    m_worker.post([config = m_settings.config, generation = startGeneration()](LearningWorker &worker) {
        worker.configure(config, generation);
    });
}

void LearningLab::changeSettings(const LearningLabSettings &next)
{
    if (next == m_settings)
        return;
    try {
        learning::checkLabConfig(next.config);
    } catch (const std::invalid_argument &error) {
        setMessage(tr("That change cannot be trained: %1").arg(EngineErrorText::of(error)));
        return;
    }
    learning::LabConfig sameData = next.config;
    sameData.learningRate = m_settings.config.learningRate;
    sameData.batchSize = m_settings.config.batchSize;
    const bool dataChanges = !(sameData == m_settings.config);
    m_settings = next;
    if (dataChanges) {
        configure();
    } else {
        // The rate and the batch size go on with the same parameters, as in any training run.
        m_worker.post([rate = next.config.learningRate, rows = next.config.batchSize](LearningWorker &worker) {
            worker.setLearningRate(rate);
            worker.setBatchSize(rows);
        });
    }
    Q_EMIT settingsChanged();
}

QString LearningLab::model() const
{
    return modelId(m_settings.config.model);
}

void LearningLab::setModel(const QString &name)
{
    LearningLabSettings next = m_settings;
    if (name == QLatin1String("curve"))
        next.config.model = learning::ModelKind::Curve;
    else if (name == QLatin1String("classes"))
        next.config.model = learning::ModelKind::Classes;
    else
        return setMessage(tr("There is no model \"%1\": choose curve or classes.").arg(name));
    changeSettings(next);
}

bool LearningLab::classes() const
{
    return m_settings.config.model == learning::ModelKind::Classes;
}

void LearningLab::setLearningRate(double rate)
{
    if (!std::isfinite(rate))
        return;
    LearningLabSettings next = m_settings;
    next.config.learningRate = std::clamp(rate, learning::kMinLearningRate, learning::kMaxLearningRate);
    changeSettings(next);
}

double LearningLab::learningRatePosition() const
{
    return (std::log10(learningRate()) - std::log10(learning::kMinLearningRate))
        / (std::log10(learning::kMaxLearningRate) - std::log10(learning::kMinLearningRate));
}

void LearningLab::setLearningRatePosition(double position)
{
    const double exponent = std::log10(learning::kMinLearningRate)
        + std::clamp(position, 0.0, 1.0)
            * (std::log10(learning::kMaxLearningRate) - std::log10(learning::kMinLearningRate));
    // Two significant digits: rates a learner can read and type back.
    setLearningRate(QString::number(std::pow(10.0, exponent), 'g', 2).toDouble());
}

void LearningLab::setPoints(int points)
{
    LearningLabSettings next = m_settings;
    next.config.points = std::clamp(points, learning::kMinPoints, learning::kMaxPoints);
    next.config.batchSize = std::min(next.config.batchSize, next.config.points);
    changeSettings(next);
}

int LearningLab::noise() const
{
    return static_cast<int>(std::lround(m_settings.config.noise * 100));
}

void LearningLab::setNoise(int percent)
{
    LearningLabSettings next = m_settings;
    next.config.noise = std::clamp(percent, 0, 100) / 100.0;
    changeSettings(next);
}

void LearningLab::setDegree(int degree)
{
    LearningLabSettings next = m_settings;
    next.config.degree = std::clamp(degree, learning::kMinDegree, learning::kMaxDegree);
    changeSettings(next);
}

void LearningLab::setBatchSize(int rows)
{
    LearningLabSettings next = m_settings;
    next.config.batchSize = std::clamp(rows, 0, next.config.points);
    changeSettings(next);
}

QString LearningLab::preset() const
{
    const auto &preset = m_settings.preset;
    return preset && learning::presetConfig(*preset) == m_settings.config ? presetId(*preset) : QString();
}

void LearningLab::setShowLoop(bool on)
{
    if (on == m_settings.showLoop)
        return;
    m_settings.showLoop = on;
    Q_EMIT settingsChanged();
}

QVariantList LearningLab::presetChoices() const
{
    QVariantList choices;
    for (const PresetText &text : kPresetTexts)
        choices.append(QVariantMap{{QStringLiteral("id"), presetId(text.preset)},
                                   {QStringLiteral("label"), tr(text.label)},
                                   {QStringLiteral("description"), tr(text.description)}});
    return choices;
}

QVariantList LearningLab::modelChoices() const
{
    return {QVariantMap{{QStringLiteral("id"), QStringLiteral("curve")},
                        {QStringLiteral("label"), tr("Curve (regression)")}},
            QVariantMap{{QStringLiteral("id"), QStringLiteral("classes")},
                        {QStringLiteral("label"), tr("Two classes (logistic)")}}};
}

QVariantList LearningLab::batchChoices() const
{
    std::vector<int> sizes{1, 2, 5, 10, 20, 50, 100, 200, 500};
    std::erase_if(sizes, [this](int rows) { return rows > points(); });
    if (batchSize() > 0 && std::find(sizes.begin(), sizes.end(), batchSize()) == sizes.end()) {
        sizes.push_back(batchSize()); // a size from a link stays choosable
        std::sort(sizes.begin(), sizes.end());
    }
    QVariantList choices{QVariantMap{{QStringLiteral("id"), 0}, {QStringLiteral("label"), tr("All training rows")}}};
    for (int rows : sizes)
        choices.append(QVariantMap{{QStringLiteral("id"), rows}, {QStringLiteral("label"), QLocale().toString(rows)}});
    return choices;
}

QVariantList LearningLab::predictionChoices() const
{
    return learningPredictionChoices();
}

QVariantList LearningLab::loopStages() const
{
    auto stage = [](const QString &node, const QString &title, const QString &text) {
        return QVariantMap{
            {QStringLiteral("node"), node}, {QStringLiteral("title"), title}, {QStringLiteral("text"), text}};
    };
    return {
        stage(tr("Training data"), tr("The batch"), tr("These rows of the training set go round the loop together.")),
        stage(tr("Predict"), tr("The predictions"),
              tr("The model computes an output for every row with its current parameters.")),
        stage(tr("Loss"), tr("The loss"),
              tr("The loss condenses how far the predictions are from the targets into one number.")),
        stage(tr("Update"), tr("Gradient and update"),
              tr("The gradient says how the loss changes with each parameter; the update moves each parameter against "
                 "it, scaled by the learning rate.")),
        stage(tr("Parameters"), tr("The new parameters"),
              tr("The updated parameters are kept and the next batch uses them."))};
}

// --- what training shows ----------------------------------------------------------------

bool LearningLab::running() const
{
    return m_snapshot && m_snapshot->running;
}

int LearningLab::epoch() const
{
    return m_snapshot ? m_snapshot->epoch : 0;
}

QString LearningLab::progressText() const
{
    if (!m_snapshot)
        return {};
    //: %1 epoch, %2 the next step in it, %3 steps per epoch
    return tr("Epoch %1, step %2 of %3")
        .arg(QLocale().toString(m_snapshot->epoch))
        .arg(m_snapshot->stepInEpoch + 1)
        .arg(m_snapshot->stepsPerEpoch);
}

bool LearningLab::diverged() const
{
    return m_snapshot && m_snapshot->diverged;
}

QRectF LearningLab::extent() const
{
    if (!m_snapshot || !m_snapshot->data)
        return QRectF(-1, -1, 2, 2);
    const engine::Extent &e = m_snapshot->data->extent;
    return QRectF(e.xMin, e.yMin, e.xMax - e.xMin, e.yMax - e.yMin);
}

QVariantList LearningLab::figures() const
{
    if (!m_snapshot)
        return {};
    const LearningSnapshot &s = *m_snapshot;
    auto row = [](const QString &label, const QString &model, const QString &baseline) {
        return QVariantMap{
            {QStringLiteral("label"), label}, {QStringLiteral("model"), model}, {QStringLiteral("baseline"), baseline}};
    };
    QVariantList rows{
        row(tr("Training loss"), Figures::figure(s.trainLoss), Figures::figure(s.baseline.trainLoss)),
        row(tr("Validation loss"), Figures::figure(s.validationLoss), Figures::figure(s.baseline.validationLoss))};
    if (s.trainAccuracy && s.validationAccuracy && s.baseline.trainAccuracy && s.baseline.validationAccuracy) {
        rows.append(
            row(tr("Training accuracy"), percentText(*s.trainAccuracy), percentText(*s.baseline.trainAccuracy)));
        rows.append(row(tr("Validation accuracy"), percentText(*s.validationAccuracy),
                        percentText(*s.baseline.validationAccuracy)));
    }
    return rows;
}

QString LearningLab::baselineName() const
{
    const bool curve
        = m_snapshot && m_snapshot->data ? m_snapshot->data->config.model == learning::ModelKind::Curve : !classes();
    //: the baseline of the curve model: a model that always predicts the mean y of the training points
    return curve ? tr("always the mean of the training targets") : tr("always the majority class");
}

double LearningLab::baselineLoss() const
{
    return m_snapshot ? m_snapshot->baseline.validationLoss : 0.0;
}

QString LearningLab::phase() const
{
    return QString::fromLatin1(
        learning::phaseName(m_snapshot ? m_snapshot->status.phase : learning::Phase::NotStarted));
}

QString LearningLab::statusTitle() const
{
    return phaseTitle(m_snapshot ? m_snapshot->status.phase : learning::Phase::NotStarted);
}

QString LearningLab::statusText() const
{
    return phaseAdvice(m_snapshot ? m_snapshot->status : learning::Status{});
}

// --- the live loop ----------------------------------------------------------------------

void LearningLab::setLoopStage(int stage)
{
    if (m_traceView.isEmpty())
        return;
    stage = std::clamp(stage, 0, static_cast<int>(loopStages().size()) - 1);
    if (stage == m_loopStage)
        return;
    m_loopStage = stage;
    Q_EMIT loopChanged();
}

void LearningLab::traceStep()
{
    if (running())
        return;
    if (diverged())
        return setMessage(tr("Training has collapsed: reset it to step round the loop again."));
    const int lastStage = static_cast<int>(loopStages().size()) - 1;
    if (!m_traceView.isEmpty() && m_loopStage < lastStage)
        return setLoopStage(m_loopStage + 1);
    m_settings.showLoop = true;
    Q_EMIT settingsChanged();
    m_worker.post([](LearningWorker &worker) { worker.traceStep(); });
}

void LearningLab::takeTrace(const learning::LoopTrace &trace)
{
    const QStringList names = m_snapshot->data->parameterNames;
    const bool curve = m_snapshot->data->config.model == learning::ModelKind::Curve;
    QVariantList rows;
    for (size_t i = 0; i < trace.batch.size() && i < kShownRows; ++i) {
        const engine::Point &p = trace.batch[i];
        //: a point's two inputs
        const QString input
            = curve ? Figures::figure(p.x1) : tr("(%1, %2)").arg(Figures::figure(p.x1), Figures::figure(p.x2));
        rows.append(QVariantMap{{QStringLiteral("x"), input},
                                {QStringLiteral("target"), Figures::figure(p.label)},
                                {QStringLiteral("prediction"), Figures::figure(trace.predictions[i])}});
    }
    double largest = 0.0;
    for (double g : trace.gradient)
        largest = std::max(largest, std::abs(g));
    QVariantList parameters;
    for (size_t i = 0; i < trace.gradient.size() && i < kShownParameters; ++i) {
        parameters.append(
            QVariantMap{{QStringLiteral("name"), names.value(static_cast<qsizetype>(i))},
                        {QStringLiteral("before"), Figures::figure(trace.parametersBefore[i])},
                        {QStringLiteral("gradient"), Figures::figure(trace.gradient[i])},
                        {QStringLiteral("update"), Figures::figure(trace.update[i])},
                        {QStringLiteral("after"), Figures::figure(trace.parametersAfter[i])},
                        {QStringLiteral("share"), largest > 0 ? std::abs(trace.gradient[i]) / largest : 0.0},
                        // The update goes against the gradient: a positive gradient lowers the parameter.
                        {QStringLiteral("rising"), trace.update[i] > 0}});
    }
    m_traceView = {{QStringLiteral("epoch"), trace.epoch},
                   {QStringLiteral("step"), trace.step + 1},
                   {QStringLiteral("stepsPerEpoch"), m_snapshot->stepsPerEpoch},
                   {QStringLiteral("loss"), Figures::figure(trace.loss)},
                   {QStringLiteral("learningRate"), Figures::figure(trace.learningRate)},
                   {QStringLiteral("rows"), rows},
                   {QStringLiteral("moreRows"), static_cast<int>(trace.batch.size()) - static_cast<int>(rows.size())},
                   {QStringLiteral("parameters"), parameters},
                   {QStringLiteral("moreParameters"),
                    static_cast<int>(trace.gradient.size()) - static_cast<int>(parameters.size())},
                   {QStringLiteral("diverged"), trace.diverged}};
    m_loopStage = 0;
    Q_EMIT loopChanged();
}

// --- running ------------------------------------------------------------------------------

void LearningLab::play()
{
    if (running() || diverged())
        return;
    // A preset stops where its phenomenon is plain to see; after that, play goes on until paused.
    const int presetEnd = m_settings.preset ? learning::presetEpochs(*m_settings.preset) : -1;
    const int until = epoch() < presetEnd ? presetEnd : -1;
    m_runStarted = true;
    m_worker.post([until](LearningWorker &worker) { worker.play(until); });
}

void LearningLab::pause()
{
    m_worker.post([](LearningWorker &worker) { worker.pause(); });
}

void LearningLab::step()
{
    if (diverged())
        return setMessage(tr("Training has collapsed: reset it to train again."));
    m_worker.post([](LearningWorker &worker) { worker.stepEpoch(); });
}

void LearningLab::reset()
{
    m_worker.post([generation = startGeneration()](LearningWorker &worker) { worker.reset(generation); });
}

void LearningLab::newData()
{
    const long generation = startGeneration();
    ++m_settings.config.dataSeed;
    Q_EMIT settingsChanged();
    m_worker.post(
        [seed = m_settings.config.dataSeed, generation](LearningWorker &worker) { worker.newData(seed, generation); });
}

void LearningLab::applyPreset(const QString &name)
{
    const QByteArray latin = name.toLatin1();
    const auto preset
        = learning::presetFromName(std::string_view(latin.constData(), static_cast<size_t>(latin.size())));
    if (!preset)
        return setMessage(tr("There is no preset \"%1\".").arg(name));
    LearningLabSettings next = m_settings;
    next.preset = preset;
    next.config = learning::presetConfig(*preset);
    if (next == m_settings)
        reset(); // the same preset again: a fresh run
    else
        changeSettings(next);
}

void LearningLab::postRun(int epochs)
{
    m_runStarted = true;
    m_worker.post([epochs](LearningWorker &worker) { worker.runEpochs(epochs); });
}

bool LearningLab::applyLink(const QString &text)
{
    const std::optional<LearningLabSettings> next = readLink<LearningLabSettings>(text);
    if (!next)
        return false;
    changeSettings(*next);
    return true;
}

void LearningLab::takeSnapshot(std::shared_ptr<const LearningSnapshot> snapshot)
{
    if (!acceptSnapshot(snapshot->generation, snapshot->runsDone))
        return;
    const bool predictable = canPredict();
    m_snapshot = std::move(snapshot);
    ++m_revision;
    std::vector<LossPoint> losses;
    losses.reserve(m_snapshot->history.size());
    for (const learning::EpochStats &e : m_snapshot->history)
        losses.push_back(
            {e.epoch, std::max(e.trainLoss, kSmallestDrawnLoss), std::max(e.validationLoss, kSmallestDrawnLoss)});
    lossHistory()->setPoints(std::move(losses));
    if (m_snapshot->trace)
        takeTrace(*m_snapshot->trace);
    Q_EMIT snapshotChanged();
    if (m_runStarted && !m_snapshot->running && !runsPending())
        finishRun();
    if (predictable != canPredict())
        Q_EMIT predictionChanged();
    finishSnapshot();
}

void LearningLab::clearRun()
{
    m_runStarted = false;
    m_outcome = learning::Phase::NotStarted;
    m_questions.clear();
    m_traceView.clear();
    m_loopStage = -1;
    Q_EMIT questionsChanged();
    Q_EMIT predictionChanged();
    Q_EMIT loopChanged();
}

void LearningLab::finishRun()
{
    m_runStarted = false;
    if (m_snapshot->epoch == 0 && !m_snapshot->diverged)
        return;
    m_outcome = m_snapshot->status.phase;
    m_questions = runQuestions(*m_snapshot, baselineName());
    Q_EMIT questionsChanged();
    Q_EMIT predictionChanged();
}

void LearningLab::answer(int question, int choice)
{
    if (question < 0 || question >= m_questions.size())
        return;
    QVariantMap entry = m_questions[question].toMap();
    if (choice < 0 || choice >= entry.value(QStringLiteral("choices")).toList().size())
        return;
    entry[QStringLiteral("chosen")] = choice;
    entry[QStringLiteral("feedback")] = answerFeedback(entry, choice);
    entry[QStringLiteral("correct")] = choice == entry.value(QStringLiteral("right")).toInt();
    m_questions[question] = entry;
    Q_EMIT questionsChanged();
}

// --- predict, then run ----------------------------------------------------------------------

bool LearningLab::canPredict() const
{
    return epoch() == 0 && !running() && !diverged();
}

void LearningLab::setPrediction(const QString &id)
{
    if (id == m_prediction || !canPredict() || (!id.isEmpty() && predictionLabel(id).isEmpty()))
        return;
    m_prediction = id;
    Q_EMIT predictionChanged();
}

QString LearningLab::predictionOutcome() const
{
    if (m_prediction.isEmpty() || m_outcome == learning::Phase::NotStarted)
        return {};
    const QString verdict = predictionMatches(m_prediction, m_outcome)
        ? tr("Your prediction matched what happened.")
        : tr("What happened was different from your prediction: look at the loss curves to see why.");
    //: %1 the learner's prediction, %2 the status reached (e.g. "Overfitting"), %3 whether they match
    return tr("You predicted: %1\nWhat happened: %2.\n%3")
        .arg(predictionLabel(m_prediction), phaseTitle(m_outcome), verdict);
}

QString LearningLab::learningRateText() const
{
    return Figures::figure(learningRate());
}

} // namespace loopwise
