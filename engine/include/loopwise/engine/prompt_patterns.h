#pragma once
// The prompts lab's pattern helpers as pure text transforms: add a role, few-shot examples,
// a step-by-step instruction, an output format, delimiters. Each returns the new text and
// its changes; the changes give the diff to show (spans added and removed) and undo it.

#include "loopwise/engine/json.h"
#include "loopwise/engine/prompt_analyser.h"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace loopwise::engine::prompts {

// The words a pattern writes into a prompt, in the prompt's language
// (resources/content/<lang>/prompts/patterns.json). "{role}" and "{format}" are replaced.
struct PatternPhrases
{
    std::string role; // "You are {role}."
    std::string stepByStep; // "Think step by step before you give the final answer."
    std::string outputFormat; // "Answer in this format: {format}"
    std::string examplesHeading; // "Examples:"
    std::string inputKey; // "Input"
    std::string outputKey; // "Output"
    std::string delimiterTag; // "input": the slot goes between <input> and </input>
};

// Throws JsonError naming a missing field.
PatternPhrases patternPhrasesFromJson(const Json &json);

// One change: at byte `at` of the old text, `removed` was replaced by `inserted`.
struct Replacement
{
    std::size_t at = 0;
    std::string removed;
    std::string inserted;
    friend bool operator==(const Replacement &, const Replacement &) = default;
};

struct PromptEdit
{
    std::string text; // the new text
    std::vector<Replacement> changes; // in the old text's order, not overlapping
    // Where the new text differs: inserted spans in the new text, removed ones in the old.
    std::vector<Span> added() const;
    std::vector<Span> removed() const;
};

struct Example
{
    std::string input;
    std::string output;
};

// A role sentence at the top.
PromptEdit addRole(std::string_view prompt, const PatternPhrases &phrases, std::string_view role);
// The examples as "Input: ... / Output: ..." pairs, before the line with the input slot
// (at the end when there is none).
PromptEdit addExamples(std::string_view prompt, const PatternPhrases &phrases, const std::vector<Example> &examples);
// The step-by-step sentence, before the input slot's line (or at the end).
PromptEdit addStepByStep(std::string_view prompt, const PatternPhrases &phrases);
// The output-format sentence, before the input slot's line (or at the end).
PromptEdit addOutputFormat(std::string_view prompt, const PatternPhrases &phrases, std::string_view format);
// The input slot between tags on their own lines; without a slot, the last paragraph
// (after the last blank line) when there are two or more. Otherwise no change.
PromptEdit addDelimiters(std::string_view prompt, const PatternPhrases &phrases);

// The text before the edit, from the text after it and the edit's changes.
std::string undoEdit(std::string_view edited, const std::vector<Replacement> &changes);

} // namespace loopwise::engine::prompts
