#include "PromptsExplanations.h"

#include <QCoreApplication>
#include <QLocale>

namespace loopwise {

namespace prompts = engine::prompts;
using prompts::Criterion;
using prompts::Signal;

QString criterionTitle(Criterion criterion)
{
    switch (criterion) {
    //: A part of a prompt that the prompt-writing guides recommend; a row of the prompts lab's comparison table
    case Criterion::Role:
        return QCoreApplication::translate("loopwise::PromptsExplanations", "Role or persona");
    //: A part of a prompt that the prompt-writing guides recommend; a row of the prompts lab's comparison table
    case Criterion::Task:
        return QCoreApplication::translate("loopwise::PromptsExplanations", "Task as an instruction");
    //: A part of a prompt that the prompt-writing guides recommend; a row of the prompts lab's comparison table
    case Criterion::Context:
        return QCoreApplication::translate("loopwise::PromptsExplanations", "Context and reference text");
    //: A part of a prompt that the prompt-writing guides recommend; a row of the prompts lab's comparison table
    case Criterion::Audience:
        return QCoreApplication::translate("loopwise::PromptsExplanations", "Audience");
    //: A part of a prompt that the prompt-writing guides recommend; a row of the prompts lab's comparison table
    case Criterion::Purpose:
        return QCoreApplication::translate("loopwise::PromptsExplanations", "Purpose");
    //: A part of a prompt that the prompt-writing guides recommend; a row of the prompts lab's comparison table
    case Criterion::OutputFormat:
        return QCoreApplication::translate("loopwise::PromptsExplanations", "Output format");
    //: A part of a prompt that the prompt-writing guides recommend; a row of the prompts lab's comparison table
    case Criterion::Length:
        return QCoreApplication::translate("loopwise::PromptsExplanations", "Length");
    //: A part of a prompt that the prompt-writing guides recommend; a row of the prompts lab's comparison table
    case Criterion::Constraints:
        return QCoreApplication::translate("loopwise::PromptsExplanations", "Constraints");
    //: A part of a prompt that the prompt-writing guides recommend; a row of the prompts lab's comparison table
    case Criterion::Examples:
        return QCoreApplication::translate("loopwise::PromptsExplanations", "Examples");
    //: A part of a prompt that the prompt-writing guides recommend; a row of the prompts lab's comparison table
    case Criterion::StepByStep:
        return QCoreApplication::translate("loopwise::PromptsExplanations", "Step by step");
    //: A part of a prompt that the prompt-writing guides recommend; a row of the prompts lab's comparison table
    case Criterion::Delimiters:
        return QCoreApplication::translate("loopwise::PromptsExplanations", "Delimiters and sections");
    //: A part of a prompt that the prompt-writing guides recommend; a row of the prompts lab's comparison table
    case Criterion::SuccessCriteria:
        return QCoreApplication::translate("loopwise::PromptsExplanations", "Success criteria");
    //: A part of a prompt that the prompt-writing guides recommend; a row of the prompts lab's comparison table
    case Criterion::Subtasks:
        return QCoreApplication::translate("loopwise::PromptsExplanations", "Subtasks");
    }
    return {};
}
QString criterionReason(Criterion criterion)
{
    switch (criterion) {
    //: Why the prompt-writing guides recommend this part of a prompt; shown in the comparison table
    case Criterion::Role:
        return QCoreApplication::translate("loopwise::PromptsExplanations",
                                           "A role tells the model whose voice and knowledge to answer with.");
    //: Why the prompt-writing guides recommend this part of a prompt; shown in the comparison table
    case Criterion::Task:
        return QCoreApplication::translate("loopwise::PromptsExplanations",
                                           "A clear instruction says exactly what the model should do.");
    //: Why the prompt-writing guides recommend this part of a prompt; shown in the comparison table
    case Criterion::Context:
        return QCoreApplication::translate(
            "loopwise::PromptsExplanations",
            "Background and reference text let the model ground its answer instead of guessing.");
    //: Why the prompt-writing guides recommend this part of a prompt; shown in the comparison table
    case Criterion::Audience:
        return QCoreApplication::translate("loopwise::PromptsExplanations",
                                           "Naming the reader sets the level and the tone of the answer.");
    //: Why the prompt-writing guides recommend this part of a prompt; shown in the comparison table
    case Criterion::Purpose:
        return QCoreApplication::translate("loopwise::PromptsExplanations",
                                           "Saying why the answer is needed helps the model choose what matters.");
    //: Why the prompt-writing guides recommend this part of a prompt; shown in the comparison table
    case Criterion::OutputFormat:
        return QCoreApplication::translate("loopwise::PromptsExplanations",
                                           "A stated format makes answers consistent and easy to check.");
    //: Why the prompt-writing guides recommend this part of a prompt; shown in the comparison table
    case Criterion::Length:
        return QCoreApplication::translate(
            "loopwise::PromptsExplanations",
            "A length in words or sentences keeps answers from being too short or too long.");
    //: Why the prompt-writing guides recommend this part of a prompt; shown in the comparison table
    case Criterion::Constraints:
        return QCoreApplication::translate(
            "loopwise::PromptsExplanations",
            "Rules set the limits, and work best when they say what to do, not only what not to do.");
    //: Why the prompt-writing guides recommend this part of a prompt; shown in the comparison table
    case Criterion::Examples:
        return QCoreApplication::translate(
            "loopwise::PromptsExplanations",
            "Consistently formatted, balanced examples show the answer wanted; the last one weighs most.");
    //: Why the prompt-writing guides recommend this part of a prompt; shown in the comparison table
    case Criterion::StepByStep:
        return QCoreApplication::translate("loopwise::PromptsExplanations",
                                           "Asking the model to think first can help large models on reasoning tasks.");
    //: Why the prompt-writing guides recommend this part of a prompt; shown in the comparison table
    case Criterion::Delimiters:
        return QCoreApplication::translate(
            "loopwise::PromptsExplanations",
            "Tags, quotes and headings keep instructions apart from the text to work on.");
    //: Why the prompt-writing guides recommend this part of a prompt; shown in the comparison table
    case Criterion::SuccessCriteria:
        return QCoreApplication::translate("loopwise::PromptsExplanations",
                                           "Saying what a good answer looks like tells the model what to aim for.");
    //: Why the prompt-writing guides recommend this part of a prompt; shown in the comparison table
    case Criterion::Subtasks:
        return QCoreApplication::translate("loopwise::PromptsExplanations",
                                           "Splitting a complex task into steps makes each step easier to follow.");
    }
    return {};
}
QString signalTitle(Signal signal)
{
    switch (signal) {
    //: A sign that a prompt is unclear, listed under the prompt with where it is
    case Signal::VagueWord:
        return QCoreApplication::translate("loopwise::PromptsExplanations", "Vague word");
    //: A sign that a prompt is unclear, listed under the prompt with where it is
    case Signal::Conflict:
        return QCoreApplication::translate("loopwise::PromptsExplanations", "Conflicting instructions");
    //: A sign that a prompt is unclear, listed under the prompt with where it is
    case Signal::LongSentence:
        return QCoreApplication::translate("loopwise::PromptsExplanations", "Very long sentence");
    //: A sign that a prompt is unclear, listed under the prompt with where it is
    case Signal::UndefinedReference:
        return QCoreApplication::translate("loopwise::PromptsExplanations", "Reference to nothing before it");
    //: A sign that a prompt is unclear, listed under the prompt with where it is
    case Signal::Placeholder:
        return QCoreApplication::translate("loopwise::PromptsExplanations", "Unfilled placeholder");
    //: A sign that a prompt is unclear, listed under the prompt with where it is
    case Signal::UnbalancedDelimiter:
        return QCoreApplication::translate("loopwise::PromptsExplanations", "Unbalanced tag or quote");
    }
    return {};
}

QString guideNames(unsigned guides)
{
    // The guides' publishers: names, not translated.
    QStringList names;
    if (guides & prompts::OpenAIGuide)
        names.append(QStringLiteral("OpenAI"));
    if (guides & prompts::AnthropicGuide)
        names.append(QStringLiteral("Anthropic"));
    if (guides & prompts::GoogleGuide)
        names.append(QStringLiteral("Google"));
    return QLocale().createSeparatedList(names);
}

namespace {
QString onlyInBSentence(Criterion criterion)
{
    switch (criterion) {
    //: A sentence of the prompts lab's summary of the two prompts A and B
    case Criterion::Role:
        return QCoreApplication::translate("loopwise::PromptsExplanations", "B gives the model a role; A does not.");
    //: A sentence of the prompts lab's summary of the two prompts A and B
    case Criterion::Task:
        return QCoreApplication::translate("loopwise::PromptsExplanations",
                                           "B states the task as an instruction; A does not.");
    //: A sentence of the prompts lab's summary of the two prompts A and B
    case Criterion::Context:
        return QCoreApplication::translate("loopwise::PromptsExplanations",
                                           "B gives context or reference text; A does not.");
    //: A sentence of the prompts lab's summary of the two prompts A and B
    case Criterion::Audience:
        return QCoreApplication::translate("loopwise::PromptsExplanations",
                                           "B says who the answer is for; A does not.");
    //: A sentence of the prompts lab's summary of the two prompts A and B
    case Criterion::Purpose:
        return QCoreApplication::translate("loopwise::PromptsExplanations",
                                           "B says what the answer is for; A does not.");
    //: A sentence of the prompts lab's summary of the two prompts A and B
    case Criterion::OutputFormat:
        return QCoreApplication::translate("loopwise::PromptsExplanations", "B asks for an output format; A does not.");
    //: A sentence of the prompts lab's summary of the two prompts A and B
    case Criterion::Length:
        return QCoreApplication::translate("loopwise::PromptsExplanations", "B sets a length; A does not.");
    //: A sentence of the prompts lab's summary of the two prompts A and B
    case Criterion::Constraints:
        return QCoreApplication::translate("loopwise::PromptsExplanations", "B sets rules for the answer; A does not.");
    //: A sentence of the prompts lab's summary of the two prompts A and B
    case Criterion::Examples:
        return QCoreApplication::translate("loopwise::PromptsExplanations", "B shows examples; A does not.");
    //: A sentence of the prompts lab's summary of the two prompts A and B
    case Criterion::StepByStep:
        return QCoreApplication::translate("loopwise::PromptsExplanations",
                                           "B asks the model to work step by step; A does not.");
    //: A sentence of the prompts lab's summary of the two prompts A and B
    case Criterion::Delimiters:
        return QCoreApplication::translate("loopwise::PromptsExplanations",
                                           "B marks its parts with delimiters or sections; A does not.");
    //: A sentence of the prompts lab's summary of the two prompts A and B
    case Criterion::SuccessCriteria:
        return QCoreApplication::translate("loopwise::PromptsExplanations",
                                           "B says what a good answer looks like; A does not.");
    //: A sentence of the prompts lab's summary of the two prompts A and B
    case Criterion::Subtasks:
        return QCoreApplication::translate("loopwise::PromptsExplanations",
                                           "B splits the task into subtasks; A does not.");
    }
    return {};
}
QString onlyInASentence(Criterion criterion)
{
    switch (criterion) {
    //: A sentence of the prompts lab's summary of the two prompts A and B
    case Criterion::Role:
        return QCoreApplication::translate("loopwise::PromptsExplanations", "A gives the model a role; B does not.");
    //: A sentence of the prompts lab's summary of the two prompts A and B
    case Criterion::Task:
        return QCoreApplication::translate("loopwise::PromptsExplanations",
                                           "A states the task as an instruction; B does not.");
    //: A sentence of the prompts lab's summary of the two prompts A and B
    case Criterion::Context:
        return QCoreApplication::translate("loopwise::PromptsExplanations",
                                           "A gives context or reference text; B does not.");
    //: A sentence of the prompts lab's summary of the two prompts A and B
    case Criterion::Audience:
        return QCoreApplication::translate("loopwise::PromptsExplanations",
                                           "A says who the answer is for; B does not.");
    //: A sentence of the prompts lab's summary of the two prompts A and B
    case Criterion::Purpose:
        return QCoreApplication::translate("loopwise::PromptsExplanations",
                                           "A says what the answer is for; B does not.");
    //: A sentence of the prompts lab's summary of the two prompts A and B
    case Criterion::OutputFormat:
        return QCoreApplication::translate("loopwise::PromptsExplanations", "A asks for an output format; B does not.");
    //: A sentence of the prompts lab's summary of the two prompts A and B
    case Criterion::Length:
        return QCoreApplication::translate("loopwise::PromptsExplanations", "A sets a length; B does not.");
    //: A sentence of the prompts lab's summary of the two prompts A and B
    case Criterion::Constraints:
        return QCoreApplication::translate("loopwise::PromptsExplanations", "A sets rules for the answer; B does not.");
    //: A sentence of the prompts lab's summary of the two prompts A and B
    case Criterion::Examples:
        return QCoreApplication::translate("loopwise::PromptsExplanations", "A shows examples; B does not.");
    //: A sentence of the prompts lab's summary of the two prompts A and B
    case Criterion::StepByStep:
        return QCoreApplication::translate("loopwise::PromptsExplanations",
                                           "A asks the model to work step by step; B does not.");
    //: A sentence of the prompts lab's summary of the two prompts A and B
    case Criterion::Delimiters:
        return QCoreApplication::translate("loopwise::PromptsExplanations",
                                           "A marks its parts with delimiters or sections; B does not.");
    //: A sentence of the prompts lab's summary of the two prompts A and B
    case Criterion::SuccessCriteria:
        return QCoreApplication::translate("loopwise::PromptsExplanations",
                                           "A says what a good answer looks like; B does not.");
    //: A sentence of the prompts lab's summary of the two prompts A and B
    case Criterion::Subtasks:
        return QCoreApplication::translate("loopwise::PromptsExplanations",
                                           "A splits the task into subtasks; B does not.");
    }
    return {};
}
QString fewerInBSentence(Signal signal)
{
    switch (signal) {
    //: A sentence of the prompts lab's summary of the two prompts A and B
    case Signal::VagueWord:
        return QCoreApplication::translate("loopwise::PromptsExplanations", "B has fewer vague words than A.");
    //: A sentence of the prompts lab's summary of the two prompts A and B
    case Signal::Conflict:
        return QCoreApplication::translate("loopwise::PromptsExplanations",
                                           "B has fewer conflicting instructions than A.");
    //: A sentence of the prompts lab's summary of the two prompts A and B
    case Signal::LongSentence:
        return QCoreApplication::translate("loopwise::PromptsExplanations", "B has fewer very long sentences than A.");
    //: A sentence of the prompts lab's summary of the two prompts A and B
    case Signal::UndefinedReference:
        return QCoreApplication::translate("loopwise::PromptsExplanations",
                                           "B has fewer references to nothing before them than A.");
    //: A sentence of the prompts lab's summary of the two prompts A and B
    case Signal::Placeholder:
        return QCoreApplication::translate("loopwise::PromptsExplanations",
                                           "B has fewer unfilled placeholders than A.");
    //: A sentence of the prompts lab's summary of the two prompts A and B
    case Signal::UnbalancedDelimiter:
        return QCoreApplication::translate("loopwise::PromptsExplanations",
                                           "B has fewer unbalanced tags or quotes than A.");
    }
    return {};
}
QString moreInBSentence(Signal signal)
{
    switch (signal) {
    //: A sentence of the prompts lab's summary of the two prompts A and B
    case Signal::VagueWord:
        return QCoreApplication::translate("loopwise::PromptsExplanations", "B has more vague words than A.");
    //: A sentence of the prompts lab's summary of the two prompts A and B
    case Signal::Conflict:
        return QCoreApplication::translate("loopwise::PromptsExplanations",
                                           "B has more conflicting instructions than A.");
    //: A sentence of the prompts lab's summary of the two prompts A and B
    case Signal::LongSentence:
        return QCoreApplication::translate("loopwise::PromptsExplanations", "B has more very long sentences than A.");
    //: A sentence of the prompts lab's summary of the two prompts A and B
    case Signal::UndefinedReference:
        return QCoreApplication::translate("loopwise::PromptsExplanations",
                                           "B has more references to nothing before them than A.");
    //: A sentence of the prompts lab's summary of the two prompts A and B
    case Signal::Placeholder:
        return QCoreApplication::translate("loopwise::PromptsExplanations", "B has more unfilled placeholders than A.");
    //: A sentence of the prompts lab's summary of the two prompts A and B
    case Signal::UnbalancedDelimiter:
        return QCoreApplication::translate("loopwise::PromptsExplanations",
                                           "B has more unbalanced tags or quotes than A.");
    }
    return {};
}

} // namespace

QStringList comparisonSummary(const prompts::PromptComparison &comparison)
{
    QStringList sentences;
    for (Criterion criterion : comparison.onlyInB)
        sentences.append(onlyInBSentence(criterion));
    for (Signal signal : comparison.fewerInB)
        sentences.append(fewerInBSentence(signal));
    for (Criterion criterion : comparison.onlyInA)
        sentences.append(onlyInASentence(criterion));
    for (Signal signal : comparison.moreInB)
        sentences.append(moreInBSentence(signal));
    if (sentences.isEmpty())
        //: The prompts lab's summary when prompts A and B have the same parts and the same clarity signals
        sentences.append(QCoreApplication::translate("loopwise::PromptsExplanations",
                                                     "A and B have the same parts and the same clarity signals."));
    return sentences;
}

} // namespace loopwise
