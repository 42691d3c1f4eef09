#include "PromptsLab.h"

#include "CourseController.h"
#include "LabColours.h"
#include "PromptsExplanations.h"
#include "Routes.h"

#include <QLocale>

#include <algorithm>

namespace loopwise {

namespace prompts = engine::prompts;

namespace {

const QString kPairKind = QStringLiteral("pair");
const QString kComparisonKind = QStringLiteral("comparison");

std::string utf8(const QString &text)
{
    return text.toStdString();
}

QString qstring(const std::string &text)
{
    return QString::fromStdString(text);
}

// The UTF-16 position of every byte of a UTF-8 text, and of its end.
std::vector<int> utf16Positions(const std::string &text)
{
    std::vector<int> positions(text.size() + 1);
    int position = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        positions[i] = position;
        const auto byte = static_cast<unsigned char>(text[i]);
        if ((byte & 0xC0) != 0x80) // a character starts here
            position += byte >= 0xF0 ? 2 : 1; // four bytes: a surrogate pair
    }
    positions[text.size()] = position;
    return positions;
}

// Rich text of the new text with the inserted spans bold and underlined.
QString diffText(const prompts::PromptEdit &edit)
{
    QString html;
    std::size_t at = 0;
    auto plain = [&html](const std::string &piece) {
        html += qstring(piece).toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    };
    for (const prompts::Span &span : edit.added()) {
        plain(edit.text.substr(at, span.begin - at));
        html += QStringLiteral("<b><u>");
        plain(edit.text.substr(span.begin, span.end - span.begin));
        html += QStringLiteral("</u></b>");
        at = span.end;
    }
    plain(edit.text.substr(at));
    return html;
}

} // namespace

PromptsLab::PromptsLab(QObject *parent)
    : PromptsLab(PromptContent::load(CourseController::instance()->locale()), parent)
{
    connect(CourseController::instance(), &CourseController::contentChanged, this, &PromptsLab::reloadContent);
}

PromptsLab::PromptsLab(const PromptContent &content, QObject *parent)
    : LabController(QStringLiteral("prompts"), parent)
    , m_content(content)
    , m_savedRuns(QStringLiteral("prompts"), this)
{
    connect(&m_savedRuns, &SavedRunsModel::runsChanged, this, &PromptsLab::savedPairsChanged);
    connect(LabColours::instance(), &LabColours::changed, &m_comparison, &PromptComparisonModel::refreshColours);
    setBusy(false); // nothing to wait for: the analysis is immediate
    m_recordTimer.setSingleShot(true);
    m_recordTimer.setInterval(kRecordComparisonAfterMs);
    connect(&m_recordTimer, &QTimer::timeout, this, &PromptsLab::recordComparison);
    connect(&m_export, &PromptRunExport::written, this, [this](const QString &fileName, const QString &problem) {
        //: %1 the file the structure comparison of prompts A and B was exported to
        setMessage(problem.isEmpty() ? tr("Saved the structure comparison as %1.").arg(fileName) : problem);
        Q_EMIT exportingChanged();
    });
    if (const prompts::PromptTask *task = m_content.task(m_settings.taskId))
        loadTask(*task);
    else if (!m_content.tasks().empty())
        loadTask(m_content.tasks().front());
    analyse(A);
    analyse(B);
    compare();
}

PromptsLab::~PromptsLab() = default;

void PromptsLab::reloadContent()
{
    const QString locale = CourseController::instance()->locale();
    if (locale == m_content.locale())
        return;
    m_content = PromptContent::load(locale);
    // The learner's prompts stay as they are; the analysis follows the new language.
    analyse(A);
    analyse(B);
    compare();
    Q_EMIT contentChanged();
}

// --- settings ---------------------------------------------------------------------------------

QVariantList PromptsLab::tasks() const
{
    QVariantList list;
    for (const prompts::PromptTask &task : m_content.tasks())
        list.append(QVariantMap{{QStringLiteral("id"), qstring(task.id)},
                                {QStringLiteral("title"), qstring(task.title)},
                                {QStringLiteral("label"), qstring(task.title)}}); // for ChoiceBox
    return list;
}

