// The analyser's word lists read from JSON, the guides behind each criterion, and the
// comparison of two analysed prompts.

#include "loopwise/engine/prompt_analyser.h"

#include <cmath>

namespace loopwise::engine::prompts {

namespace {

std::vector<std::string> stringList(const Json &json, std::string_view key)
{
    const Json *list = json.find(key);
    if (!list)
        throw JsonError("prompt word lists: missing \"" + std::string(key) + "\"");
    std::vector<std::string> out;
    for (const Json &item : list->asArray())
        out.push_back(item.asString());
    return out;
}

} // namespace

PromptWordLists wordListsFromJson(const Json &json)
{
    PromptWordLists l;
    const Json *language = json.find("language");
    if (!language)
        throw JsonError("prompt word lists: missing \"language\"");
    l.language = language->asString();
    l.role = stringList(json, "role");
    l.taskVerbs = stringList(json, "taskVerbs");
    l.taskPhrases = stringList(json, "taskPhrases");
    l.politeWords = stringList(json, "politeWords");
    l.context = stringList(json, "context");
    l.audience = stringList(json, "audience");
    l.purpose = stringList(json, "purpose");
    l.outputFormat = stringList(json, "outputFormat");
    l.lengthPhrases = stringList(json, "lengthPhrases");
    l.lengthUnits = stringList(json, "lengthUnits");
    l.numberWords = stringList(json, "numberWords");
    l.prohibitions = stringList(json, "prohibitions");
    l.positiveRules = stringList(json, "positiveRules");
    l.exampleMarkers = stringList(json, "exampleMarkers");
    l.exampleInputKeys = stringList(json, "exampleInputKeys");
    l.exampleOutputKeys = stringList(json, "exampleOutputKeys");
    l.stepByStep = stringList(json, "stepByStep");
    l.successCriteria = stringList(json, "successCriteria");
    l.subtaskWords = stringList(json, "subtaskWords");
    l.negations = stringList(json, "negations");
    l.vague = stringList(json, "vague");
    l.brevity = stringList(json, "brevity");
    l.detail = stringList(json, "detail");
    l.backReferences = stringList(json, "backReferences");
    l.pronouns = stringList(json, "pronouns");
    if (const Json *words = json.find("longSentenceWords")) {
        const double n = words->asNumber();
        if (n < 5 || n > 200 || n != std::floor(n))
            throw JsonError("prompt word lists: longSentenceWords must be a whole number from 5 to 200");
        l.longSentenceWords = static_cast<int>(n);
    }
    return l;
}

std::string_view guideName(Guide guide)
{
    switch (guide) {
    case OpenAIGuide:
        return "openai";
    case AnthropicGuide:
        return "anthropic";
    case GoogleGuide:
        return "google";
    }
    return {};
}

// Which guide gives the advice, as of their 2024-2025 versions: OpenAI's "Prompt
// engineering" guide, Anthropic's prompt engineering pages, Google's "Prompt design
// strategies" for the Gemini API.
unsigned guidesRecommending(Criterion criterion)
{
    constexpr unsigned all = OpenAIGuide | AnthropicGuide | GoogleGuide;
    switch (criterion) {
    case Criterion::Role:
        return all; // persona / system prompt
    case Criterion::Task:
        return all; // clear, direct instructions
    case Criterion::Context:
        return all; // reference text, context
    case Criterion::Audience:
        return AnthropicGuide | GoogleGuide;
    case Criterion::Purpose:
        return AnthropicGuide | GoogleGuide;
    case Criterion::OutputFormat:
        return all;
    case Criterion::Length:
        return OpenAIGuide | GoogleGuide;
    case Criterion::Constraints:
        return all; // say what to do, not only what not
    case Criterion::Examples:
        return all; // few-shot, consistent format
    case Criterion::StepByStep:
        return all; // time to think, chain of thought
    case Criterion::Delimiters:
        return all; // delimiters, XML tags, prefixes
    case Criterion::SuccessCriteria:
        return AnthropicGuide;
    case Criterion::Subtasks:
        return all; // split complex tasks, chaining
    }
    return 0;
}

PromptComparison comparePrompts(const PromptAnalysis &a, const PromptAnalysis &b)
{
    PromptComparison result;
    for (int i = 0; i < kCriterionCount; ++i) {
        const auto c = static_cast<Criterion>(i);
        CriterionRow &row = result.rows[i];
        row = {c, a.has(c), b.has(c), guidesRecommending(c)};
        if (row.inB && !row.inA)
            result.onlyInB.push_back(c);
        if (row.inA && !row.inB)
            result.onlyInA.push_back(c);
    }
    for (int i = 0; i < kSignalCount; ++i) {
        const auto s = static_cast<Signal>(i);
        if (b.count(s) < a.count(s))
            result.fewerInB.push_back(s);
        if (b.count(s) > a.count(s))
            result.moreInB.push_back(s);
    }
    return result;
}

} // namespace loopwise::engine::prompts
