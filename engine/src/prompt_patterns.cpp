#include "loopwise/engine/prompt_patterns.h"

namespace loopwise::engine::prompts {

namespace {

std::string field(const Json &json, std::string_view key)
{
    const Json *value = json.find(key);
    if (!value)
        throw JsonError("prompt patterns: missing \"" + std::string(key) + "\"");
    return value->asString();
}

std::string replaced(std::string text, std::string_view name, std::string_view value)
{
    const std::size_t at = text.find(name);
    if (at != std::string::npos)
        text.replace(at, name.size(), value);
    return text;
}

PromptEdit applied(std::string_view prompt, std::vector<Replacement> changes)
{
    PromptEdit edit;
    std::size_t from = 0;
    for (const Replacement &r : changes) {
        edit.text.append(prompt.substr(from, r.at - from));
        edit.text += r.inserted;
        from = r.at + r.removed.size();
    }
    edit.text.append(prompt.substr(from));
    edit.changes = std::move(changes);
    return edit;
}

// Where new instructions go: the start of the line holding the input slot, else the end.
std::size_t instructionPoint(std::string_view prompt)
{
    const std::size_t slot = prompt.find(kInputSlot);
    if (slot == std::string_view::npos)
        return prompt.size();
    const std::size_t lineStart = prompt.rfind('\n', slot);
    return lineStart == std::string_view::npos ? 0 : lineStart + 1;
}

// `block` as lines of their own at `at`, with a blank line after it before the slot's line
// or a line break before it at the end.
PromptEdit insertBlock(std::string_view prompt, std::size_t at, std::string block)
{
    std::string inserted;
    if (at == prompt.size()) {
        if (!prompt.empty())
            inserted = prompt.back() == '\n' ? "\n" : "\n\n";
        inserted += block;
    } else {
        inserted = std::move(block) + "\n\n";
    }
    return applied(prompt, {{at, "", std::move(inserted)}});
}

} // namespace

PatternPhrases patternPhrasesFromJson(const Json &json)
{
    return {
        field(json, "role"),     field(json, "stepByStep"), field(json, "outputFormat"), field(json, "examplesHeading"),
        field(json, "inputKey"), field(json, "outputKey"),  field(json, "delimiterTag")};
}

std::vector<Span> PromptEdit::added() const
{
    std::vector<Span> spans;
    std::ptrdiff_t shift = 0;
    for (const Replacement &r : changes) {
        const std::size_t begin = r.at + shift;
        if (!r.inserted.empty())
            spans.push_back({begin, begin + r.inserted.size()});
        shift += static_cast<std::ptrdiff_t>(r.inserted.size()) - static_cast<std::ptrdiff_t>(r.removed.size());
    }
    return spans;
}

std::vector<Span> PromptEdit::removed() const
{
    std::vector<Span> spans;
    for (const Replacement &r : changes)
        if (!r.removed.empty())
            spans.push_back({r.at, r.at + r.removed.size()});
    return spans;
}

PromptEdit addRole(std::string_view prompt, const PatternPhrases &phrases, std::string_view role)
{
    std::string line = replaced(phrases.role, "{role}", role);
    line += prompt.empty() ? "" : "\n";
    return applied(prompt, {{0, "", std::move(line)}});
}

PromptEdit addExamples(std::string_view prompt, const PatternPhrases &phrases, const std::vector<Example> &examples)
{
    if (examples.empty())
        return applied(prompt, {});
    std::string block = phrases.examplesHeading;
    for (const Example &e : examples) {
        block += "\n\n" + phrases.inputKey + ": " + e.input;
        block += "\n" + phrases.outputKey + ": " + e.output;
    }
    return insertBlock(prompt, instructionPoint(prompt), std::move(block));
}

PromptEdit addStepByStep(std::string_view prompt, const PatternPhrases &phrases)
{
    return insertBlock(prompt, instructionPoint(prompt), phrases.stepByStep);
}

PromptEdit addOutputFormat(std::string_view prompt, const PatternPhrases &phrases, std::string_view format)
{
    return insertBlock(prompt, instructionPoint(prompt), replaced(phrases.outputFormat, "{format}", format));
}

PromptEdit addDelimiters(std::string_view prompt, const PatternPhrases &phrases)
{
    const std::string open = "<" + phrases.delimiterTag + ">\n";
    const std::string close = "\n</" + phrases.delimiterTag + ">";
    const std::size_t slot = prompt.find(kInputSlot);
    if (slot != std::string_view::npos)
        return applied(prompt, {{slot, "", open}, {slot + kInputSlot.size(), "", close}});
    const std::size_t blank = prompt.rfind("\n\n");
    if (blank == std::string_view::npos || blank + 2 >= prompt.size())
        return applied(prompt, {});
    std::size_t end = prompt.size();
    while (end > blank + 2 && prompt[end - 1] == '\n')
        --end;
    return applied(prompt, {{blank + 2, "", open}, {end, "", close}});
}

std::string undoEdit(std::string_view edited, const std::vector<Replacement> &changes)
{
    std::string old;
    std::size_t from = 0; // in the edited text
    std::ptrdiff_t shift = 0;
    for (const Replacement &r : changes) {
        const std::size_t at = r.at + shift;
        old.append(edited.substr(from, at - from));
        old += r.removed;
        from = at + r.inserted.size();
        shift += static_cast<std::ptrdiff_t>(r.inserted.size()) - static_cast<std::ptrdiff_t>(r.removed.size());
    }
    old.append(edited.substr(from));
    return old;
}

} // namespace loopwise::engine::prompts
