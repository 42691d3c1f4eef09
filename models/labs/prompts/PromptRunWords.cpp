#include "PromptRunWords.h"

#include <QLocale>

namespace loopwise {

namespace prompts = engine::prompts;

namespace {

QString percent(double share)
{
    //: a share as a percentage, %1 the number
    return PromptRunWords::tr("%1 %").arg(QLocale().toString(share * 100.0, 'f', 0));
}

QString points(double share)
{
    return QLocale().toString(share * 100.0, 'f', 1);
}

QString promptName(int prompt)
{
    return prompt == PromptRunResults::kPromptA ? QStringLiteral("A") : QStringLiteral("B");
}

} // namespace

QString PromptRunWords::builtinModelName()
{
    //: the built-in model's name wherever a run's provenance is shown
    return tr("Loopwise demonstration model (small, made by the project)");
}

QString PromptRunWords::builtinModelVersion(int vocabulary, long long trainingTokens, const QString &language)
{
    //: the built-in model's version: %1 words it knows, %2 words of training text, %3 the content language code
    return tr("trigram model, %1 words, trained on %2 words of the %3 demo corpus")
        .arg(QLocale().toString(vocabulary), QLocale().toString(trainingTokens), language);
}

QString PromptRunWords::progress(int caseIndex, int cases, int seedIndex, int seeds)
{
    //: a test run's progress: %1 the case being answered, %2 cases in all, %3 the seed, %4 seeds in all
    return tr("Case %1 of %2, seed %3 of %4").arg(caseIndex + 1).arg(cases).arg(seedIndex + 1).arg(seeds);
}

QString PromptRunWords::training()
{
    return tr("Training the demonstration model (only the first time, a few seconds)…");
}

QString PromptRunWords::passRate(const prompts::PassRate &rate)
{
    if (rate.seeds < 2)
        return percent(rate.mean);
    //: %1 the mean pass rate, %n seeds, %2 the lowest and %3 the highest seed's pass rate, %4 the standard deviation in
    //: percentage points
    return tr("%1 (over %n seeds: %2 to %3, standard deviation %4 points)", "", rate.seeds)
        .arg(percent(rate.mean), percent(rate.min), percent(rate.max), points(rate.sd));
}

QString PromptRunWords::groups(const std::vector<prompts::AnswerGroup> &groups, int seeds)
{
    QStringList parts;
    for (const prompts::AnswerGroup &group : groups)
        //: repeated answers to one test case: %1 how many seeds gave this answer, %n seeds in all, %2 the answer
        parts.append(
            tr("%1 of %n answered \"%2\"", "", seeds).arg(group.count).arg(QString::fromStdString(group.answer)));
    return parts.join(QStringLiteral("; "));
}

QString PromptRunWords::verdict(const PromptRunResults &results)
{
    const prompts::PairedTest &test = results.signTest();
    const prompts::Interval &interval = results.interval();
    const QString p = QLocale().toString(test.pValue, 'g', 2);
    QString summary;
    if (test.largerThanNoise && interval.mean > 0)
        //: %1 cases where B passed more often than A, %2 the other way round, %3 the sign test's p-value
        summary = tr("B did better than A by more than the run-to-run noise: B passed more often in %1 cases, A in %2 "
                     "(sign test p = %3).")
                      .arg(test.bBetter)
                      .arg(test.aBetter)
                      .arg(p);
    else if (test.largerThanNoise)
        //: %1 cases where A passed more often than B, %2 the other way round, %3 the sign test's p-value
        summary = tr("A did better than B by more than the run-to-run noise: A passed more often in %1 cases, B in %2 "
                     "(sign test p = %3).")
                      .arg(test.aBetter)
                      .arg(test.bBetter)
                      .arg(p);
    else
        //: %1 cases where B passed more often than A, %2 the other way round, %3 the sign test's p-value
        summary
            = tr("The difference between A and B is not larger than the run-to-run noise: B passed more often in %1 "
                 "cases, A in %2 (sign test p = %3). Do not conclude that one prompt works better from this run.")
                  .arg(test.bBetter)
                  .arg(test.aBetter)
                  .arg(p);
    //: %1 B's pass rate minus A's in percentage points, %2 and %3 the interval's ends
    const QString range
        = tr("B minus A: %1 points of pass rate (95 % bootstrap interval over the cases: %2 to %3 points).")
              .arg(points(interval.mean), points(interval.low), points(interval.high));
    return summary + QLatin1Char(' ') + range;
}

QString PromptRunWords::honestNotes()
{
    return tr("What this small demonstration model cannot show: it has no reasoning, so asking it to think step by "
              "step does not make its answers more correct (research finds that chain-of-thought prompting helps only "
              "large models), and a role or persona changes the style of its answers, not whether they are right (in "
              "large models too). To test those patterns, run the same A/B test on a local model server.");
}

QString PromptRunWords::builtinLimit()
{
    return tr("The small demonstration model cannot show the difference on this task: it answers only with a label "
              "it has seen in examples, and cannot write a summary in a format or a JSON object, so both prompts "
              "fail on it whatever they say. Run this task on a local model server to compare the prompts, or try "
              "a task with labels (ticket triage, customer feedback) to see what examples change.");
}

QString PromptRunWords::cost(const PromptRunResults &results, int prompt)
{
    //: %1 prompt A or B, %2 tokens read in all prompts, %3 tokens answered, %4 the time in seconds
    return tr("Prompt %1: %2 prompt tokens, %3 answer tokens, %4 s")
        .arg(promptName(prompt), QLocale().toString(results.promptTokens(prompt)),
             QLocale().toString(results.outputTokens(prompt)),
             QLocale().toString(results.milliseconds(prompt) / 1000.0, 'f', 2));
}

QString PromptRunWords::provenance(const PromptRunResults &results)
{
    const PromptRunProvenance &run = results.outcome().provenance;
    const QString started = QLocale().toString(run.startedUtc, QLocale::ShortFormat);
    //: where an answer came from: %1 the model, %2 its version, %n seeds (1 to n), %3 the temperature, %4 the start
    //: time in UTC
    return tr("%1 (%2); seeds 1 to %n, temperature %3; started %4 UTC", "", results.seedCount())
        .arg(run.model, run.version, QLocale().toString(run.temperature, 'f', 1), started);
}

QStringList PromptRunWords::evidenceSettings(const PromptRunResults &results)
{
    const PromptRunOutcome &run = results.outcome();
    //: %1 the task's title
    return {tr("Task: %1").arg(QString::fromStdString(run.task.title)),
            //: %1 the number of test cases
            tr("Test cases: %1").arg(results.caseCount()),
            //: %1 the model's name
            tr("Model: %1").arg(run.provenance.model), tr("Seeds: %1").arg(results.seedCount()),
            tr("Temperature: %1").arg(QLocale().toString(run.provenance.temperature, 'f', 1)),
            run.provenance.calibrate ? tr("Calibration: on") : tr("Calibration: off"),
            //: %1 the text of prompt A
            tr("Prompt A: %1").arg(QString::fromStdString(run.prompts[0])),
            //: %1 the text of prompt B
            tr("Prompt B: %1").arg(QString::fromStdString(run.prompts[1]))};
}

QStringList PromptRunWords::evidenceFigures(const PromptRunResults &results)
{
    //: %1 prompt A's pass rate with its spread
    return {tr("Pass rate of A: %1").arg(passRate(results.passRate(PromptRunResults::kPromptA))),
            //: %1 prompt B's pass rate with its spread
            tr("Pass rate of B: %1").arg(passRate(results.passRate(PromptRunResults::kPromptB))), verdict(results)};
}

} // namespace loopwise
