#include "PromptComparisonExport.h"

#include "PromptComparisonModel.h"
#include "PromptRunExport.h"

#include <algorithm>

namespace loopwise {

namespace {

// A fence longer than any run of backticks in the text, so the prompt shows exactly.
QString fenced(const QString &text)
{
    int longest = 0;
    int run = 0;
    for (const QChar c : text) {
        run = c == QLatin1Char('`') ? run + 1 : 0;
        longest = std::max(longest, run);
    }
    const QString fence(std::max(3, longest + 1), QLatin1Char('`'));
    return fence + QLatin1Char('\n') + text + QLatin1Char('\n') + fence;
}

QVariant value(const PromptComparisonModel &table, int row, PromptComparisonModel::Role role)
{
    return table.data(table.index(row), role);
}

} // namespace

QString PromptComparisonExport::markdown(const PromptComparisonText &comparison)
{
    QStringList lines;
    //: the heading of an exported structure comparison; %1 the task's title
    lines << tr("# The structure of prompt A and prompt B: %1").arg(comparison.task) << QString();
    //: a heading of the exported structure comparison, above prompt A's text
    lines << tr("## Prompt A") << QString() << fenced(comparison.prompts[0]) << QString();
    //: a heading of the exported structure comparison, above prompt B's text
    lines << tr("## Prompt B") << QString() << fenced(comparison.prompts[1]) << QString();
    //: a heading of the exported structure comparison, above its summary
    lines << tr("## What B does that A does not") << QString();
    for (const QString &sentence : comparison.summary)
        lines << QStringLiteral("- ") + sentence;
    lines << QString();
    //: a heading of the exported structure comparison, above its table
    lines << tr("## Criterion by criterion") << QString();
    //: the columns of the exported comparison table, separated by |
    lines << tr("| Criterion | A | B | Why the guides recommend it | Guides |")
          << QStringLiteral("| --- | --- | --- | --- | --- |");
    //: in the exported comparison table: the prompt has this part
    const QString yes = tr("yes");
    //: in the exported comparison table: the prompt does not have this part
    const QString no = tr("no");
    const PromptComparisonModel &table = *comparison.table;
    for (int row = 0; row < table.rowCount(); ++row)
        lines << QStringLiteral("| %1 | %2 | %3 | %4 | %5 |")
                     .arg(PromptRunExport::cell(value(table, row, PromptComparisonModel::CriterionRole).toString()),
                          value(table, row, PromptComparisonModel::InARole).toBool() ? yes : no,
                          value(table, row, PromptComparisonModel::InBRole).toBool() ? yes : no,
                          PromptRunExport::cell(value(table, row, PromptComparisonModel::ReasonRole).toString()),
                          PromptRunExport::cell(value(table, row, PromptComparisonModel::GuidesRole).toString()));
    lines << QString()
          << tr("Structure cannot tell whether a prompt works: run both prompts on the same test cases, several "
                "times, to find out.");
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString PromptComparisonExport::csv(const PromptComparisonText &comparison)
{
    // Column names stay English: a CSV file's header is read by programs.
    QStringList lines{QStringLiteral("kind,criterion,a,b,reason,guides")};
    const PromptComparisonModel &table = *comparison.table;
    auto flag = [&table](int row, PromptComparisonModel::Role role) {
        return value(table, row, role).toBool() ? QStringLiteral("1") : QStringLiteral("0");
    };
    for (int row = 0; row < table.rowCount(); ++row)
        lines << QStringList{QStringLiteral("criterion"),
                             PromptRunExport::csvField(
                                 value(table, row, PromptComparisonModel::CriterionRole).toString()),
                             flag(row, PromptComparisonModel::InARole),
                             flag(row, PromptComparisonModel::InBRole),
                             PromptRunExport::csvField(value(table, row, PromptComparisonModel::ReasonRole).toString()),
                             PromptRunExport::csvField(value(table, row, PromptComparisonModel::GuidesRole).toString())}
                     .join(QLatin1Char(','));
    lines << QStringList{QStringLiteral("prompt"),
                         QString(),
                         PromptRunExport::csvField(comparison.prompts[0]),
                         PromptRunExport::csvField(comparison.prompts[1]),
                         QString(),
                         QString()}
                 .join(QLatin1Char(','));
    for (const QString &sentence : comparison.summary)
        lines << QStringList{QStringLiteral("summary"),           QString(), QString(), QString(),
                             PromptRunExport::csvField(sentence), QString()}
                     .join(QLatin1Char(','));
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace loopwise