void PromptsLab::setTaskId(const QString &id)
{
    const prompts::PromptTask *task = m_content.task(id);
    if (!task) {
        //: %1 the id of a task the prompts lab was asked for
        setMessage(tr("The prompts lab has no task \"%1\".").arg(excerpt(id)));
        return;
    }
    if (id == m_settings.taskId)
        return;
    loadTask(*task);
}

void PromptsLab::loadTask(const prompts::PromptTask &task)
{
    const bool newTask = m_settings.taskId != qstring(task.id);
    m_settings.taskId = qstring(task.id);
    for (int prompt : {A, B}) {
        m_sides[std::size_t(prompt)].undo.clear();
        m_sides[std::size_t(prompt)].diff.clear();
    }
    changeText(A, qstring(task.promptA), true);
    changeText(B, qstring(task.promptB), true);
    Q_EMIT patternsChanged();
    if (newTask) {
        Q_EMIT taskIdChanged();
        Q_EMIT settingsChanged();
    }
}

void PromptsLab::setSeeds(int seeds)
{
    seeds = std::clamp(seeds, PromptsLabSettings::kMinSeeds, PromptsLabSettings::kMaxSeeds);
    if (seeds == m_settings.seeds)
        return;
    m_settings.seeds = seeds;
    Q_EMIT seedsChanged();
    Q_EMIT settingsChanged();
}

void PromptsLab::setTemperature(double temperature)
{
    temperature = std::clamp(temperature, 0.0, PromptsLabSettings::kMaxTemperature);
    if (qFuzzyCompare(1.0 + temperature, 1.0 + m_settings.temperature))
        return;
    m_settings.temperature = temperature;
    Q_EMIT temperatureChanged();
    Q_EMIT settingsChanged();
}

void PromptsLab::setCalibrate(bool calibrate)
{
    if (calibrate == m_settings.calibrate)
        return;
    m_settings.calibrate = calibrate;
    Q_EMIT calibrateChanged();
    Q_EMIT settingsChanged();
}

void PromptsLab::setModelSource(const QString &source)
{
    if (source == m_settings.modelSource || !PromptsLabSettings::isModelSource(source))
        return;
    m_settings.modelSource = source;
    Q_EMIT modelSourceChanged();
    Q_EMIT settingsChanged();
}

void PromptsLab::setTab(const QString &tab)
{
    if (tab == m_settings.tab || !PromptsLabSettings::isTab(tab))
        return;
    m_settings.tab = tab;
    Q_EMIT tabChanged();
    Q_EMIT settingsChanged();
}

QString PromptsLab::suggestedFormat() const
{
    const prompts::PromptTask *task = m_content.task(m_settings.taskId);
    QStringList labels;
    if (task)
        for (const std::string &label : task->labels)
            labels.append(qstring(label));
    return labels.join(QStringLiteral(" / "));
}

// --- the prompts and their analysis -----------------------------------------------------------

void PromptsLab::setPrompt(int prompt, const QString &text)
{
    if (text == m_sides[std::size_t(side(prompt))].text)
        return;
    changeText(prompt, text, false);
}

void PromptsLab::changeText(int prompt, const QString &text, bool keepUndo)
{
    Side &s = m_sides[std::size_t(side(prompt))];
    if (!keepUndo && (!s.undo.empty() || !s.diff.isEmpty())) {
        // The learner edited the text: the editor's own undo takes over from the patterns'.
        s.undo.clear();
        s.diff.clear();
        Q_EMIT patternsChanged();
    }
    const bool changed = text != s.text;
    s.text = text;
    analyse(prompt);
    compare();
    if (changed) {
        Q_EMIT side(prompt) == A ? promptAChanged() : promptBChanged();
        Q_EMIT settingsChanged();
        recordComparisonSoon();
    }
}

void PromptsLab::analyse(int prompt)
{
    Side &s = m_sides[std::size_t(side(prompt))];
    s.utf8 = utf8(s.text);
    s.positions = utf16Positions(s.utf8);
    s.analysis = m_content.analyser().analyse(s.utf8);
}

