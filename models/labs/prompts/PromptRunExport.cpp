#include "PromptRunExport.h"

#include "PromptRunWords.h"

#include <QSaveFile>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>

namespace loopwise {

namespace prompts = engine::prompts;

namespace {

QString writeText(const QString &path, const QString &text)
{
    QSaveFile file(path);
    const QByteArray bytes = text.toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        //: %1 a file name, %2 the system's reason
        return PromptRunExport::tr("Cannot write %1: %2").arg(path, file.errorString());
    return {};
}

} // namespace

PromptRunExport::PromptRunExport(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<QString>::finished, this,
            [this] { Q_EMIT written(m_fileName, m_watcher.result()); });
}

PromptRunExport::~PromptRunExport()
{
    m_watcher.waitForFinished();
}

bool PromptRunExport::write(const QString &pathOrUrl, const QString &text)
{
    if (busy())
        return false;
    const QUrl url(pathOrUrl);
    m_fileName = url.isLocalFile() ? url.toLocalFile() : pathOrUrl;
    m_watcher.setFuture(QtConcurrent::run(writeText, m_fileName, text));
    return true;
}

QString PromptRunExport::csvField(const QString &text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString PromptRunExport::cell(const QString &text)
{
    QString flat = text;
    flat.replace(QLatin1Char('\n'), QLatin1Char(' ')).replace(QLatin1Char('|'), QStringLiteral("\\|"));
    return flat;
}

QString PromptRunExport::markdown(const PromptRunResults &results)
{
    QStringList lines;
    //: the heading of an exported test run; %1 the task's title
    lines << tr("# Prompt A against prompt B: %1").arg(QString::fromStdString(results.outcome().task.title))
          << QString();
    for (const QString &setting : PromptRunWords::evidenceSettings(results))
        lines << QStringLiteral("- ") + cell(setting);
    lines << QString();
    for (const QString &figure : PromptRunWords::evidenceFigures(results))
        lines << QStringLiteral("- ") + figure;
    lines << QStringLiteral("- ") + PromptRunWords::cost(results, PromptRunResults::kPromptA)
          << QStringLiteral("- ") + PromptRunWords::cost(results, PromptRunResults::kPromptB) << QString();
    //: %1 the answers' provenance
    lines << tr("Provenance: %1").arg(PromptRunWords::provenance(results)) << QString();
    //: the columns of the exported case-by-case table, separated by |
    lines << tr("| Case | Input | Expected | A passed | B passed | Answers of A | Answers of B |")
          << QStringLiteral("| --- | --- | --- | --- | --- | --- | --- |");
    const int seeds = results.seedCount();
    for (const prompts::CaseRow &row : results.rows()) {
        const prompts::TestCase &testCase = results.outcome().task.cases[static_cast<size_t>(row.caseIndex)];
        lines
            << QStringLiteral("| %1 | %2 | %3 | %4/%5 | %6/%5 | %7 | %8 |")
                   .arg(row.caseIndex + 1)
                   .arg(cell(QString::fromStdString(testCase.input)), cell(QString::fromStdString(testCase.expected)))
                   .arg(row.passesA)
                   .arg(seeds)
                   .arg(row.passesB)
                   .arg(cell(PromptRunWords::groups(results.groups(PromptRunResults::kPromptA, row.caseIndex), seeds)),
                        cell(PromptRunWords::groups(results.groups(PromptRunResults::kPromptB, row.caseIndex), seeds)));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString PromptRunExport::csv(const PromptRunResults &results)
{
    const PromptRunOutcome &run = results.outcome();
    // Column names stay English: a CSV file's header is read by programs.
    QStringList lines{QStringLiteral("prompt,case,seed,input,expected,answer,passed,prompt_tokens,output_tokens,"
                                     "milliseconds,model,model_version,temperature,started_utc,prompt_as_run")};
    for (int prompt : {PromptRunResults::kPromptA, PromptRunResults::kPromptB})
        for (int seed = 0; seed < results.seedCount(); ++seed)
            for (int c = 0; c < results.caseCount(); ++c) {
                const PromptAnswer &answer = run.answers[prompt][seed][c];
                const prompts::TestCase &testCase = run.task.cases[static_cast<size_t>(c)];
                lines << QStringList{prompt == PromptRunResults::kPromptA ? QStringLiteral("A") : QStringLiteral("B"),
                                     QString::number(c + 1),
                                     QString::number(run.seeds[seed]),
                                     csvField(QString::fromStdString(testCase.input)),
                                     csvField(QString::fromStdString(testCase.expected)),
                                     csvField(QString::fromStdString(answer.text)),
                                     answer.passed ? QStringLiteral("1") : QStringLiteral("0"),
                                     QString::number(answer.promptTokens),
                                     QString::number(answer.outputTokens),
                                     QString::number(answer.milliseconds, 'f', 3),
                                     csvField(run.provenance.model),
                                     csvField(run.provenance.version),
                                     QString::number(run.provenance.temperature),
                                     run.provenance.startedUtc.toString(Qt::ISODate),
                                     csvField(QString::fromStdString(results.promptAsRun(prompt, c)))}
                             .join(QLatin1Char(','));
            }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace loopwise
