#include "AssumptionsController.h"

#include "AssumptionsExplanations.h"
#include "EngineErrorText.h"

#include <QLocale>
#include <QMetaObject>

#include <stdexcept>

namespace loopwise {

namespace assumptions = engine::assumptions;

AssumptionsController::AssumptionsController(AssumptionsExperiment experiment, QObject *parent)
    : LabController(QStringLiteral("assumptions"), parent)
    , m_savedRuns(QStringLiteral("assumptions"), this)
{
    m_settings.experiment = experiment;
}

AssumptionsController::~AssumptionsController() = default;

void AssumptionsController::attach(AssumptionsWorker *worker)
{
    m_worker = worker;
    attachWorker(worker);
}

void AssumptionsController::post(std::function<void(AssumptionsWorker &)> call)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, call = std::move(call)] { call(*worker); });
}

QString AssumptionsController::framing() const
{
    return experimentFraming(m_settings.experiment);
}

double AssumptionsController::progress() const
{
    return m_progress.total > 0 ? static_cast<double>(m_progress.done) / m_progress.total : 0.0;
}

QString AssumptionsController::progressText() const
{
    if (m_settings.experiment == AssumptionsExperiment::Validation)
        //: %1 validation models trained so far, %2 in all
        return tr("Model %1 of %2 trained")
            .arg(QLocale().toString(m_progress.done), QLocale().toString(m_progress.total));
    //: %1 gradient steps done so far, %2 in all
    return tr("Step %1 of %2").arg(QLocale().toString(m_progress.done), QLocale().toString(m_progress.total));
}

// --- settings -----------------------------------------------------------------------------

long AssumptionsController::startGeneration()
{
    m_runStarted = false;
    m_outcome.clear();
    m_question.clear();
    Q_EMIT questionChanged();
    Q_EMIT predictionChanged();
    return nextGeneration();
}

void AssumptionsController::changeSettings(const AssumptionsLabSettings &next)
{
    if (next == m_settings)
        return;
    m_settings = next;
    configure();
    Q_EMIT settingsChanged();
}

bool AssumptionsController::tryChangeSettings(const AssumptionsLabSettings &next)
{
    try {
        assumptions::checkShortcutConfig(next.shortcut);
        assumptions::checkValidationConfig(next.validation);
        assumptions::checkCostConfig(next.cost);
    } catch (const std::invalid_argument &error) {
        //: %1 the engine's reason, e.g. a value out of its range
        setMessage(tr("That change cannot be trained: %1").arg(EngineErrorText::of(error)));
        return false;
    }
    changeSettings(next);
    return true;
}

bool AssumptionsController::applyLink(const QString &text)
{
    std::optional<AssumptionsLabSettings> next = readLink<AssumptionsLabSettings>(text);
    if (!next)
        return false;
    if (next->experiment != m_settings.experiment) {
        //: %1 the title of the experiment the link opens
        setMessage(tr("That link opens another experiment: %1.").arg(experimentTitle(next->experiment)));
        return false;
    }
    changeSettings(*next);
    return true;
}

QString AssumptionsController::experimentOf(const QString &link)
{
    const std::optional<AssumptionsLabSettings> settings = AssumptionsLabSettings::fromQuery(link, nullptr);
    return AssumptionsLabSettings::experimentName(settings ? settings->experiment : AssumptionsExperiment::Shortcut);
}

// --- running ------------------------------------------------------------------------------

void AssumptionsController::play()
{
    if (running() || finished())
        return;
    m_runStarted = true;
    post([](AssumptionsWorker &worker) { worker.play(); });
}

void AssumptionsController::pause()
{
    post([](AssumptionsWorker &worker) { worker.pause(); });
}

void AssumptionsController::step()
{
    m_runStarted = true;
    post([](AssumptionsWorker &worker) { worker.stepUnit(); });
}

void AssumptionsController::reset()
{
    post([generation = startGeneration()](AssumptionsWorker &worker) { worker.reset(generation); });
}

void AssumptionsController::postRun(int epochs)
{
    m_runStarted = true;
    post([epochs](AssumptionsWorker &worker) { worker.runUnits(epochs); });
}

