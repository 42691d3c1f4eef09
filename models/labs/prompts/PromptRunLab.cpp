#include "PromptRunLab.h"

#include "EngineErrorText.h"
#include "LinkReader.h"
#include "ProgressStore.h"
#include "PromptContent.h"
#include "PromptRunWords.h"

#include <QLocale>
#include <QUrlQuery>

#include <algorithm>
#include <cmath>

namespace loopwise {

namespace prompts = engine::prompts;

namespace {

constexpr int kMaxSeeds = 10;

// The learner's edited cases of a task, in the progress store's settings.
QString casesKey(const QString &taskId)
{
    return QStringLiteral("prompts.cases.") + taskId;
}

} // namespace

PromptRunLab::PromptRunLab(QObject *parent)
    : LabController(QStringLiteral("prompts"), parent)
    , m_savedRuns(QStringLiteral("prompts"), this)
    , m_worker(QStringLiteral("prompt run"))
{
    attachWorker(m_worker.get());
    connect(m_worker.get(), &PromptRunWorker::progressed, this, &PromptRunLab::takeProgress);
    // attachWorker shows the failure; the results view follows the run's end too.
    connect(m_worker.get(), &LabWorker::failed, this, &LabController::snapshotChanged);
    connect(&m_serverRun, &ServerPromptRun::progressed, this,
            [this](int done, int total, int caseIndex, int seedIndex) {
                m_progress.done = done;
                m_progress.total = total;
                m_progress.caseIndex = caseIndex;
                m_progress.seedIndex = seedIndex;
                Q_EMIT snapshotChanged();
            });
    connect(&m_serverRun, &ServerPromptRun::finished, this, [this](std::shared_ptr<const PromptRunResults> results) {
        m_progress.done = m_progress.total;
        takeResults(std::move(results));
        setBusy(false);
        Q_EMIT snapshotChanged();
    });
    connect(&m_serverRun, &ServerPromptRun::failed, this, [this](const QString &problem) {
        //: %1 the model server's failure, one sentence
        setMessage(tr("%1 The test runs on the built-in demonstration model instead.").arg(problem));
        startRun(false);
    });
    connect(&m_serverRun, &ServerPromptRun::cancelled, this, [this] {
        setBusy(false);
        Q_EMIT snapshotChanged();
    });
    connect(this, &LabController::settingsChanged, this, &PromptRunLab::modelChanged);
    connect(&m_server, &ModelServer::settingsChanged, this, &PromptRunLab::modelChanged);
    connect(&m_cases, &PromptCasesModel::casesEdited, this, &PromptRunLab::keepCases);
    connect(&m_export, &PromptRunExport::written, this, [this](const QString &fileName, const QString &problem) {
        //: %1 the file a test run was exported to
        setMessage(problem.isEmpty() ? tr("Saved the comparison as %1.").arg(fileName) : problem);
        Q_EMIT exportingChanged();
    });
    m_worker.start();
    loadContent();
    setBusy(false);
}

PromptRunLab::~PromptRunLab()
{
    m_serverRun.cancel();
}

void PromptRunLab::loadContent()
{
    const PromptContent content = PromptContent::load(QLocale().name().section(QLatin1Char('_'), 0, 0));
    m_language = content.locale();
    m_tasks = content.tasks();
    m_corpus = std::make_shared<const engine::Json>(content.demoCorpus());
    const prompts::PromptTask *task = content.task(m_taskId);
    if (!task && !m_tasks.empty())
        task = &m_tasks.front();
    if (task) {
        m_taskId = QString::fromStdString(task->id);
        m_prompts = {QString::fromStdString(task->promptA), QString::fromStdString(task->promptB)};
        m_cases.setTaskCases(task->cases);
    }
}

// --- settings -----------------------------------------------------------------------------

void PromptRunLab::changeSetting()
{
    clearResults();
    Q_EMIT settingsChanged();
}

void PromptRunLab::setTaskId(const QString &id)
{
    if (id == m_taskId)
        return;
    const prompts::PromptTask *task = findTask(id);
    if (!task) {
        //: %1 a task id that the lab does not know
        setMessage(tr("There is no task \"%1\".").arg(id));
        return;
    }
    m_taskId = id;
    m_cases.setTaskCases(task->cases);
    if (store())
        m_cases.setFromJson(store()->setting(casesKey(m_taskId)).toString());
    changeSetting();
}

void PromptRunLab::setPromptA(const QString &text)
{
    if (text == m_prompts[0])
        return;
    m_prompts[0] = text;
    changeSetting();
}

void PromptRunLab::setPromptB(const QString &text)
{
    if (text == m_prompts[1])
        return;
    m_prompts[1] = text;
    changeSetting();
}

void PromptRunLab::setSeeds(int seeds)
{
    seeds = std::clamp(seeds, 1, kMaxSeeds);
    if (seeds == m_seeds)
        return;
    m_seeds = seeds;
    changeSetting();
}

void PromptRunLab::setTemperature(double temperature)
{
    temperature = std::clamp(temperature, 0.0, 2.0);
    if (qFuzzyCompare(temperature, m_temperature))
        return;
    m_temperature = temperature;
    changeSetting();
}

void PromptRunLab::setCalibrate(bool calibrate)
{
    if (calibrate == m_calibrate)
        return;
    m_calibrate = calibrate;
    changeSetting();
}

void PromptRunLab::setModelSource(const QString &source)
{
    const bool useServer = source == QLatin1String("server");
    if (!useServer && source != QLatin1String("builtin")) {
        //: builtin and server are values of a lab link, not to be translated
        setMessage(tr("The model is either builtin or server, not \"%1\".").arg(source));
        return;
    }
    if (useServer == m_useServer)
        return;
    m_useServer = useServer;
    changeSetting();
}

const prompts::PromptTask *PromptRunLab::findTask(const QString &id) const
{
    const auto task = std::find_if(m_tasks.begin(), m_tasks.end(),
                                   [&](const prompts::PromptTask &t) { return QString::fromStdString(t.id) == id; });
    return task == m_tasks.end() ? nullptr : &*task;
}

QString PromptRunLab::taskTitle() const
{
    const prompts::PromptTask *task = findTask(m_taskId);
    return task ? QString::fromStdString(task->title) : QString();
}

QString PromptRunLab::modelName() const
{
    if (m_useServer)
        //: a local model's name before a run: %1 the kind of server, %2 the model
        return tr("%1 model %2 on the local model server").arg(m_server.flavour(), m_server.model());
    return PromptRunWords::builtinModelName();
}

void PromptRunLab::setStore(ProgressStore *store)
{
    if (store == m_savedRuns.store())
        return;
    m_savedRuns.setStore(store);
    if (store)
        m_cases.setFromJson(store->setting(casesKey(m_taskId)).toString());
    Q_EMIT storeChanged();
}

void PromptRunLab::keepCases()
{
    clearResults();
    if (store())
        store()->setSetting(casesKey(m_taskId), m_cases.edited() ? m_cases.toJson() : QString());
}

// --- the link -----------------------------------------------------------------------------

QString PromptRunLab::settingsQuery() const
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("task"), m_taskId);
    query.addQueryItem(QStringLiteral("seeds"), QString::number(m_seeds));
    query.addQueryItem(QStringLiteral("temperature"), LinkReader::number(m_temperature));
    query.addQueryItem(QStringLiteral("calibrate"), m_calibrate ? QStringLiteral("1") : QStringLiteral("0"));
    query.addQueryItem(QStringLiteral("model"), modelSource());
    return query.toString(QUrl::FullyEncoded);
}