void PromptsLab::compare()
{
    m_result = prompts::comparePrompts(m_sides[A].analysis, m_sides[B].analysis);
    m_comparison.setComparison(m_result);
    m_summary = comparisonSummary(m_result);
    Q_EMIT analysisChanged();
}

int PromptsLab::textPosition(int prompt, std::size_t byte) const
{
    const std::vector<int> &positions = m_sides[std::size_t(side(prompt))].positions;
    return positions[std::min(byte, positions.size() - 1)];
}

QVariantList PromptsLab::signalsOf(int prompt) const
{
    const Side &s = m_sides[std::size_t(side(prompt))];
    QVariantList list;
    for (const prompts::SignalFinding &signal : s.analysis.signals) {
        const int begin = textPosition(prompt, signal.span.begin);
        const int end = textPosition(prompt, signal.span.end);
        const int line = int(s.text.left(begin).count(QLatin1Char('\n'))) + 1;
        list.append(QVariantMap{{QStringLiteral("title"), signalTitle(signal.signal)},
                                {QStringLiteral("line"), line},
                                {QStringLiteral("excerpt"), excerpt(s.text.mid(begin, end - begin).simplified())}});
    }
    return list;
}

// --- pattern helpers --------------------------------------------------------------------------

bool PromptsLab::applyEdit(int prompt, const prompts::PromptEdit &edit)
{
    Side &s = m_sides[std::size_t(side(prompt))];
    if (edit.changes.empty()) {
        setMessage(tr("That pattern is already in this prompt, or there is nothing for it to work on: the prompt stays "
                      "as it is."));
        return false;
    }
    s.undo.push_back({s.utf8, edit.changes});
    s.diff = diffText(edit);
    changeText(prompt, qstring(edit.text), true);
    setMessage({});
    Q_EMIT patternsChanged();
    return true;
}

bool PromptsLab::addRole(int prompt, const QString &role)
{
    if (role.trimmed().isEmpty()) {
        setMessage(tr("Write the role first, for example \"a support lead\"."));
        return false;
    }
    return applyEdit(
        prompt, prompts::addRole(m_sides[std::size_t(side(prompt))].utf8, m_content.phrases(), utf8(role.trimmed())));
}

bool PromptsLab::addOwnExamples(int prompt, const QString &lines)
{
    std::vector<prompts::Example> examples;
    for (const QString &line : lines.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const qsizetype bar = line.lastIndexOf(QLatin1Char('|'));
        if (bar <= 0 || line.mid(bar + 1).trimmed().isEmpty() || line.left(bar).trimmed().isEmpty())
            continue;
        examples.push_back({utf8(line.left(bar).trimmed()), utf8(line.mid(bar + 1).trimmed())});
    }
    if (examples.empty()) {
        setMessage(
            tr("Write one example a line, the input and then the answer after a bar: \"The site is down | urgent\"."));
        return false;
    }
    return applyEdit(prompt,
                     prompts::addExamples(m_sides[std::size_t(side(prompt))].utf8, m_content.phrases(), examples));
}

bool PromptsLab::addCaseExamples(int prompt, int count)
{
    const prompts::PromptTask *task = m_content.task(m_settings.taskId);
    if (!task || task->cases.empty() || count < 1)
        return false;
    // The labels in turn, so that the examples are balanced; without labels, the first cases.
    std::vector<prompts::Example> examples;
    std::vector<bool> used(task->cases.size(), false);
    const std::size_t wanted = std::min<std::size_t>(std::size_t(count), task->cases.size());
    for (std::size_t round = 0; examples.size() < wanted && round < task->cases.size(); ++round) {
        for (std::size_t k = 0; k < std::max<std::size_t>(task->labels.size(), 1) && examples.size() < wanted; ++k) {
            for (std::size_t i = 0; i < task->cases.size(); ++i) {
                const prompts::TestCase &c = task->cases[i];
                if (used[i] || (!task->labels.empty() && c.expected != task->labels[k]))
                    continue;
                used[i] = true;
                examples.push_back({c.input, c.expected});
                break;
            }
        }
    }
    return applyEdit(prompt,
                     prompts::addExamples(m_sides[std::size_t(side(prompt))].utf8, m_content.phrases(), examples));
}