bool AssumptionsController::beginSnapshot(const ExperimentProgress &progress)
{
    if (!acceptSnapshot(progress.generation, progress.runsDone))
        return false;
    m_couldPredict = canPredict();
    m_wasFinished = finished();
    m_progress = progress;
    return true;
}

void AssumptionsController::endSnapshot()
{
    Q_EMIT snapshotChanged();
    if (m_wasFinished != finished())
        Q_EMIT resultChanged();
    if (m_runStarted && m_progress.finished() && !m_progress.running && !runsPending()) {
        m_runStarted = false;
        m_outcome = outcomeId();
        m_question = makeQuestion();
        m_question.insert(QStringLiteral("chosen"), -1);
        m_question.insert(QStringLiteral("correct"), false);
        m_question.insert(QStringLiteral("answer"), QString());
        Q_EMIT questionChanged();
        Q_EMIT predictionChanged();
    } else if (m_couldPredict != canPredict()) {
        Q_EMIT predictionChanged();
    }
    finishSnapshot();
}

// --- predict, then run, and check yourself -------------------------------------------------

QVariantList AssumptionsController::predictionChoices() const
{
    return experimentPredictionChoices(m_settings.experiment);
}

void AssumptionsController::setPrediction(const QString &id)
{
    if (id == m_prediction || !canPredict() || (!id.isEmpty() && predictionLabel(m_settings.experiment, id).isEmpty()))
        return;
    m_prediction = id;
    Q_EMIT predictionChanged();
}

QString AssumptionsController::predictionOutcome() const
{
    if (m_prediction.isEmpty() || m_outcome.isEmpty())
        return {};
    const QString verdict = m_prediction == m_outcome
        ? tr("Your prediction matched what happened.")
        : tr("What happened was different from your prediction: the figures below show why.");
    //: %1 the learner's prediction, %2 what happened (a statement of the same list), %3 whether they match
    return tr("You predicted: %1\nWhat happened: %2\n%3")
        .arg(predictionLabel(m_settings.experiment, m_prediction), predictionLabel(m_settings.experiment, m_outcome),
             verdict);
}

void AssumptionsController::answer(int choice)
{
    const QVariantList choices = m_question.value(QStringLiteral("choices")).toList();
    if (choice < 0 || choice >= choices.size())
        return;
    m_question.insert(QStringLiteral("chosen"), choice);
    m_question.insert(QStringLiteral("correct"), choice == m_question.value(QStringLiteral("right")).toInt());
    m_question.insert(QStringLiteral("answer"),
                      m_question.value(QStringLiteral("feedback")).toList().value(choice).toString());
    Q_EMIT questionChanged();
}

// --- saved runs and evidence ---------------------------------------------------------------

void AssumptionsController::setStore(ProgressStore *store)
{
    if (store == m_savedRuns.store())
        return;
    m_savedRuns.setStore(store);
    Q_EMIT storeChanged();
}

QString AssumptionsController::saveRun(const QString &label)
{
    if (!store() || !finished()) {
        setMessage(tr("Run the experiment to the end first: then it can be saved."));
        return {};
    }
    const QString name = label.trimmed().isEmpty() ? experimentTitle(m_settings.experiment) : label.trimmed();
    QVariantMap results = runResults();
    results.insert(QStringLiteral("experiment"), experiment());
    results.insert(QStringLiteral("figures"), evidenceFigures());
    const QString id = m_savedRuns.save(link(), results, {}, name);
    if (id.isEmpty())
        //: %1 the progress store's reason
        setMessage(tr("The run could not be saved: %1").arg(m_savedRuns.lastError()));
    else
        //: %1 the name of the saved run
        setMessage(tr("Saved \"%1\".").arg(name));
    return id;
}

QVariantMap AssumptionsController::evidence() const
{
    if (!finished())
        return {}; // nothing to attach until the run has its figures
    //: the title of a lab run attached to a decision note; %1 the experiment's title
    return {{QStringLiteral("title"), tr("Check the assumptions: %1").arg(experimentTitle(m_settings.experiment))},
            {QStringLiteral("settings"), evidenceSettings()},
            {QStringLiteral("figures"), evidenceFigures()}};
}

} // namespace loopwise