bool PromptRunLab::applyLink(const QString &text)
{
    const QUrlQuery query(text.contains(QLatin1Char('?')) ? text.section(QLatin1Char('?'), 1) : text);
    QStringList problems;
    LinkReader reader(&problems);
    const auto value
        = [&](const char *key) { return query.queryItemValue(QString::fromLatin1(key), QUrl::FullyDecoded); };
    std::optional<long long> seeds = query.hasQueryItem(QStringLiteral("seeds"))
        ? reader.integer(QStringLiteral("seeds"), value("seeds"), 1, kMaxSeeds)
        : std::optional<long long>(m_seeds);
    std::optional<double> temperature = query.hasQueryItem(QStringLiteral("temperature"))
        ? reader.real(QStringLiteral("temperature"), value("temperature"), 0.0, 2.0)
        : std::optional<double>(m_temperature);
    std::optional<bool> calibrate = query.hasQueryItem(QStringLiteral("calibrate"))
        ? reader.flag(QStringLiteral("calibrate"), value("calibrate"))
        : std::optional<bool>(m_calibrate);
    const QString model = query.hasQueryItem(QStringLiteral("model")) ? value("model") : modelSource();
    if (model != QLatin1String("builtin") && model != QLatin1String("server"))
        reader.problemNotOneOf(QStringLiteral("model"), QStringLiteral("builtin, server"), model);
    if (!problems.isEmpty() || !seeds || !temperature || !calibrate)
        return refuseLink(problems);
    if (query.hasQueryItem(QStringLiteral("task")))
        setTaskId(value("task"));
    setSeeds(static_cast<int>(*seeds));
    setTemperature(*temperature);
    setCalibrate(*calibrate);
    setModelSource(model);
    return true;
}