bool PromptsLab::addStepByStep(int prompt)
{
    return applyEdit(prompt, prompts::addStepByStep(m_sides[std::size_t(side(prompt))].utf8, m_content.phrases()));
}

bool PromptsLab::addOutputFormat(int prompt, const QString &format)
{
    if (format.trimmed().isEmpty()) {
        setMessage(tr("Write the format first, for example \"urgent / normal\"."));
        return false;
    }
    return applyEdit(
        prompt,
        prompts::addOutputFormat(m_sides[std::size_t(side(prompt))].utf8, m_content.phrases(), utf8(format.trimmed())));
}

bool PromptsLab::addDelimiters(int prompt)
{
    return applyEdit(prompt, prompts::addDelimiters(m_sides[std::size_t(side(prompt))].utf8, m_content.phrases()));
}

bool PromptsLab::undoPattern(int prompt)
{
    Side &s = m_sides[std::size_t(side(prompt))];
    if (s.undo.empty())
        return false;
    const Undo last = std::move(s.undo.back());
    s.undo.pop_back();
    const std::string restored = prompts::undoEdit(s.utf8, last.changes);
    Q_ASSERT(restored == last.before);
    s.diff.clear();
    changeText(prompt, qstring(restored), true);
    Q_EMIT patternsChanged();
    return true;
}

// --- link, reset, saved pairs and evidence ----------------------------------------------------

void PromptsLab::reset()
{
    if (const prompts::PromptTask *task = m_content.task(m_settings.taskId))
        loadTask(*task);
}

QString PromptsLab::settingsQuery() const
{
    PromptsLabSettings settings = m_settings;
    const prompts::PromptTask *task = m_content.task(m_settings.taskId);
    // A starter prompt needs no room in the link: the task brings it.
    settings.promptA = task && qstring(task->promptA) == promptA() ? QString() : promptA();
    settings.promptB = task && qstring(task->promptB) == promptB() ? QString() : promptB();
    return settings.toQuery();
}

bool PromptsLab::applyLink(const QString &text)
{
    QStringList problems;
    std::optional<PromptsLabSettings> settings = PromptsLabSettings::fromQuery(text, &problems);
    if (settings && !m_content.task(settings->taskId))
        //: %1 the task id a lab link names
        problems.append(tr("The prompts lab has no task \"%1\".").arg(excerpt(settings->taskId)));
    if (!problems.isEmpty())
        return refuseLink(problems);
    if (const prompts::PromptTask *task = m_content.task(settings->taskId))
        loadTask(*task);
    if (!settings->promptA.isEmpty())
        changeText(A, settings->promptA, true);
    if (!settings->promptB.isEmpty())
        changeText(B, settings->promptB, true);
    setSeeds(settings->seeds);
    setTemperature(settings->temperature);
    setCalibrate(settings->calibrate);
    setModelSource(settings->modelSource);
    setTab(settings->tab);
    setMessage({});
    return true;
}

void PromptsLab::setStore(ProgressStore *store)
{
    if (store == m_savedRuns.store())
        return;
    m_savedRuns.setStore(store);
    Q_EMIT storeChanged();
    Q_EMIT savedPairsChanged();
}

QVariantList PromptsLab::savedPairs() const
{
    QVariantList pairs;
    for (const QVariant &run : m_savedRuns.runs())
        if (run.toMap().value(QStringLiteral("kind")).toString() == kPairKind)
            pairs.append(run);
    return pairs;
}

QString PromptsLab::savePair(const QString &note)
{
    if (!store())
        return {};
    const prompts::PromptTask *task = m_content.task(m_settings.taskId);
    const QString label = task ? qstring(task->title) : m_settings.taskId;
    const QVariantMap results{{QStringLiteral("kind"), kPairKind},
                              {QStringLiteral("note"), note.trimmed()},
                              {QStringLiteral("figures"), evidenceFigures()}};
    const QString id = m_savedRuns.save(link(), results, {}, label);
    if (id.isEmpty()) {
        //: %1 the progress store's reason
        setMessage(tr("The pair could not be saved: %1").arg(m_savedRuns.lastError()));
    } else {
        setMessage(tr("The pair and your note are saved in your progress."));
        // The saved pair is this comparison's progress already.
        m_recordTimer.stop();
        m_recordedComparison = comparisonKey();
    }
    return id;
}

