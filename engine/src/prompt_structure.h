#pragma once
// Internal: the line-based parts of the prompt analyser: example pairs, delimiters and
// sections (with their balance), list items and unfilled placeholders.

#include "loopwise/engine/prompt_analyser.h"
#include "prompt_text.h"

#include <string>
#include <string_view>
#include <vector>

namespace loopwise::engine::prompts::detail {

// The keys before ':' of an example's input line and its output line.
struct ExampleKeys
{
    std::vector<std::string> input;
    std::vector<std::string> output;
};

// Adds to `result` the examples, delimiters, sections, list items and placeholders.
void findStructure(std::string_view prompt, const PromptText &text, const ExampleKeys &keys, PromptAnalysis &result);

} // namespace loopwise::engine::prompts::detail
