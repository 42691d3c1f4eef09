#pragma once
// The words of the "Compare prompt strategies" lab's structure half: each criterion's name
// and why the guides recommend it, each clarity signal's name, the guides' names, and the
// whole sentences of the summary of what B does that A does not. The engine gives codes;
// this is the one place that words them.

#include "loopwise/engine/prompt_analyser.h"

#include <QString>
#include <QStringList>

namespace loopwise {

QString criterionTitle(engine::prompts::Criterion criterion);
// Why the guides recommend it, in one sentence.
QString criterionReason(engine::prompts::Criterion criterion);
QString signalTitle(engine::prompts::Signal signal);
// "OpenAI, Anthropic, Google" for the guides' bit flags.
QString guideNames(unsigned guides);

// The summary: one whole sentence per difference, B's gains first; a sentence that says so
// when the two have the same parts and the same signals.
QStringList comparisonSummary(const engine::prompts::PromptComparison &comparison);

} // namespace loopwise