// --- running ------------------------------------------------------------------------------

PromptRunRequest PromptRunLab::request() const
{
    PromptRunRequest request;
    request.generation = generation();
    if (const prompts::PromptTask *task = findTask(m_taskId))
        request.task = *task;
    request.task.cases = m_cases.cases();
    request.prompts = {m_prompts[0].toStdString(), m_prompts[1].toStdString()};
    request.seeds = m_seeds;
    request.temperature = m_temperature;
    request.calibrate = m_calibrate;
    request.corpus = m_corpus;
    request.corpusLanguage = m_language;
    return request;
}

void PromptRunLab::run()
{
    if (running())
        return;
    if (m_cases.rowCount() == 0) {
        setMessage(tr("Add a test case first: the prompts are run on the test cases."));
        return;
    }
    clearResults();
    setMessage({});
    if (m_useServer)
        runOnServer();
    else
        startRun(false);
}

void PromptRunLab::runOnServer()
{
    nextGeneration();
    const PromptRunRequest next = request();
    m_progress = {};
    m_progress.total = 2 * m_seeds * m_cases.rowCount();
    Q_EMIT snapshotChanged();
    m_serverRun.start(&m_server, next.task, next.prompts, m_seeds, m_temperature);
}

void PromptRunLab::startRun(bool countsAsRun)
{
    nextGeneration();
    m_worker.post([request = request(), countsAsRun](PromptRunWorker &worker) { worker.start(request, countsAsRun); });
}

void PromptRunLab::postRun(int)
{
    clearResults();
    startRun(true);
}

void PromptRunLab::cancel()
{
    if (m_serverRun.running()) {
        m_serverRun.cancel();
        return;
    }
    m_worker.post([](PromptRunWorker &worker) { worker.cancel(); });
}

void PromptRunLab::reset()
{
    cancel();
    clearResults();
    m_progress = {};
    Q_EMIT snapshotChanged();
}

void PromptRunLab::takeProgress(const PromptRunProgress &progress)
{
    if (!acceptSnapshot(progress.generation, progress.runsDone))
        return;
    m_progress = progress;
    if (progress.results)
        takeResults(progress.results);
    Q_EMIT snapshotChanged();
    setBusy(progress.running || runsPending());
}

void PromptRunLab::takeResults(std::shared_ptr<const PromptRunResults> results)
{
    m_results = std::move(results);
    m_rows.setResults(m_results);
    Q_EMIT resultChanged();
    if (!store())
        return;
    // Every finished test run is kept: it counts as progress in the module and can be compared later.
    //: the name of a saved test run; %1 the task's title
    const QString label = tr("Test run: %1").arg(taskTitle());
    QVariantMap figures = m_results->toVariantMap(); // every answer and its provenance
    for (const QVariant &rate : passRates())
        figures.insert(QStringLiteral("passRate") + rate.toMap().value(QStringLiteral("prompt")).toString(),
                       rate.toMap().value(QStringLiteral("mean")));
    figures.insert(QStringLiteral("largerThanNoise"), largerThanNoise());
    figures.insert(QStringLiteral("figures"), PromptRunWords::evidenceFigures(*m_results));
    figures.insert(QStringLiteral("settings"), PromptRunWords::evidenceSettings(*m_results));
    if (m_savedRuns.save(link(), figures, {}, label).isEmpty())
        //: %1 the progress store's reason
        setMessage(tr("The run could not be kept in your progress: %1").arg(m_savedRuns.lastError()));
}