// --- a comparison counts as progress ----------------------------------------------------------

QString PromptsLab::comparisonKey() const
{
    QString key = m_settings.taskId + QLatin1Char(':');
    for (const prompts::CriterionRow &row : m_result.rows)
        key += QLatin1Char(row.inA ? '1' : '0') + QLatin1Char(row.inB ? '1' : '0');
    return key;
}

void PromptsLab::recordComparisonSoon()
{
    const prompts::PromptTask *task = m_content.task(m_settings.taskId);
    const bool starters = task && promptA() == qstring(task->promptA) && promptB() == qstring(task->promptB);
    if (starters || comparisonKey() == m_recordedComparison)
        m_recordTimer.stop();
    else
        m_recordTimer.start(); // again: the table must settle first
}

void PromptsLab::recordComparison()
{
    const QString key = comparisonKey();
    if (!store() || key == m_recordedComparison)
        return;
    const prompts::PromptTask *task = m_content.task(m_settings.taskId);
    //: the name of a structure comparison kept in the learner's progress; %1 the task's title
    const QString label = tr("Comparison: %1").arg(task ? qstring(task->title) : m_settings.taskId);
    const QVariantMap results{{QStringLiteral("kind"), kComparisonKind},
                              {QStringLiteral("countA"), m_comparison.countA()},
                              {QStringLiteral("countB"), m_comparison.countB()},
                              {QStringLiteral("figures"), evidenceFigures()}};
    if (!m_savedRuns.save(link(), results, {}, label).isEmpty())
        m_recordedComparison = key;
}

// --- exports ----------------------------------------------------------------------------------

PromptComparisonText PromptsLab::comparisonText() const
{
    const prompts::PromptTask *task = m_content.task(m_settings.taskId);
    return {task ? qstring(task->title) : m_settings.taskId, {promptA(), promptB()}, m_summary, &m_comparison};
}

bool PromptsLab::exportMarkdown(const QString &pathOrUrl)
{
    if (!m_export.write(pathOrUrl, PromptComparisonExport::markdown(comparisonText())))
        return false;
    Q_EMIT exportingChanged();
    return true;
}

bool PromptsLab::exportCsv(const QString &pathOrUrl)
{
    if (!m_export.write(pathOrUrl, PromptComparisonExport::csv(comparisonText())))
        return false;
    Q_EMIT exportingChanged();
    return true;
}

bool PromptsLab::openPair(const QString &id)
{
    const QVariantMap pair = m_savedRuns.get(id);
    return !pair.isEmpty() && applyLink(pair.value(QStringLiteral("link")).toString());
}

QStringList PromptsLab::evidenceSettings() const
{
    const prompts::PromptTask *task = m_content.task(m_settings.taskId);
    //: A line of the prompts lab's evidence in the decision note; %1 the task's title
    return {tr("Task: %1").arg(task ? qstring(task->title) : m_settings.taskId),
            //: A line of the prompts lab's evidence; %1 prompt A's whole text
            tr("Prompt A: %1").arg(promptA()),
            //: A line of the prompts lab's evidence; %1 prompt B's whole text
            tr("Prompt B: %1").arg(promptB())};
}

QStringList PromptsLab::evidenceFigures() const
{
    QStringList lines{
        //: A line of the prompts lab's evidence; %1 and %2 how many of the %3 parts the guides recommend prompts A and
        //: B have
        tr("Parts the guides recommend: A has %1 of %3, B has %2 of %3.")
            .arg(m_comparison.countA())
            .arg(m_comparison.countB())
            .arg(prompts::kCriterionCount),
        //: A line of the prompts lab's evidence; %1 and %2 the numbers of clarity signals in prompts A and B
        tr("Clarity signals: A has %1, B has %2.")
            .arg(m_sides[A].analysis.signals.size())
            .arg(m_sides[B].analysis.signals.size())};
    lines += m_summary;
    return lines;
}

QVariantMap PromptsLab::evidence() const
{
    return evidenceOf(evidenceSettings(), evidenceFigures());
}

} // namespace loopwise
