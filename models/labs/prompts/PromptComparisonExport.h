#pragma once
// The structure comparison of prompts A and B as a file: a Markdown report (the task, both
// prompts, what B does that A does not, the table criterion by criterion with the reason and
// the guides, and what structure cannot tell) or a CSV table of the same. The text is made
// at once from what the lab shows; PromptRunExport writes it on a pool thread.

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <array>

namespace loopwise {

class PromptComparisonModel;

// What one export is made of, as the page shows it.
struct PromptComparisonText
{
    QString task; // the task's title
    std::array<QString, 2> prompts; // A, B
    QStringList summary; // whole sentences
    const PromptComparisonModel *table = nullptr;
};

class PromptComparisonExport
{
    Q_DECLARE_TR_FUNCTIONS(PromptComparisonExport)

public:
    static QString markdown(const PromptComparisonText &comparison);
    // Columns kind, criterion, a, b, reason, guides: a row per criterion (a and b 1 or 0),
    // then the prompts (kind "prompt", their texts under a and b), then the summary's
    // sentences (kind "summary", under reason).
    static QString csv(const PromptComparisonText &comparison);
};

} // namespace loopwise