void PromptRunLab::clearResults()
{
    if (!m_results)
        return;
    m_results.reset();
    m_rows.setResults(nullptr);
    Q_EMIT resultChanged();
}

// --- figures ------------------------------------------------------------------------------

double PromptRunLab::progress() const
{
    return m_progress.total > 0 ? static_cast<double>(m_progress.done) / m_progress.total : 0.0;
}

QString PromptRunLab::progressText() const
{
    if (m_progress.training)
        return PromptRunWords::training();
    if (!running())
        return {};
    return PromptRunWords::progress(m_progress.caseIndex, m_cases.rowCount(), m_progress.seedIndex, m_seeds);
}

QVariantList PromptRunLab::passRates() const
{
    if (!m_results)
        return {};
    QVariantList rates;
    for (int prompt : {PromptRunResults::kPromptA, PromptRunResults::kPromptB}) {
        const prompts::PassRate &rate = m_results->passRate(prompt);
        rates.append(QVariantMap{{QStringLiteral("prompt"), prompt == 0 ? QStringLiteral("A") : QStringLiteral("B")},
                                 {QStringLiteral("mean"), rate.mean},
                                 {QStringLiteral("min"), rate.min},
                                 {QStringLiteral("max"), rate.max},
                                 {QStringLiteral("sd"), rate.sd},
                                 {QStringLiteral("text"), PromptRunWords::passRate(rate)}});
    }
    return rates;
}

QString PromptRunLab::verdict() const
{
    return m_results ? PromptRunWords::verdict(*m_results) : QString();
}

bool PromptRunLab::largerThanNoise() const
{
    return m_results && m_results->signTest().largerThanNoise;
}

QStringList PromptRunLab::costs() const
{
    if (!m_results)
        return {};
    return {PromptRunWords::cost(*m_results, PromptRunResults::kPromptA),
            PromptRunWords::cost(*m_results, PromptRunResults::kPromptB)};
}

QString PromptRunLab::honestNotes() const
{
    const bool builtin = m_results && m_results->outcome().provenance.model == PromptRunWords::builtinModelName();
    return builtin ? PromptRunWords::honestNotes() : QString();
}

QString PromptRunLab::builtinLimit() const
{
    const prompts::PromptTask *task = findTask(m_taskId);
    const bool labels = task && !task->labels.empty();
    return m_useServer || labels ? QString() : PromptRunWords::builtinLimit();
}

QString PromptRunLab::provenance() const
{
    return m_results ? PromptRunWords::provenance(*m_results) : QString();
}

// --- exports and evidence -------------------------------------------------------------------

bool PromptRunLab::exportMarkdown(const QString &pathOrUrl)
{
    if (!m_results || !m_export.write(pathOrUrl, PromptRunExport::markdown(*m_results)))
        return false;
    Q_EMIT exportingChanged();
    return true;
}

bool PromptRunLab::exportCsv(const QString &pathOrUrl)
{
    if (!m_results || !m_export.write(pathOrUrl, PromptRunExport::csv(*m_results)))
        return false;
    Q_EMIT exportingChanged();
    return true;
}

QVariantMap PromptRunLab::evidence() const
{
    if (!m_results)
        return {};
    QVariantMap evidence
        = evidenceOf(PromptRunWords::evidenceSettings(*m_results), PromptRunWords::evidenceFigures(*m_results));
    //: the title of a test run attached to a decision note; %1 the task's title
    evidence.insert(QStringLiteral("title"), tr("Compare prompt strategies: test run on %1").arg(taskTitle()));
    return evidence;
}

} // namespace loopwise
